package mskplanner.web.api;

import io.javalin.http.Context;
import io.javalin.http.UploadedFile;
import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import mskplanner.app.plan.TopicRequest;
import mskplanner.app.plan.topics.TopicInventoryText;
import mskplanner.engine.InvalidInputException;
import mskplanner.engine.rightsize.RightsizeReport;
import mskplanner.rightsize.Exports;
import mskplanner.web.page.UploadedText;
import mskplanner.rightsize.RightsizeService;
import mskplanner.rightsize.RightsizeSettings;
import mskplanner.rightsize.report.RightsizeFormat;

/**
 * {@code POST /api/v1/rightsize}: the AWS CLI exports as multipart uploads ({@code metricsFile}, {@code clusterFile})
 * and the settings as form fields in; the report as {@code ?format=json} (default), {@code md} or {@code html} out,
 * byte for byte what {@code rightsize --metrics-file F --cluster-file C --format X} writes for the same files. A topic
 * inventory comes as the field {@code topics} or the upload {@code topicsFile} (the CSV or the describe output, as
 * {@code --topics} or {@code --kafka-topics} read it), with {@code topicThroughput} as {@code --topic-throughput}.
 */
public final class RightsizeApi {
    public static final String PATH = "/api/v1/rightsize";
    private static final List<String> SETTINGS = List.of(RightsizeSettings.REPLICATION_FACTOR, RightsizeSettings.PEAK_PERCENTILE);
    private final RightsizeService service;

    public RightsizeApi(RightsizeService service) {
        this.service = service;
    }

    public void post(Context ctx) throws IOException {
        RightsizeFormat format = format(ctx.queryParam("format"));
        if (ctx.contentLength() > Exports.MAX_UPLOAD_BYTES) {
            throw Responses.tooLarge(Exports.MAX_UPLOAD_BYTES);
        }
        UploadedFile metrics = required(ctx, RightsizeService.METRICS_FILE, "the JSON printed by aws cloudwatch get-metric-data");
        UploadedFile cluster = required(ctx, RightsizeService.CLUSTER_FILE, "the JSON printed by aws kafka describe-cluster-v2");
        Map<String, String> settings = new LinkedHashMap<>();
        SETTINGS.forEach(name -> settings.put(name, ctx.formParam(name)));
        RightsizeReport report;
        List<TopicRequest> topics = TopicInventoryText.read(inventory(ctx), ctx.formParam(TopicInventoryText.TOPIC_THROUGHPUT));
        try (InputStream m = metrics.content(); InputStream c = cluster.content()) {
            report = service.analyseUploads(m, metrics.filename(), c, settings, topics);
        }
        ctx.contentType(mediaType(format)).result(format.render(report));
    }

    /** The uploaded inventory file's text, else the {@code topics} field; one of them, not both. */
    private static String inventory(Context ctx) throws IOException {
        Optional<String> file = UploadedText.of(ctx, TopicInventoryText.TOPICS_FILE);
        String pasted = ctx.formParam(TopicInventoryText.TOPICS);
        if (file.isEmpty()) {
            return pasted;
        }
        if (pasted != null && !pasted.isBlank()) {
            throw new InvalidInputException(TopicInventoryText.TOPICS, "given with topicsFile", "one inventory: the field or the file");
        }
        return file.get();
    }

    private static RightsizeFormat format(String value) {
        if (value == null) {
            return RightsizeFormat.json;
        }
        try {
            return RightsizeFormat.valueOf(value.toLowerCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("format", value, "json, md or html");
        }
    }

    private static UploadedFile required(Context ctx, String name, String what) {
        UploadedFile file = ctx.isMultipartFormData() ? ctx.uploadedFile(name) : null;
        if (file == null || file.size() == 0) {
            throw new InvalidInputException(name, file == null ? "missing" : "empty", what + ", as a multipart/form-data file");
        }
        return file;
    }

    private static String mediaType(RightsizeFormat format) {
        return switch (format) {
            case html -> "text/html; charset=utf-8";
            case md -> "text/markdown; charset=utf-8";
            default -> "application/json";
        };
    }
}
