package mskplanner.web.sheets;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import mskplanner.app.Json;
import mskplanner.testing.Http;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** A wrong method on an API route is a 405 naming the right ones; {@code _} (a cache-buster) is accepted once. */
class MethodsAndCacheBusterTest {
    private static final HttpClient CLIENT = HttpClient.newHttpClient();
    private static Http http;

    @BeforeAll
    static void start() {
        http = Http.start();
    }

    @AfterAll
    static void stop() {
        http.close();
    }

    private static HttpResponse<String> send(String method, String path) throws Exception {
        return CLIENT.send(HttpRequest.newBuilder(http.uri(path)).method(method, HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @ParameterizedTest
    @CsvSource({
        "GET, /api/v1/plan/batch, POST",
        "GET, /api/v1/rightsize, POST",
        "PUT, /api/v1/plan, 'GET, POST'",
        "DELETE, /api/v1/estimate, 'GET, POST'",
        "POST, /api/v1/prices, GET",
        "PATCH, /api/v1/instance-types, GET",
        "POST, /api/v1/break-even, GET"})
    void a_wrong_method_is_a_405_with_an_allow_header(String method, String path, String allow) throws Exception {
        HttpResponse<String> r = send(method, path);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(405);
        assertThat(r.headers().firstValue("Allow")).hasValue(allow);
        assertThat(r.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
        assertThat(Json.mapper().readTree(r.body()).get("detail").asText())
                .isEqualTo(method + " is not accepted on " + path + ": use " + allow);
    }

    @Test
    void an_unknown_api_path_is_still_a_404() throws Exception {
        assertThat(http.get("/api/v1/nope").statusCode()).isEqualTo(404);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/v1/plan?avgIngressMBps=10&_=123", "/api/v1/plan?avgIngressMBps=10&format=csv&_=123",
        "/api/v1/break-even?avgIngressMBps=10&_=1", "/api/v1/estimate?c0.type=connect&c0.mcus=2&_=1",
        "/api/v1/prices?_=1", "/api/v1/instance-types?_=1", "/plan?avgIngressMBps=10&_=1", "/estimate?_=1", "/rightsize?_=1"})
    void the_cache_buster_is_accepted_and_ignored_on_every_get(String path) throws Exception {
        HttpResponse<String> r = http.get(path);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        assertThat(r.body()).isEqualTo(http.get(path.replaceAll("[?&]_=\\d+$", "")).body());
    }

    @Test
    void the_cache_buster_given_twice_is_refused_like_any_repeated_parameter() throws Exception {
        HttpResponse<String> r = http.get("/api/v1/plan?avgIngressMBps=10&_=1&_=2");
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.body()).contains("query parameter '_' is given 2 times");
    }

    @Test
    void unknown_parameters_other_than_the_cache_buster_are_still_refused() throws Exception {
        assertThat(http.get("/api/v1/plan?avgIngressMBps=10&__=1").statusCode()).isEqualTo(400);
    }

}
