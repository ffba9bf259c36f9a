package mskplanner.web.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.function.Function;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.AfterProperty;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * Hostile bodies for every JSON endpoint ({@link Endpoints#JSON_POSTS}): whatever arrives, the answer is a 2xx or a
 * problem+json 4xx, and the server keeps serving.
 */
class JsonBodyFuzzTest {
    private static FuzzServer server;

    /** One request to one endpoint. */
    record Case(Endpoints.JsonPost endpoint, String body) {
        @Override
        public String toString() {
            return endpoint + " " + FuzzServer.shorten(body);
        }
    }

    @BeforeContainer
    static void start() {
        server = new FuzzServer();
    }

    @AfterContainer
    static void stop() {
        server.close();
    }

    @AfterProperty
    void the_server_still_answers_its_health_check() {
        server.assertStillServing();
    }

    private static void post(Case c) {
        post(c.endpoint().path(), c.body().getBytes(StandardCharsets.UTF_8), "application/json", c.body());
    }

    private static void post(String pathAndQuery, byte[] body, String contentType, String shown) {
        FuzzServer.assertWellBehaved(shown, server.post(pathAndQuery, body, contentType, null));
    }

    private static Arbitrary<Case> cases(Function<Endpoints.JsonPost, Arbitrary<String>> bodies) {
        return Arbitraries.of(Endpoints.JSON_POSTS).flatMap(e -> bodies.apply(e).map(body -> new Case(e, body)));
    }

    @Property
    void any_json_value_as_the_body(@ForAll("anyJson") Case c) {
        post(c);
    }

    @Provide
    Arbitrary<Case> anyJson() {
        return cases(e -> JsonFuzz.value(Endpoints.FIELD_NAMES));
    }

    @Property
    void a_valid_request_with_one_value_replaced_by_an_edge_number(@ForAll("edgeNumberInside") Case c) {
        post(c);
        FuzzServer.requireAcceptedAndRefused();
    }

    @Provide
    Arbitrary<Case> edgeNumberInside() {
        return cases(e -> JsonFuzz.withOneValueReplaced(e.validBody(), JsonFuzz.edgeNumber()));
    }

    @Property
    void a_valid_request_with_one_value_of_another_type(@ForAll("otherTypeInside") Case c) {
        post(c);
    }

    @Provide
    Arbitrary<Case> otherTypeInside() {
        return cases(e -> JsonFuzz.withOneValueReplaced(e.validBody(), JsonFuzz.value(Endpoints.FIELD_NAMES)));
    }

    @Property
    void a_valid_request_with_a_field_removed_added_or_duplicated(@ForAll("fieldsChanged") Case c) {
        post(c);
        FuzzServer.requireAcceptedAndRefused();
    }

    @Provide
    Arbitrary<Case> fieldsChanged() {
        return cases(e -> JsonFuzz.withFieldsChanged(e.validBody(), Endpoints.FIELD_NAMES));
    }

    @Property
    void a_valid_request_with_broken_syntax(@ForAll("brokenSyntax") Case c) {
        post(c);
        FuzzServer.requireAcceptedAndRefused();
    }

    @Provide
    Arbitrary<Case> brokenSyntax() {
        return cases(e -> JsonFuzz.malformed(e.validBody()));
    }

    @Property(tries = 200)
    void random_bytes_in_any_content_type(@ForAll("endpoints") Endpoints.JsonPost endpoint, @ForAll byte[] body,
                                          @ForAll("contentTypes") String contentType) {
        post(endpoint.path(), body, contentType, contentType + " bytes " + Arrays.toString(body));
    }

    @Provide
    Arbitrary<Endpoints.JsonPost> endpoints() {
        return Arbitraries.of(Endpoints.JSON_POSTS);
    }

    @Provide
    Arbitrary<String> contentTypes() {
        return Arbitraries.of("application/json", "application/json; charset=utf-16", "application/json; charset=nonsense",
                "text/plain", "text/csv", "application/x-www-form-urlencoded", "multipart/form-data; boundary=x");
    }

    @Property(tries = 200)
    void any_format_and_accept_header_with_a_valid_body(@ForAll("endpoints") Endpoints.JsonPost endpoint,
                                                        @ForAll("formats") String format, @ForAll("accepts") String accept) {
        String query = format == null ? "" : "?format=" + URLEncoder.encode(format, StandardCharsets.UTF_8);
        HttpResponse<String> r = server.post(endpoint.path() + query, endpoint.validBody().getBytes(StandardCharsets.UTF_8),
                "application/json", accept);
        FuzzServer.assertWellBehaved("format=" + format + ", Accept: " + accept, r);
        FuzzServer.requireAcceptedAndRefused();
    }

    @Provide
    Arbitrary<String> formats() {
        return Arbitraries.oneOf(Arbitraries.of("csv", "json", "CSV", "Json", "xml", "", " csv", "csv,json"),
                Arbitraries.strings().all().ofMaxLength(10)).injectNull(0.1);
    }

    @Provide
    Arbitrary<String> accepts() {
        return Arbitraries.oneOf(Arbitraries.of("text/csv", "application/json", "*/*", "text/html", "text/csv;q=0",
                        "application/problem+json", "text/*, application/*;q=0.1"),
                Arbitraries.strings().withCharRange(' ', '~').ofMaxLength(20))
                .injectNull(0.2);
    }

    @Example
    void every_edge_number_in_every_position_of_every_valid_request() {
        for (Endpoints.JsonPost endpoint : Endpoints.JSON_POSTS) {
            for (var path : JsonFuzz.paths(JsonFuzz.read(endpoint.validBody()))) {
                for (String number : JsonFuzz.EDGE_NUMBERS) {
                    post(new Case(endpoint, JsonFuzz.replace(endpoint.validBody(), path, number)));
                }
            }
        }
    }

    @Example
    void arrays_nested_100000_levels_deep() {
        Endpoints.JSON_POSTS.forEach(e -> post(new Case(e, JsonFuzz.nested("[", "]", 100_000, "1"))));
    }

    @Example
    void objects_nested_100000_levels_deep() {
        Endpoints.JSON_POSTS.forEach(e -> post(new Case(e, JsonFuzz.nested("{\"clusters\":", "}", 100_000, "[]"))));
    }

    @Example
    void nesting_just_past_the_depth_cap() {
        Endpoints.JSON_POSTS.forEach(e -> post(new Case(e, JsonFuzz.nested("{\"name\":", "}", 70, "\"x\""))));
    }

    @Example
    void unterminated_deep_nesting() {
        Endpoints.JSON_POSTS.forEach(e -> post(new Case(e, "[".repeat(100_000))));
    }

    @Property(tries = 5)
    void an_oversized_body_is_a_413(@ForAll("endpoints") Endpoints.JsonPost endpoint, @ForAll("oversizedPadding") int extraBytes) {
        String body = endpoint.validBody() + " ".repeat((int) endpoint.maxBodyBytes() + extraBytes);
        HttpResponse<String> r = server.post(endpoint.path(), body.getBytes(StandardCharsets.UTF_8), "application/json", null);
        FuzzServer.assertWellBehaved("a body of " + body.length() + " bytes", r);
        assertThat(r.statusCode()).isEqualTo(413);
    }

    @Provide
    Arbitrary<Integer> oversizedPadding() {
        return Arbitraries.integers().between(1, 3_000_000);
    }
}
