package mskplanner.web.api;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import mskplanner.app.Problem;
import mskplanner.app.Representation;
import mskplanner.app.estimate.EstimateRequest;
import mskplanner.app.estimate.EstimateResponse;
import mskplanner.app.plan.BreakEvenDto;
import mskplanner.app.plan.PlanField;
import mskplanner.app.plan.PlanRequest;
import mskplanner.app.plan.PlanResponse;
import mskplanner.app.plan.batch.BatchFormats;
import mskplanner.app.plan.compare.CompareRequest;
import mskplanner.app.plan.compare.PlanComparison;
import mskplanner.pricing.PricingData;
import mskplanner.app.plan.topics.TopicInventoryText;
import mskplanner.rightsize.RightsizeResponse;
import mskplanner.rightsize.RightsizeService;
import mskplanner.rightsize.RightsizeSettings;

/**
 * The OpenAPI 3 document of {@code /api/v1}, served at {@value #PATH}. Operations are described here; their schemas
 * come from the contract's records and the plan's parameters from {@link PlanField}, so neither can drift. Built
 * against the routes actually registered: a route without a description, or a description without a route, stops
 * the server from being built.
 */
public final class OpenApiDocument {
    public static final String PATH = "/api/v1/openapi.json";
    public static final String VERSION = "3.0.3";
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    private static final String JSON_TYPE = "application/json";
    private static final String CSV = "text/csv";
    private static final String TEXT = "text/plain";

    private final PricingData pricing;
    private final List<String> estimateInputs;
    private final OpenApiSchemas schemas = new OpenApiSchemas();
    private final OpenApiParameters params;
    private final Map<String, ObjectNode> paths = new TreeMap<>();

    private OpenApiDocument(PricingData pricing, List<String> estimateInputs) {
        this.pricing = pricing;
        this.estimateInputs = List.copyOf(estimateInputs);
        this.params = new OpenApiParameters(pricing);
    }

    /**
     * The document for {@code routes} (path to its methods, upper case).
     *
     * @throws IllegalStateException when the routes and the described operations differ, naming the difference
     */
    public static ObjectNode build(Map<String, Set<String>> routes, PricingData pricing, List<String> estimateInputs) {
        OpenApiDocument doc = new OpenApiDocument(pricing, estimateInputs);
        doc.describe();
        doc.checkAgainst(routes);
        return doc.document();
    }

