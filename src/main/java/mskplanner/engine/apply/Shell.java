package mskplanner.engine.apply;

import java.util.regex.Pattern;

/** POSIX shell quoting for the values put into a command line. */
final class Shell {
    /** What an ARN, a version or a broker size is made of: safe unquoted in sh, bash and zsh. */
    private static final Pattern SAFE = Pattern.compile("[A-Za-z0-9:/._,=+@-]+");

    private Shell() {
    }

    static String quote(String value) {
        return SAFE.matcher(value).matches() ? value : "'" + value.replace("'", "'\\''") + "'";
    }
}
