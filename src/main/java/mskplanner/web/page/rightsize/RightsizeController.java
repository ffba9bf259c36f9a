package mskplanner.web.page.rightsize;

import io.javalin.http.Context;
import io.javalin.http.UploadedFile;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import mskplanner.api.Problem;
import mskplanner.api.Problems;
import mskplanner.web.page.Assets;
import mskplanner.web.page.ErrorLink;
import mskplanner.web.page.FormState;
import mskplanner.web.page.Nav;
import mskplanner.web.page.PageFrame;
import mskplanner.web.page.PageFrames;

/**
 * {@code GET/POST /rightsize}: the visitor uploads what the AWS CLI printed (CloudWatch metrics, the cluster
 * description); the server reads only those files and never calls AWS for a visitor.
 */
public final class RightsizeController {
    /** Two weeks of 1-minute data for a few dozen brokers fits well within this. */
    public static final long MAX_UPLOAD_BYTES = 20L * 1024 * 1024;
    static final String METRICS = "metricsFile";
    static final String CLUSTER = "clusterFile";
    static final String ANALYSIS_MISSING = "The right-sizing analysis is not part of this build yet (it is being merged): "
            + "the files were received, but not analysed. Meanwhile, run msk-planner rightsize --metrics-file FILE "
            + "--cluster-file FILE on your own machine.";

    private final PageFrames frames;
    private final RightsizeFlow flow;

    /** {@code flow} is {@code null} while the analysis is not part of the build: uploads are checked, with a notice. */
    public RightsizeController(PageFrames frames, RightsizeFlow flow) {
        this.frames = frames;
        this.flow = flow;
    }

    public void form(Context ctx) {
        render(ctx, FormState.of(Map.of()), null, null);
    }

    public void upload(Context ctx) throws Exception {
        if (ctx.contentLength() > MAX_UPLOAD_BYTES) {
            ctx.status(413);
            render(ctx, FormState.of(Map.of()).withError(FormState.FORM, "The upload is larger than "
                    + MAX_UPLOAD_BYTES / (1024 * 1024) + " MB: export a shorter window or a longer period."), null, null);
            return;
        }
        FormState state = FormState.of(Map.of());
        state = requireFile(ctx, METRICS, state, "Choose the JSON that aws cloudwatch get-metric-data printed.");
        state = requireFile(ctx, CLUSTER, state, "Choose the JSON that aws kafka describe-cluster-v2 printed.");
        if (state.hasErrors()) {
            ctx.status(400);
            render(ctx, state, null, null);
            return;
        }
        if (flow == null) {
            render(ctx, state, ANALYSIS_MISSING, null);
            return;
        }
        try (InputStream metrics = ctx.uploadedFile(METRICS).content(); InputStream cluster = ctx.uploadedFile(CLUSTER).content()) {
            render(ctx, state, null, RightsizeResultReader.read(flow.analyse(metrics, cluster)));
        } catch (Exception e) {
            Problem problem = Problems.of(e).orElseThrow(() -> e);
            ctx.status(400);
            render(ctx, state.withError(inputFor(problem.field()), problem.detail() + " Choose the files again."), null, null);
        }
    }

    /** Errors name a place in one of the files: its JSON path or the file itself. */
    static String inputFor(String field) {
        if (field == null) {
            return FormState.FORM;
        }
        String f = field.toLowerCase(java.util.Locale.ROOT);
        if (f.startsWith("metricdataresults") || f.startsWith("metrics") || f.startsWith("--metrics-file")) {
            return METRICS;
        }
        if (f.startsWith("clusterinfo") || f.startsWith("cluster") || f.startsWith("--cluster-file")) {
            return CLUSTER;
        }
        return FormState.FORM;
    }

    private static FormState requireFile(Context ctx, String input, FormState state, String message) {
        UploadedFile file = ctx.uploadedFile(input);
        return file == null || file.size() == 0 ? state.withError(input, message) : state;
    }

    private void render(Context ctx, FormState state, String notice, RightsizeResult result) {
        List<ErrorLink> errors = new ArrayList<>();
        state.errors().forEach((input, message) -> errors.add(new ErrorLink(input, labelOf(input), message)));
        List<String> scripts = result == null ? List.of() : List.of(Assets.CHART_JS, Assets.CHARTS, Assets.SORT);
        PageFrame frame = frames.frame("Right-size a running cluster", Nav.RIGHTSIZE, result == null ? null : result.region(),
                scripts);
        ctx.render("rightsize.jte", Map.of("page", new RightsizePage(frame, state, errors, MAX_UPLOAD_BYTES / (1024 * 1024),
                notice, result)));
    }

    private static String labelOf(String input) {
        return switch (input) {
            case METRICS -> "Metrics export";
            case CLUSTER -> "Cluster description";
            default -> "Upload";
        };
    }
}
