package mskplanner.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import mskplanner.app.Json;
import mskplanner.app.plan.PlanField;
import mskplanner.testing.Exports;
import mskplanner.testing.Multipart;
import mskplanner.web.api.OpenApiDocument;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OpenApiTest {
    private static final List<String> METHODS = List.of("GET", "POST", "PUT", "PATCH", "DELETE");
    private static final String PLAN_QUERY = "avgIngressMBps=20&peakIngressMBps=40&breakEven=false";
    private static TestServer server;
    private static JsonNode document;
    private final HttpClient client = HttpClient.newHttpClient();

    @BeforeAll
    static void start() throws Exception {
        server = TestServer.start();
        HttpResponse<String> answer = server.get(OpenApiDocument.PATH);
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        assertThat(answer.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/json"));
        document = Json.mapper().readTree(answer.body());
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void the_document_is_openapi_3_with_every_api_v1_path() {
        assertThat(document.path("openapi").asText()).isEqualTo("3.0.3");
        assertThat(fieldNames(document.path("paths"))).containsExactlyInAnyOrder("/api/v1/plan", "/api/v1/plan/batch",
                "/api/v1/plan/compare",                "/api/v1/break-even", "/api/v1/estimate", "/api/v1/rightsize", "/api/v1/prices", "/api/v1/instance-types",
                "/api/v1/openapi.json");
    }

    @Test
    void every_path_allows_exactly_the_methods_the_document_describes() throws Exception {
        for (String path : fieldNames(document.path("paths"))) {
            Set<String> described = new TreeSet<>();
            fieldNames(document.path("paths").path(path)).forEach(m -> described.add(m.toUpperCase(Locale.ROOT)));
            String undescribed = METHODS.stream().filter(m -> !described.contains(m)).findFirst().orElseThrow();

            HttpResponse<String> refused = send(undescribed, path);

            assertThat(refused.statusCode()).as(undescribed + " " + path).isEqualTo(405);
            assertThat(new TreeSet<>(Arrays.asList(refused.headers().firstValue("Allow").orElseThrow().split(", "))))
                    .as("Allow of " + path).isEqualTo(described);
        }
    }

    @Test
    void a_route_without_a_description_stops_the_document_being_built() {
        Map<String, Set<String>> routes = Map.of("/api/v1/plan", Set.of("GET", "POST", "DELETE"));

        assertThatThrownBy(() -> OpenApiDocument.build(routes, TestServer.bundledPricing(), List.of()))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("routes not described [DELETE /api/v1/plan]")
                .hasMessageContaining("GET /api/v1/prices");
    }

    @Test
    void every_plan_field_is_a_query_parameter_of_GET_plan_with_its_range() {
        JsonNode parameters = document.at("/paths/~1api~1v1~1plan/get/parameters");
        for (PlanField field : PlanField.values()) {
            JsonNode parameter = parameterNamed(parameters, field.fieldName());
            String range = field.range(TestServer.bundledPricing());
            assertThat(parameter.path("in").asText()).isEqualTo("query");
            assertThat(parameter.at("/schema/x-accepted").asText()).as(field.fieldName()).isEqualTo(range);
            assertThat(parameter.path("description").asText()).as(field.fieldName()).contains("Accepted: " + range);
        }
    }

    @Test
    void a_plan_parameter_default_has_the_type_of_its_parameter() {
        int defaults = 0;
        for (JsonNode p : document.at("/paths/~1api~1v1~1plan/get/parameters")) {
            JsonNode byDefault = p.at("/schema/default");
            if (byDefault.isMissingNode()) {
                continue;
            }
            defaults++;
            String type = p.at("/schema/type").asText();
            boolean matches = switch (type) {
                case "number" -> byDefault.isNumber();
                case "integer" -> byDefault.isIntegralNumber();
                case "boolean" -> byDefault.isBoolean();
                default -> byDefault.isTextual();
            };
            assertThat(matches).as(p.path("name").asText() + " default " + byDefault + " is a " + type).isTrue();
        }
        assertThat(defaults).isGreaterThan(10);
        assertThat(parameterNamed(document.at("/paths/~1api~1v1~1plan/get/parameters"), "consumerGroups")
                .at("/schema/default").intValue()).isEqualTo(1);
    }

    @Test
    void the_region_parameter_lists_the_regions_with_prices() {
        JsonNode region = parameterNamed(document.at("/paths/~1api~1v1~1plan/get/parameters"), "region");

        assertThat(region.at("/schema/enum").toString()).contains("\"us-east-1\"");
        assertThat(region.at("/schema/default").asText()).isEqualTo("us-east-1");
    }

    @ParameterizedTest
    @CsvSource({
            "/api/v1/plan, get, /api/v1/plan?" + PLAN_QUERY,
            "/api/v1/break-even, get, /api/v1/break-even?avgIngressMBps=20",
            "/api/v1/estimate, get, /api/v1/estimate?c0.type=standard&c0.instanceType=kafka.m7g.large&c0.brokers=3&c0.storageGiBPerBroker=100",
            "/api/v1/prices, get, /api/v1/prices?region=us-east-1",
            "/api/v1/instance-types, get, /api/v1/instance-types"})
    void the_schema_of_a_GET_answer_has_exactly_its_top_level_fields(String path, String method, String call) throws Exception {
        HttpResponse<String> answer = server.get(call);

        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        assertThat(schemaFields(path, method)).isEqualTo(new TreeSet<>(fieldNames(Json.mapper().readTree(answer.body()))));
    }

    @Test
    void the_schema_of_the_POST_plan_answer_has_exactly_its_top_level_fields() throws Exception {
        HttpResponse<String> answer = post("/api/v1/plan", "{\"avgIngressMBps\":20,\"breakEven\":false}", "application/json");

        assertThat(schemaFields("/api/v1/plan", "post")).isEqualTo(new TreeSet<>(fieldNames(Json.mapper().readTree(answer.body()))));
    }

    @Test
    void the_schema_of_the_POST_estimate_answer_has_exactly_its_top_level_fields() throws Exception {
        HttpResponse<String> answer = post("/api/v1/estimate",
                "{\"clusters\":[{\"type\":\"standard\",\"instanceType\":\"kafka.m7g.large\",\"brokers\":3,\"storageGiBPerBroker\":100}]}",
                "application/json");

        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        assertThat(schemaFields("/api/v1/estimate", "post")).isEqualTo(new TreeSet<>(fieldNames(Json.mapper().readTree(answer.body()))));
    }

    @Test
    void the_schema_of_the_batch_answer_has_its_fields_and_those_of_a_row() throws Exception {
        HttpResponse<String> answer = post("/api/v1/plan/batch", "avgIngressMBps,breakEven\n20,false\n", "text/csv");
        JsonNode body = Json.mapper().readTree(answer.body());
        JsonNode schema = document.at("/paths/~1api~1v1~1plan~1batch/post/responses/200/content/application~1json/schema");

        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        assertThat(new TreeSet<>(fieldNames(schema.path("properties")))).isEqualTo(new TreeSet<>(fieldNames(body)));
        assertThat(new TreeSet<>(fieldNames(schema.at("/properties/results/items/properties"))))
                .isEqualTo(new TreeSet<>(fieldNames(body.at("/results/0"))));
    }

    @Test
    void the_schema_of_the_rightsize_answer_has_exactly_its_top_level_fields() throws Exception {
        String metrics = MetricsExports.days(Instant.parse("2026-11-16T00:00:00Z"), 8, 3600, "1", "2", "3");
        HttpResponse<String> answer = new Multipart().file("metricsFile", "metrics.json", metrics)
                .file("clusterFile", "cluster.json", Exports.cluster("us-east-1", "kafka.m7g.large", 3))
                .post(URI.create(server.url("/api/v1/rightsize")));

        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        assertThat(schemaFields("/api/v1/rightsize", "post")).isEqualTo(new TreeSet<>(fieldNames(Json.mapper().readTree(answer.body()))));
    }

    @Test
    void the_schema_of_the_compare_answer_has_exactly_its_top_level_fields() throws Exception {
        HttpResponse<String> answer = post("/api/v1/plan/compare", """
                {"scenarios": [{"plan": {"avgIngressMBps": 5, "breakEven": false}}, {"plan": {"avgIngressMBps": 50, "breakEven": false}}]}""",
                "application/json");

        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        assertThat(schemaFields("/api/v1/plan/compare", "post")).isEqualTo(new TreeSet<>(fieldNames(Json.mapper().readTree(answer.body()))));
        assertThat(fieldNames(document.at("/components/schemas/ComparisonRow/properties")))
                .containsAll(fieldNames(Json.mapper().readTree(answer.body()).at("/rows/0")));
    }

    @Test
    void the_problem_schema_has_the_fields_of_a_real_400() throws Exception {
        HttpResponse<String> answer = server.get("/api/v1/plan?avgIngressMBps=-1");
        JsonNode problem = document.at("/components/schemas/Problem/properties");

        assertThat(answer.statusCode()).isEqualTo(400);
        assertThat(fieldNames(problem)).containsAll(fieldNames(Json.mapper().readTree(answer.body())));
    }

    @Test
    void the_api_page_lists_every_path_of_the_document() throws Exception {
        String page = server.get("/api").body();

        for (String path : fieldNames(document.path("paths"))) {
            assertThat(page).as(path).contains(path);
        }
    }

    private Set<String> schemaFields(String path, String method) {
        JsonNode schema = document.path("paths").path(path).path(method).at("/responses/200/content/application~1json/schema");
        String ref = schema.path("$ref").asText();
        JsonNode resolved = ref.isEmpty() ? schema : document.at(ref.substring(1));
        return new TreeSet<>(fieldNames(resolved.path("properties")));
    }

    private static JsonNode parameterNamed(JsonNode parameters, String name) {
        for (JsonNode p : parameters) {
            if (p.path("name").asText().equals(name)) {
                return p;
            }
        }
        throw new AssertionError("no parameter " + name + " in " + parameters);
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private HttpResponse<String> send(String method, String path) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(server.url(path)))
                .method(method, HttpRequest.BodyPublishers.noBody()).build();
        return client.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(String path, String body, String type) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(server.url(path))).header("Content-Type", type)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
        return client.send(request, HttpResponse.BodyHandlers.ofString());
    }
}
