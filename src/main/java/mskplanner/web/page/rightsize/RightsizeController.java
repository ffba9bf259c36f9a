package mskplanner.web.page.rightsize;

import io.javalin.http.Context;
import io.javalin.http.UploadedFile;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import mskplanner.web.page.ErrorLink;
import mskplanner.web.page.FormState;
import mskplanner.web.page.Nav;
import mskplanner.web.page.PageFrames;

/**
 * {@code GET/POST /rightsize}: the visitor uploads what the AWS CLI printed (CloudWatch metrics, the cluster
 * description); the server reads only those files and never calls AWS for a visitor.
 */
public final class RightsizeController {
    /** Two weeks of 5-minute data for a few dozen brokers fits well within this. */
    public static final long MAX_UPLOAD_BYTES = 20L * 1024 * 1024;
    static final String METRICS = "metricsFile";
    static final String CLUSTER = "clusterFile";
    static final String ANALYSIS_MISSING = "The right-sizing analysis is not part of this build yet (it is being merged): "
            + "the files were received and checked, but not analysed. Meanwhile, run msk-planner rightsize --metrics-file "
            + "--cluster-file on your own machine.";

    private final PageFrames frames;

    public RightsizeController(PageFrames frames) {
        this.frames = frames;
    }

    public void form(Context ctx) {
        render(ctx, FormState.of(Map.of()), null);
    }

    public void upload(Context ctx) {
        if (ctx.contentLength() > MAX_UPLOAD_BYTES) {
            ctx.status(413);
            render(ctx, FormState.of(Map.of()).withError(FormState.FORM, "The upload is larger than "
                    + MAX_UPLOAD_BYTES / (1024 * 1024) + " MB: export a shorter window or a longer period."), null);
            return;
        }
        FormState state = FormState.of(Map.of());
        state = requireFile(ctx, METRICS, state, "Choose the JSON that aws cloudwatch get-metric-data printed.");
        state = requireFile(ctx, CLUSTER, state, "Choose the JSON that aws kafka describe-cluster-v2 printed.");
        if (state.hasErrors()) {
            ctx.status(400);
            render(ctx, state, null);
            return;
        }
        render(ctx, state, ANALYSIS_MISSING);
    }

    private static FormState requireFile(Context ctx, String input, FormState state, String message) {
        UploadedFile file = ctx.uploadedFile(input);
        return file == null || file.size() == 0 ? state.withError(input, message) : state;
    }

    private void render(Context ctx, FormState state, String notice) {
        List<ErrorLink> errors = new ArrayList<>();
        state.errors().forEach((input, message) -> errors.add(new ErrorLink(input, labelOf(input), message)));
        ctx.render("rightsize.jte", Map.of("page", new RightsizePage(frames.frame("Right-size a running cluster",
                Nav.RIGHTSIZE, null, List.of()), state, errors, MAX_UPLOAD_BYTES / (1024 * 1024), notice)));
    }

    private static String labelOf(String input) {
        return switch (input) {
            case METRICS -> "Metrics export";
            case CLUSTER -> "Cluster description";
            default -> "Upload";
        };
    }
}
