package mskplanner.web.page;

import io.javalin.http.Context;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The absolute address visitors reached this server at, for copy-and-paste API calls. The Host header is the
 * visitor's own input: anything but a plain host[:port] is replaced, so it can never break out of a quoted string.
 * Behind a reverse proxy ({@code serve --trust-proxy}) the proxy's {@code X-Forwarded-Proto} and
 * {@code X-Forwarded-Host} name the address instead; without that setting they are ignored, as anyone can send them.
 */
public final class Origin {
    private static final Pattern HOST = Pattern.compile("[A-Za-z0-9.\\-]+(:\\d{1,5})?|\\[[0-9A-Fa-f:.]+](:\\d{1,5})?");
    private static final String FORWARDED = "mskplanner.forwardedOrigin";

    private Origin() {
    }

    public static String of(Context ctx) {
        String forwarded = ctx.attribute(FORWARDED);
        if (forwarded != null) {
            return forwarded;
        }
        return scheme(ctx.scheme()) + "://" + host(ctx.header("Host"), ctx);
    }

    /**
     * A before-handler for a server behind a trusted proxy: the links of this request use the forwarded scheme and
     * host. The first value of each counts (the proxy nearest the visitor); an unreadable one is ignored.
     */
    public static void trustForwardedHeaders(Context ctx) {
        String proto = first(ctx.header("X-Forwarded-Proto"));
        String host = first(ctx.header("X-Forwarded-Host"));
        if (proto == null && host == null) {
            return;
        }
        String scheme = proto != null && (proto.equals("https") || proto.equals("http")) ? proto : scheme(ctx.scheme());
        String address = host != null && HOST.matcher(host).matches() ? host : host(ctx.header("Host"), ctx);
        ctx.attribute(FORWARDED, scheme + "://" + address);
    }

    private static String scheme(String scheme) {
        return "https".equalsIgnoreCase(scheme) ? "https" : "http";
    }

    private static String host(String host, Context ctx) {
        return host == null || !HOST.matcher(host).matches() ? "localhost:" + ctx.port() : host;
    }

    private static String first(String header) {
        if (header == null) {
            return null;
        }
        String value = header.split(",", 2)[0].strip().toLowerCase(Locale.ROOT);
        return value.isEmpty() ? null : value;
    }
}
