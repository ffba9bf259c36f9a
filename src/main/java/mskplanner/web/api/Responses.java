package mskplanner.web.api;

import io.javalin.http.ContentTooLargeResponse;
import io.javalin.http.Context;
import java.util.Locale;
import mskplanner.app.Json;
import mskplanner.engine.InvalidInputException;

/** Reading request bodies and choosing JSON or CSV for the answer. */
public final class Responses {
    public static final String CSV = "text/csv; charset=utf-8";

    private Responses() {
    }

    /** {@code format=csv} or an {@code Accept: text/csv} header asks for CSV; JSON otherwise. */
    public static boolean wantsCsv(Context ctx) {
        String format = ctx.queryParam("format");
        if (format != null) {
            String f = format.toLowerCase(Locale.ROOT);
            if (!f.equals("csv") && !f.equals("json")) {
                throw new InvalidInputException("format", format, "csv or json");
            }
            return f.equals("csv");
        }
        String accept = ctx.header("Accept");
        return accept != null && accept.toLowerCase(Locale.ROOT).contains("text/csv");
    }

    /** The JSON body as a request record; an empty or {@code null} body is a clear 400, not a 500. */
    public static <T> T body(Context ctx, Class<T> type) throws java.io.IOException {
        String body = ctx.body();
        if (body.isBlank()) {
            throw new InvalidInputException("body", "(empty)", "a JSON object");
        }
        T value = Json.mapper().readValue(body, type);
        if (value == null) {
            throw new InvalidInputException("body", "null", "a JSON object");
        }
        return value;
    }

    /**
     * The raw body, read up to {@code maxBytes}: for a route whose cap is above Javalin's own, which
     * {@code ctx.body()} would apply. More is a 413.
     */
    public static byte[] body(Context ctx, long maxBytes) throws java.io.IOException {
        byte[] body = ctx.req().getInputStream().readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
        if (body.length > maxBytes) {
            throw tooLarge(maxBytes);
        }
        return body;
    }

    public static ContentTooLargeResponse tooLarge(long maxBytes) {
        return new ContentTooLargeResponse("the request body is larger than " + maxBytes + " bytes");
    }

    public static void json(Context ctx, Object value) throws java.io.IOException {
        // Straight to UTF-8 bytes: no intermediate String of a 40 KB plan to encode again.
        ctx.contentType("application/json").result(Json.mapper().writeValueAsBytes(value));
    }

    public static void csv(Context ctx, String csv, String fileName) {
        ctx.contentType(CSV).header("Content-Disposition", "inline; filename=\"" + fileName + "\"").result(csv);
    }
}
