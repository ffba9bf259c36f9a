package mskplanner.web.api;

import io.javalin.http.ContentTooLargeResponse;
import io.javalin.http.Context;
import java.util.Locale;
import mskplanner.app.CsvLayout;
import mskplanner.app.Json;
import mskplanner.app.Representation;
import mskplanner.app.Select;
import mskplanner.engine.InvalidInputException;

/** Reading request bodies and choosing JSON or CSV for the answer. */
public final class Responses {
    public static final String CSV = "text/csv; charset=utf-8";
    public static final String TEXT = "text/plain; charset=utf-8";

    private Responses() {
    }

    /**
     * {@code format=csv} or an {@code Accept: text/csv} header asks for CSV; JSON otherwise. {@code select} picks from
     * the JSON answer, so it wins over the header and cannot go with {@code format=csv}.
     */
    public static boolean wantsCsv(Context ctx) {
        String format = ctx.queryParam(Representation.FORMAT);
        String select = ctx.queryParam(Select.PARAMETER);
        if (select != null) {
            if (format != null && format.equalsIgnoreCase("csv")) {
                throw new InvalidInputException(Select.PARAMETER, select, "a path into the JSON answer, without format=csv "
                        + "(for CSV, choose columns with fields=)");
            }
            return false;
        }
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

    /**
     * Whether an error should be answered as CSV: as {@link #wantsCsv}, but never failing (it runs while an error is
     * being answered) and an unreadable {@code format} falls back to the Accept header.
     */
    public static boolean asksForCsv(Context ctx) {
        String format = ctx.queryParam(Representation.FORMAT);
        if (format != null && (format.equalsIgnoreCase("csv") || format.equalsIgnoreCase("json"))) {
            return format.equalsIgnoreCase("csv");
        }
        String accept = ctx.header("Accept");
        return ctx.queryParam(Select.PARAMETER) == null && accept != null && accept.toLowerCase(Locale.ROOT).contains("text/csv");
    }

    /** The CSV layout the request asks for ({@code fields}, {@code header}, {@code delimiter}). */
    public static CsvLayout csvLayout(Context ctx) {
        return CsvLayout.of(ctx.queryParam(CsvLayout.FIELDS), ctx.queryParam(CsvLayout.HEADER), ctx.queryParam(CsvLayout.DELIMITER));
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

    /** The JSON answer, or with {@code select=PATH} the one value there as {@code text/plain}. */
    public static void json(Context ctx, Object value) throws java.io.IOException {
        refuseCsvLayout(ctx);
        String select = ctx.queryParam(Select.PARAMETER);
        if (select != null) {
            // Picked before the content type is set: a refused path must leave the answer's type to the error.
            String picked = Select.pick(value, select);
            ctx.contentType(TEXT).result(picked);
            return;
        }
        // Straight to UTF-8 bytes: no intermediate String of a 40 KB plan to encode again.
        ctx.contentType("application/json").result(Json.mapper().writeValueAsBytes(value));
    }

    /** {@code csv} laid out as the request asks ({@link #csvLayout}). */
    public static void csv(Context ctx, String csv, String fileName) {
        String shaped = csvLayout(ctx).reshape(csv);
        ctx.contentType(CSV).header("Content-Disposition", "inline; filename=\"" + fileName + "\"").result(shaped);
    }

    /** A CSV layout parameter on a JSON answer would silently do nothing: say what it needs instead. */
    static void refuseCsvLayout(Context ctx) {
        for (String name : CsvLayout.PARAMETERS) {
            String value = ctx.queryParam(name);
            if (value != null) {
                throw new InvalidInputException(name, value, "a CSV answer: add format=csv");
            }
        }
    }
}
