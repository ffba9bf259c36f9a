package mskplanner.web.page.rightsize;

import io.javalin.http.Context;
import mskplanner.app.plan.TopicRequest;
import mskplanner.app.plan.TopicsDto;
import mskplanner.app.plan.topics.TopicInventoryText;
import mskplanner.web.page.TopicsView;
import mskplanner.web.page.UploadedText;
import io.javalin.http.UploadedFile;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import mskplanner.app.Problem;
import mskplanner.app.Problems;
import mskplanner.engine.rightsize.RightsizeReport;
import mskplanner.rightsize.Exports;
import mskplanner.rightsize.RightsizeService;
import mskplanner.rightsize.RightsizeSettings;
import mskplanner.web.page.Assets;
import mskplanner.web.page.ErrorLink;
import mskplanner.web.page.Field;
import mskplanner.web.page.FieldErrors;
import mskplanner.web.page.FormState;
import mskplanner.web.page.Nav;
import mskplanner.web.page.PageFrame;
import mskplanner.web.page.PageFrames;

/**
 * {@code GET/POST /rightsize}: the visitor uploads what the AWS CLI printed (CloudWatch metrics, the cluster
 * description); the server reads only those files and never calls AWS for a visitor.
 */
public final class RightsizeController {
    /** The same cap as {@code POST /api/v1/rightsize}. */
    public static final long MAX_UPLOAD_BYTES = Exports.MAX_UPLOAD_BYTES;
    static final String METRICS = RightsizeService.METRICS_FILE;
    static final String CLUSTER = RightsizeService.CLUSTER_FILE;
    /** The topic inventory inputs, named as the plan form names them. */
    static final String TOPICS = TopicsView.TOPICS;
    static final String TOPIC_THROUGHPUT = TopicsView.TOPIC_THROUGHPUT;
    /** Settings of the analysis a visitor may change: what CloudWatch cannot tell. */
    static final List<Field> SETTINGS = List.of(
            Field.wholeNumber(RightsizeSettings.REPLICATION_FACTOR, "Replication factor", "", "3",
                    "Of the cluster's topics; CloudWatch does not show it, and it turns replicas into leader partitions."),
            Field.number(RightsizeSettings.PEAK_PERCENTILE, "Peak percentile", "", "99", "The percentile of the history taken as the peak."));
    private final PageFrames frames;
    private final RightsizeService service;

    public RightsizeController(PageFrames frames, RightsizeService service) {
        this.frames = frames;
        this.service = service;
    }

    public void form(Context ctx) {
        render(ctx, defaults(), null);
    }

    private static FormState defaults() {
        Map<String, String> values = new LinkedHashMap<>();
        SETTINGS.forEach(f -> values.put(f.name(), f.defaultValue()));
        return FormState.of(values);
    }

    private static FormState typed(Context ctx) {
        Map<String, String> values = new LinkedHashMap<>();
        SETTINGS.forEach(f -> values.put(f.name(), ctx.formParam(f.name()) == null ? "" : ctx.formParam(f.name())));
        for (String input : List.of(TOPICS, TOPIC_THROUGHPUT)) {
            values.put(input, ctx.formParam(input) == null ? "" : ctx.formParam(input));
        }
        return FormState.of(values);
    }

    /** The inventory's text: the uploaded file's when one is chosen (then kept in the textarea), else the pasted one. */
    private static FormState withUploadedInventory(Context ctx, FormState state) throws java.io.IOException {
        Optional<String> file = UploadedText.of(ctx, TopicsView.TOPICS_FILE);
        if (file.isEmpty()) {
            return state;
        }
        Map<String, String> values = new LinkedHashMap<>(state.values());
        values.put(TOPICS, file.get());
        return new FormState(values, state.errors());
    }

    /** The inventory's section of the page: the report's own (the downloads carry the same); null without one. */
    private static TopicsView topics(RightsizeReport report) {
        return report.topics().map(TopicsDto::onCluster).map(TopicsView::onCluster).orElse(null);
    }

