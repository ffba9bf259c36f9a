package mskplanner.web.page;

import io.javalin.http.Context;
import java.util.regex.Pattern;

/**
 * The absolute address visitors reached this server at, for copy-and-paste API calls. The Host header is the
 * visitor's own input: anything but a plain host[:port] is replaced, so it can never break out of a quoted string.
 */
public final class Origin {
    private static final Pattern HOST = Pattern.compile("[A-Za-z0-9.\\-]+(:\\d{1,5})?|\\[[0-9A-Fa-f:.]+](:\\d{1,5})?");

    private Origin() {
    }

    public static String of(Context ctx) {
        String host = ctx.header("Host");
        if (host == null || !HOST.matcher(host).matches()) {
            host = "localhost:" + ctx.port();
        }
        String scheme = "https".equalsIgnoreCase(ctx.scheme()) ? "https" : "http";
        return scheme + "://" + host;
    }
}
