package mskplanner.web;

import io.javalin.http.BadRequestResponse;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.HttpResponseException;
import io.javalin.http.HttpStatus;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Requests refused before any handler reads them: a method override header (which would let a GET run a POST
 * handler), a query parameter given twice (which one counts would depend on the handler), and a multipart upload
 * that is not well formed (parsed here, once, so the handler only sees good parts).
 */
final class RequestGuards {
    private static final Logger LOG = LoggerFactory.getLogger(RequestGuards.class);
    static final List<String> METHOD_OVERRIDE_HEADERS = List.of("X-HTTP-Method-Override", "X-HTTP-Method", "X-Method-Override");
    /** Longer parameter names are cut in messages: the message names the key, not the whole attack. */
    private static final int MAX_NAMED_KEY_CHARS = 100;

    private RequestGuards() {
    }

    static void refuseMethodOverride(Context ctx) {
        for (String header : METHOD_OVERRIDE_HEADERS) {
            if (ctx.header(header) != null) {
                throw new BadRequestResponse("the " + header + " header is not accepted: send the request with the method "
                        + "you mean (GET or POST)");
            }
        }
    }

    static void refuseRepeatedQueryParameters(Context ctx) {
        for (Map.Entry<String, List<String>> parameter : ctx.queryParamMap().entrySet()) {
            if (parameter.getValue().size() > 1) {
                throw new BadRequestResponse("query parameter '" + cut(parameter.getKey()) + "' is given "
                        + parameter.getValue().size() + " times: give each parameter once");
            }
        }
    }

    /**
     * The handler of a route that takes multipart/form-data uploads (every other POST is JSON or CSV), behind
     * {@link #checkMultipart}: wrapped where the route is registered, so the list of upload routes is the routes.
     */
    static Handler multipart(Handler handler) {
        return ctx -> {
            checkMultipart(ctx);
            handler.handle(ctx);
        };
    }

    /**
     * Parses a multipart upload, so that a malformed one (no boundary, a truncated part, a part header too long, not
     * multipart at all) is a 400 naming what is wrong, never an exception inside the handler. An upload over the size
     * cap is left to the handler, which answers it with its own 413.
     */
    static void checkMultipart(Context ctx) throws Exception {
        try {
            parseMultipart(ctx);
        } catch (HttpResponseException e) {
            // A failed parse leaves the body mid-part and Jetty closes the connection after the answer: "Connection:
            // close" keeps the client from reusing it. The rest of the body is read first by ErrorMapping, as for
            // every refusal, so the client still reads the answer.
            ctx.header("Connection", "close");
            throw e;
        }
    }

    private static void parseMultipart(Context ctx) throws Exception {
        String type = ctx.contentType() == null ? "" : ctx.contentType().toLowerCase(Locale.ROOT);
        if (!type.startsWith("multipart/form-data")) {
            throw new BadRequestResponse("the upload must be sent as multipart/form-data (a browser form with files), "
                    + "not " + (type.isEmpty() ? "a body without Content-Type" : cut(ctx.contentType())));
        }
        if (!type.contains("boundary=")) {
            throw new BadRequestResponse("the multipart/form-data Content-Type has no boundary: send it as a browser or "
                    + "curl -F does");
        }
        if (ctx.req().getContentLengthLong() > RequestBodies.limitFor(ctx.path())) {
            return;
        }
        try {
            ctx.uploadedFileMap();
            ctx.formParamMap();
        } catch (HttpResponseException e) {
            throw e;
        } catch (Exception e) {
            // Jetty's parser throws a (checked) ServletException through Javalin's Kotlin, so every kind is caught.
            if (tooLarge(e)) {
                throw new HttpResponseException(HttpStatus.CONTENT_TOO_LARGE.getCode(),
                        "the upload is larger than " + RequestBodies.limitFor(ctx.path()) + " bytes");
            }
            LOG.debug("malformed multipart upload on {} {}", ctx.method(), ctx.path(), e);
            throw new BadRequestResponse("the upload is not a well-formed multipart/form-data body (a part is "
                    + "truncated, has no name, or its headers are malformed or too long): choose the files again");
        }
    }

    private static boolean tooLarge(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String message = String.valueOf(t.getMessage()).toLowerCase(Locale.ROOT);
            if (message.contains("max file size") || message.contains("max request size") || message.contains("too large")
                    || message.contains("exceeds")) {
                return true;
            }
        }
        return false;
    }

    private static String cut(String text) {
        return text.length() <= MAX_NAMED_KEY_CHARS ? text : text.substring(0, MAX_NAMED_KEY_CHARS) + "...";
    }
}