    private static Map<String, String> settings(FormState state) {
        Map<String, String> settings = new LinkedHashMap<>();
        SETTINGS.forEach(f -> {
            if (!state.isBlank(f.name())) {
                settings.put(f.name(), state.value(f.name()).trim());
            }
        });
        return settings;
    }

    public void upload(Context ctx) throws Exception {
        if (ctx.contentLength() > MAX_UPLOAD_BYTES) {
            ctx.status(413);
            render(ctx, defaults().withError(FormState.FORM, "The upload is larger than "
                    + MAX_UPLOAD_BYTES / (1024 * 1024) + " MB: export a shorter window or a longer period."), null);
            return;
        }
        FormState state = withUploadedInventory(ctx, typed(ctx));
        state = requireFile(ctx, METRICS, state, "Choose the JSON that aws cloudwatch get-metric-data printed.");
        state = requireFile(ctx, CLUSTER, state, "Choose the JSON that aws kafka describe-cluster-v2 printed.");
        if (state.hasErrors()) {
            ctx.status(400);
            render(ctx, state, null);
            return;
        }
        UploadedFile metricsFile = ctx.uploadedFile(METRICS);
        try (InputStream metrics = metricsFile.content(); InputStream cluster = ctx.uploadedFile(CLUSTER).content()) {
            List<TopicRequest> topics = TopicInventoryText.read(state.value(TOPICS), state.value(TOPIC_THROUGHPUT));
            RightsizeReport report = service.analyseUploads(metrics, metricsFile.filename(), cluster, settings(state), topics);
            render(ctx, state, RightsizeResults.of(report), topics(report));
        } catch (Exception e) {
            Problem problem = Problems.of(e).orElseThrow(() -> e);
            ctx.status(400);
            String input = inputFor(problem.field());
            String message = input.equals(TOPICS) || input.equals(TOPIC_THROUGHPUT)
                    ? labelOf(input) + ": " + problem.detail() + ". Choose the files again."
                    : problem.detail() + ". Choose the files again.";
            render(ctx, SETTINGS.stream().anyMatch(f -> f.name().equals(input)) ? FieldErrors.add(state, input, problem)
                    : state.withError(input, message), null);
        }
    }

    /** Errors name a place in one of the files: its JSON path or the file itself. */
    static String inputFor(String field) {
        if (field == null) {
            return FormState.FORM;
        }
        if (SETTINGS.stream().anyMatch(f -> f.name().equals(field))) {
            return field;
        }
        if (field.startsWith(TOPIC_THROUGHPUT)) {
            return TOPIC_THROUGHPUT;
        }
        if (field.startsWith(TOPICS)) {
            return TOPICS;
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

    private void render(Context ctx, FormState state, RightsizeResult result) {
        render(ctx, state, result, null);
    }

    private void render(Context ctx, FormState state, RightsizeResult result, TopicsView topics) {
        List<ErrorLink> errors = new ArrayList<>();
        state.errors().forEach((input, message) -> errors.add(new ErrorLink(input, labelOf(input), message)));
        List<String> scripts = result == null ? List.of() : List.of(Assets.CHART_JS, Assets.CHARTS, Assets.SORT);
        PageFrame frame = frames.frame("Right-size a running cluster", Nav.RIGHTSIZE, result == null ? null : result.region(),
                scripts);
        ctx.render("rightsize.jte", Map.of("page", new RightsizePage(frame, state, SETTINGS, errors,
                MAX_UPLOAD_BYTES / (1024 * 1024), result, topics)));
    }

    private static String labelOf(String input) {
        return switch (input) {
            case METRICS -> "Metrics export";
            case CLUSTER -> "Cluster description";
            case TOPICS -> "Topic inventory";
            case TOPIC_THROUGHPUT -> "Topic throughput";
            default -> SETTINGS.stream().filter(f -> f.name().equals(input)).map(Field::label).findFirst().orElse("Upload");
        };
    }
}
