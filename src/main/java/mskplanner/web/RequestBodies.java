package mskplanner.web;

import io.javalin.http.Context;
import jakarta.servlet.ServletInputStream;
import java.io.IOException;
import java.util.Locale;
import mskplanner.web.api.PlanBatchApi;
import mskplanner.web.api.Responses;
import mskplanner.web.api.RightsizeApi;
import mskplanner.web.page.rightsize.RightsizeController;

/**
 * The request body caps: {@link WebApp#MAX_REQUEST_BYTES}, {@link PlanBatchApi#MAX_BODY_BYTES} for the batch planner
 * and {@link RightsizeController#MAX_UPLOAD_BYTES} for the right-size uploads (the page and the API). A declared Content-Length over the cap is refused before the body is parsed; a chunked body is counted as
 * it is read (Javalin's {@code maxRequestSize}, or {@code Responses.body(ctx, cap)} on the batch route) and refused
 * once it passes the cap. Both are a 413.
 */
final class RequestBodies {
    /**
     * A refused body is still read (and thrown away) up to this size, so the client, which is busy sending it, gets to
     * read the 413: closing on a client mid-send resets the connection and loses the answer. Larger bodies are cut off.
     */
    static final long MAX_DRAINED_BYTES = 2 * PlanBatchApi.MAX_BODY_BYTES;
    private static final String RIGHTSIZE_UPLOAD = "/rightsize";

    private RequestBodies() {
    }

    static long limitFor(String path) {
        return switch (path) {
            case PlanBatchApi.PATH -> PlanBatchApi.MAX_BODY_BYTES;
            case RIGHTSIZE_UPLOAD, RightsizeApi.PATH -> RightsizeController.MAX_UPLOAD_BYTES;
            default -> WebApp.MAX_REQUEST_BYTES;
        };
    }

    static void rejectDeclaredOversize(Context ctx) {
        long limit = limitFor(ctx.path());
        // The upload form checks its own cap, and answers with the form and a message rather than a problem.
        if (ctx.req().getContentLengthLong() > limit && !RIGHTSIZE_UPLOAD.equals(ctx.path())) {
            throw Responses.tooLarge(limit);
        }
    }

    /**
     * Reads what is left of the body of a refused request (every error answer, {@code ErrorMapping}): answering a client
     * that is still sending and then closing resets the connection and loses the answer. A body of a client waiting
     * for "100 Continue" (touching the stream would ask for it) or one declared past {@link #MAX_DRAINED_BYTES} is left
     * alone, for Jetty to deal with. Returns false when the body was to be read here but was not read to its end (past
     * the drained bytes, a broken stream), so the connection is about to close.
     */
    static boolean drainRefused(Context ctx) {
        long declared = ctx.req().getContentLengthLong();
        String expect = ctx.header("Expect");
        if (declared <= 0 && ctx.header("Transfer-Encoding") == null || declared > MAX_DRAINED_BYTES
                || expect != null && expect.toLowerCase(Locale.ROOT).contains("100-continue")) {
            return true;
        }
        try {
            ServletInputStream in = ctx.req().getInputStream();
            byte[] buffer = new byte[64 * 1024];
            long drained = 0;
            while (drained < MAX_DRAINED_BYTES && !in.isFinished()) {
                int n = in.read(buffer);
                if (n < 0) {
                    break;
                }
                drained += n;
            }
            return in.isFinished();
        } catch (IOException | RuntimeException e) {
            // The client hung up or the stream is already spent: the answer goes out all the same.
            return false;
        }
    }
}
