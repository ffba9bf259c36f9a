package mskplanner.web;

import io.javalin.http.Context;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.BiConsumer;

/**
 * Headers every response carries, whether Javalin or Jetty writes it: no inline scripts, no framing, no MIME
 * sniffing, no referrer leaks.
 */
final class SecurityHeaders {
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; "
            + "frame-ancestors 'none'";

    static final Map<String, String> HEADERS = headers();

    private SecurityHeaders() {
    }

    static void apply(Context ctx) {
        HEADERS.forEach(ctx::header);
    }

    static void applyTo(BiConsumer<String, String> setHeader) {
        HEADERS.forEach(setHeader);
    }

    private static Map<String, String> headers() {
        Map<String, String> h = new LinkedHashMap<>();
        h.put("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        h.put("X-Content-Type-Options", "nosniff");
        h.put("X-Frame-Options", "DENY");
        h.put("Referrer-Policy", "no-referrer");
        h.put("Cross-Origin-Opener-Policy", "same-origin");
        return Collections.unmodifiableMap(h);
    }
}
