package mskplanner.web;

import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
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

    /** Reads what is left of the body of any refused request (ErrorMapping), unless the client waits for "100 Continue" and will not send it. */
    static void drainRefused(Context ctx) {
        String expect = ctx.header("Expect");
        if (expect != null && expect.toLowerCase(Locale.ROOT).contains("100-continue")) {
            return;
        }
        long declared = ctx.req().getContentLengthLong();
        if (declared > MAX_DRAINED_BYTES) {
            return;
        }
        try {
            InputStream in = ctx.req().getInputStream();
            byte[] buffer = new byte[64 * 1024];
            long drained = 0;
            for (int n; drained < MAX_DRAINED_BYTES && (n = in.read(buffer)) >= 0; ) {
                drained += n;
            }
        } catch (IOException | RuntimeException e) {
            // The client hung up or the stream is already spent: the answer goes out all the same.
        }
    }
}
