package mskplanner.web;

import io.javalin.http.ContentTooLargeResponse;
import io.javalin.http.Context;

/**
 * The request body cap. A declared Content-Length over the cap is refused before a byte is read; a chunked body is
 * counted as it is read (Javalin's {@code maxRequestSize}) and refused once it passes the cap. Both are a 413.
 */
final class RequestBodies {
    private RequestBodies() {
    }

    static long limitFor(String path) {
        return WebApp.MAX_REQUEST_BYTES;
    }

    static void rejectDeclaredOversize(Context ctx) {
        long limit = limitFor(ctx.path());
        if (ctx.req().getContentLengthLong() > limit) {
            throw tooLarge(limit);
        }
    }

    static ContentTooLargeResponse tooLarge(long limit) {
        return new ContentTooLargeResponse("the request body is larger than " + limit + " bytes");
    }
}