    private void describe() {
        ObjectNode planGet = operation("GET", "/api/v1/plan", "Plan a workload (query parameters)",
                "Sizing and cost of a workload: partitions, every broker option with its bottleneck, the recommendation "
                        + "and the decision matrix. The same fields as the POST body, as query parameters.");
        params.plan(planGet);
        params.representation(planGet);
        answers(planGet, PlanResponse.class, true);

        ObjectNode planPost = operation("POST", "/api/v1/plan", "Plan a workload (JSON body)",
                "What GET /api/v1/plan answers, for the request as a JSON object.");
        body(planPost, JSON_TYPE, schemas.ref(PlanRequest.class));
        params.representation(planPost);
        answers(planPost, PlanResponse.class, true);

        ObjectNode batch = operation("POST", PlanBatchApi.PATH, "Plan many workloads",
                "CSV with a header row of plan fields (and an optional label column), or a JSON array of plan requests; "
                        + "one row per profile out. A bad row is reported in its row. At most "
                        + PlanBatchApi.MAX_BODY_BYTES + " bytes.");
        ObjectNode array = JSON.objectNode().put("type", "array");
        array.set("items", schemas.ref(PlanRequest.class));
        body(batch, CSV, JSON.objectNode().put("type", "string")).with("content").set(JSON_TYPE,
                JSON.objectNode().set("schema", array));
        params.csvLayout(batch, true);
        ObjectNode ok = response(batch, "200", "One result per profile");
        ok.with("content").set(JSON_TYPE, JSON.objectNode().set("schema", batchAnswer()));
        ok.with("content").set(CSV, textContent());
        problems(batch);

        ObjectNode compare = operation("POST", CompareApi.PATH, "Compare plans side by side",
                "2 to " + PlanComparison.MAX_SCENARIOS + " plan requests (each with an optional label), planned as "
                        + "POST /api/v1/plan plans them: each scenario's plan and /plan link, and the comparison lines "
                        + "(the inputs that differ, partitions, the picks and their bills, Serverless, the cheapest "
                        + "deployment) with differs set where the scenarios disagree. CSV: one row per line, columns "
                        + "name, unit and one per scenario label. A bad field is named by its path, e.g. "
                        + "scenarios[1].plan.retentionHours.");
        body(compare, JSON_TYPE, schemas.ref(CompareRequest.class));
        params.representation(compare);
        answers(compare, PlanComparison.class, true);

        ObjectNode breakEven = operation("GET", "/api/v1/break-even", "The break-even sweep",
                "Each deployment's monthly cost along average ingress, and the crossovers, for the plan's query parameters.");
        params.plan(breakEven);
        OpenApiParameters.parameter(breakEven, "crossovers", JSON.objectNode().put("type", "boolean").put("default", false),
                "With format=csv: the crossovers instead of the curves. Accepted: true or false.");
        params.representation(breakEven);
        answers(breakEven, BreakEvenDto.class, true);

        ObjectNode estimatePost = operation("POST", "/api/v1/estimate", "The monthly bill of given clusters (JSON body)",
                "Lines in cents; totals summed from unrounded lines and rounded once.");
        body(estimatePost, JSON_TYPE, schemas.ref(EstimateRequest.class));
        params.representation(estimatePost);
        answers(estimatePost, EstimateResponse.class, true);

        ObjectNode estimateGet = operation("GET", "/api/v1/estimate", "The monthly bill of given clusters (query parameters)",
                "The estimate page's query: region, hoursPerMonth and c<row>.<field> with the fields of the POST body's "
                        + "clusters[row]; answers what the POST answers.");
        for (String input : estimateInputs) {
            OpenApiParameters.parameter(estimateGet, input, JSON.objectNode().put("type", "string"), estimateHelp(input));
        }
        params.representation(estimateGet);
        answers(estimateGet, EstimateResponse.class, true);

        ObjectNode rightsize = operation("POST", RightsizeApi.PATH, "Right-size a running cluster",
                "The report from what the AWS CLI printed: byte for byte what msk-planner rightsize --metrics-file F "
                        + "--cluster-file C --format X writes.");
        OpenApiParameters.parameter(rightsize, Representation.FORMAT, OpenApiParameters.choice(List.of("json", "md", "html")).put("default", "json"),
                "The report's form. Accepted: json, md or html.");
        body(rightsize, "multipart/form-data", rightsizeUpload());
        ObjectNode report = response(rightsize, "200", "The right-sizing report");
        report.with("content").set(JSON_TYPE, JSON.objectNode().set("schema", schemas.ref(RightsizeResponse.class)));
        report.with("content").set("text/markdown", textContent());
        report.with("content").set("text/html", textContent());
        problems(rightsize);

        ObjectNode prices = operation("GET", "/api/v1/prices", "The bundled prices of a region",
                "Each price with its unit, source and confidence.");
        OpenApiParameters.parameter(prices, "region", OpenApiParameters.choice(pricing.regions()).put("default", "us-east-1"),
                "Accepted: one of " + String.join(", ", pricing.regions()) + ".");
        params.representation(prices);
        answers(prices, CatalogApi.PricesResponse.class, true);

        ObjectNode types = operation("GET", "/api/v1/instance-types", "The broker catalog",
                "Baselines, partition limits and the sizing preset's per-broker figures of every broker type.");
        params.representation(types);
        ObjectNode list = JSON.objectNode().put("type", "object");
        ObjectNode rows = JSON.objectNode().put("type", "array");
        rows.set("items", schemas.ref(CatalogApi.InstanceTypeRow.class));
        list.with("properties").set("instanceTypes", rows);
        list.putArray("required").add("instanceTypes");
        answers(types, list, true);

        ObjectNode openApi = operation("GET", PATH, "This document", "The OpenAPI " + VERSION + " document of the API.");
        ObjectNode self = response(openApi, "200", "The OpenAPI document");
        self.with("content").set(JSON_TYPE, JSON.objectNode().set("schema", JSON.objectNode().put("type", "object")));
    }

    private ObjectNode operation(String method, String path, String summary, String description) {
        ObjectNode op = paths.computeIfAbsent(path, p -> JSON.objectNode()).putObject(method.toLowerCase(Locale.ROOT));
        op.put("summary", summary).put("description", description);
        op.put("operationId", method.toLowerCase(Locale.ROOT) + path.replace("/api/v1", "").replaceAll("[^A-Za-z0-9]+", "_"));
        return op;
    }

    private static ObjectNode body(ObjectNode op, String mediaType, ObjectNode schema) {
        ObjectNode body = op.putObject("requestBody").put("required", true);
        body.putObject("content").putObject(mediaType).set("schema", schema);
        return body;
    }

    private void answers(ObjectNode op, Class<?> record, boolean csv) {
        answers(op, schemas.ref(record), csv);
    }

    private void answers(ObjectNode op, ObjectNode schema, boolean csv) {
        ObjectNode ok = response(op, "200", "The answer: JSON, CSV with format=csv, one value as text with select=");
        ok.with("content").set(JSON_TYPE, JSON.objectNode().set("schema", schema));
        if (csv) {
            ok.with("content").set(CSV, textContent());
            ok.with("content").set(TEXT, textContent());
        }
        problems(op);
    }

    private static ObjectNode response(ObjectNode op, String status, String description) {
        return op.with("responses").putObject(status).put("description", description);
    }

