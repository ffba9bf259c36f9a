package mskplanner.web.fuzz;

import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import mskplanner.app.estimate.EstimateRequest;
import mskplanner.app.plan.PlanRequest;
import mskplanner.testing.Requests;
import mskplanner.web.WebApp;
import mskplanner.web.api.CompareApi;
import mskplanner.web.api.OpenApiDocument;
import mskplanner.web.api.PlanBatchApi;

/** Every endpoint the fuzz suite drives. A new endpoint gets a row here, and so every property. */
final class Endpoints {
    /** A JSON POST endpoint, a request it answers with 200 as the seed to break, and its body cap. */
    record JsonPost(String path, String validBody, long maxBodyBytes) {
        JsonPost(String path, String validBody) {
            this(path, validBody, WebApp.MAX_REQUEST_BYTES);
        }

        @Override
        public String toString() {
            return "POST " + path;
        }
    }

    /** A GET endpoint, the query parameters it reads, and a query string it answers with 200 (may be empty). */
    record Get(String path, List<String> parameters, String validQuery) {
        @Override
        public String toString() {
            return "GET " + path;
        }
    }

    /** The plan example without the break-even sweep (32 ms a plan), so hundreds of tries fit the time budget. */
    private static final String PROFILE = Requests.read("docs/examples/profile.json").replaceFirst("\\{", "{\"breakEven\": false, ");

    static final List<JsonPost> JSON_POSTS = List.of(
            new JsonPost("/api/v1/estimate", Requests.clustersExample()),
            new JsonPost("/api/v1/plan", PROFILE),
            new JsonPost("/api/v1/plan", Requests.read("src/test/resources/fuzz/plan-every-field.json")),
            new JsonPost("/api/v1/plan", Requests.read("src/test/resources/fuzz/plan-by-messages.json")),
            new JsonPost(CompareApi.PATH, "{\"scenarios\": [{\"label\": \"7 days\", \"plan\": " + PROFILE
                    + "}, {\"plan\": {\"avgIngressMBps\": 5, \"breakEven\": false}}]}"),
            new JsonPost(PlanBatchApi.PATH, "[" + PROFILE + ", {\"avgIngressMBps\": 5}]", PlanBatchApi.MAX_BODY_BYTES));

    static final List<Get> GETS = List.of(
            new Get("/api/v1/prices", List.of("region", "format", "select", "fields", "delimiter", "_"), "region=eu-west-1"),
            new Get("/api/v1/instance-types", List.of("format"), "format=csv"),
            new Get("/api/v1/plan", names(PlanRequest.class, "format", "select", "fields", "header", "delimiter", "_"),
                    "avgIngressMBps=100&peakIngressMBps=500&consumerGroups=2&breakEven=false"),
            new Get("/api/v1/estimate", List.of("region", "hoursPerMonth", "c0.name", "c0.type", "c0.instanceType", "c0.brokers",
                    "c0.storageGiBPerBroker", "c1.type", "c1.mcus", "format", "select", "fields", "header", "delimiter", "_"),
                    "region=us-east-1&c0.name=prod&c0.type=standard&c0.instanceType=kafka.m7g.large&c0.brokers=3&c0.storageGiBPerBroker=100"),
            new Get("/api/v1/break-even", names(PlanRequest.class, "format", "crossovers"), "avgIngressMBps=100&peakIngressMBps=500&consumerGroups=2"),
            new Get(OpenApiDocument.PATH, List.of("select"), ""),
            new Get("/health", List.of(), ""),
            new Get("/", List.of(), ""),
            new Get("/plan", names(PlanRequest.class), "avgIngressMBps=100&peakIngressMBps=500&consumerGroups=2&breakEven=false"),
            new Get("/estimate", List.of("region", "hoursPerMonth", "c0.name", "c0.type", "c0.instanceType", "c0.brokers",
                    "c0.storageGiBPerBroker", "c0.availabilityZones", "c1.type", "c1.mcus", "c3.storageGiB"),
                    "region=us-east-1&c0.name=prod&c0.type=standard&c0.instanceType=kafka.m7g.large&c0.brokers=3&c0.storageGiBPerBroker=100"),
            new Get("/api", List.of("region"), "region=eu-west-1"),
            new Get("/compare", List.of("a", "b", "c", "d"),
                    "a=avgIngressMBps%3D50%26breakEven%3Dfalse&b=avgIngressMBps%3D50%26retentionHours%3D720%26breakEven%3Dfalse"),
            new Get("/rightsize", List.of(), ""));

    /** Field names the request bodies use, so random objects often hit real fields with wrong values. */
    static final List<String> FIELD_NAMES = Stream.of(names(EstimateRequest.class), names(EstimateRequest.ClusterRequest.class),
            names(PlanRequest.class)).flatMap(List::stream).distinct().toList();

    private Endpoints() {
    }

    private static List<String> names(Class<? extends Record> type, String... extra) {
        return Stream.concat(Arrays.stream(type.getRecordComponents()).map(RecordComponent::getName), Arrays.stream(extra)).toList();
    }
}
