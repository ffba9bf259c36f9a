package mskplanner.web.page;

/** Quoting for POSIX shells, so a shown curl command can be pasted as is. */
public final class Shell {
    private Shell() {
    }

    public static String quote(String s) {
        return "'" + s.replace("'", "'\\''") + "'";
    }
}