    private void problems(ObjectNode op) {
        ObjectNode problem = JSON.objectNode().set("schema", schemas.ref(Problem.class));
        ObjectNode bad = response(op, "400", "Bad input: the field, the value and what is accepted "
                + "(as CSV with columns error,field,value,allowed,status,type when CSV was asked for)");
        bad.with("content").set("application/problem+json", problem);
        bad.with("content").set(CSV, textContent());
        response(op, "default", "Any other refusal (405 with Allow, 413, 429, 503 with Retry-After)")
                .with("content").set("application/problem+json", problem.deepCopy());
    }

    private static ObjectNode textContent() {
        return JSON.objectNode().set("schema", JSON.objectNode().put("type", "string"));
    }

    private ObjectNode batchAnswer() {
        ObjectNode row = JSON.objectNode().put("type", "object");
        for (String field : BatchFormats.jsonFields()) {
            row.with("properties").set(field, JSON.objectNode());
        }
        ObjectNode answer = JSON.objectNode().put("type", "object");
        ObjectNode results = JSON.objectNode().put("type", "array");
        results.set("items", row);
        answer.with("properties").set("profiles", JSON.objectNode().put("type", "integer"));
        answer.with("properties").set("results", results);
        answer.with("properties").set("failed", JSON.objectNode().put("type", "integer"));
        answer.putArray("required").add("profiles").add("results").add("failed");
        return answer;
    }

    private static ObjectNode rightsizeUpload() {
        ObjectNode form = JSON.objectNode().put("type", "object");
        ObjectNode file = JSON.objectNode().put("type", "string").put("format", "binary");
        form.with("properties").set(RightsizeService.METRICS_FILE,
                file.deepCopy().put("description", "The JSON printed by aws cloudwatch get-metric-data"));
        form.with("properties").set(RightsizeService.CLUSTER_FILE,
                file.deepCopy().put("description", "The JSON printed by aws kafka describe-cluster-v2"));
        form.with("properties").set(RightsizeSettings.REPLICATION_FACTOR, JSON.objectNode().put("type", "integer"));
        form.with("properties").set(RightsizeSettings.PEAK_PERCENTILE, JSON.objectNode().put("type", "number"));
        form.with("properties").set(TopicInventoryText.TOPICS, JSON.objectNode().put("type", "string").put("description",
                "A topic inventory: topic CSV (the plan's topics fields as columns) or what kafka-topics.sh --describe"
                        + " printed; the report then splits the current bill's storage per topic (its topics field)"));
        form.with("properties").set(TopicInventoryText.TOPICS_FILE, file.deepCopy().put("description",
                "The same inventory as a file (instead of the topics field)"));
        form.with("properties").set(TopicInventoryText.TOPIC_THROUGHPUT, JSON.objectNode().put("type", "string").put("description",
                "Throughput per topic, CSV: name and any of avgIngressMBps, peakIngressMBps, consumerGroups,"
                        + " compactedSizeGiB, avgMessageBytes, laid over the inventory by topic name"));
        form.putArray("required").add(RightsizeService.METRICS_FILE).add(RightsizeService.CLUSTER_FILE);
        return form;
    }

    private static String estimateHelp(String input) {
        int dot = input.indexOf('.');
        if (dot < 0) {
            return "As the POST body's " + input + ".";
        }
        return "Cluster " + input.substring(1, dot) + "'s " + input.substring(dot + 1) + ": as the POST body's clusters["
                + input.substring(1, dot) + "]." + input.substring(dot + 1) + ".";
    }

    private void checkAgainst(Map<String, Set<String>> routes) {
        Set<String> registered = new TreeSet<>();
        routes.forEach((path, methods) -> methods.forEach(m -> registered.add(m + " " + path)));
        Set<String> described = new TreeSet<>();
        paths.forEach((path, ops) -> ops.fieldNames().forEachRemaining(m -> described.add(m.toUpperCase(Locale.ROOT) + " " + path)));
        Set<String> undescribed = new TreeSet<>(registered);
        undescribed.removeAll(described);
        Set<String> unrouted = new TreeSet<>(described);
        unrouted.removeAll(registered);
        if (!undescribed.isEmpty() || !unrouted.isEmpty()) {
            throw new IllegalStateException("the OpenAPI document and the routes differ: routes not described " + undescribed
                    + ", described operations without a route " + unrouted + " (see web/api/OpenApiDocument)");
        }
    }

    private ObjectNode document() {
        ObjectNode doc = JSON.objectNode().put("openapi", VERSION);
        doc.putObject("info").put("title", "msk-planner API").put("version", "1")
                .put("description", "Capacity and cost planning for Amazon MSK. Field names are a public contract: "
                        + "added to, never renamed or removed.");
        doc.putArray("servers").addObject().put("url", "/");
        ObjectNode p = doc.putObject("paths");
        paths.forEach(p::set);
        ObjectNode components = doc.putObject("components").putObject("schemas");
        schemas.components().forEach(components::set);
        return doc;
    }
}
