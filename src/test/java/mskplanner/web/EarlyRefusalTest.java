package mskplanner.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.stream.Stream;
import mskplanner.testing.Http;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A request refused before any handler read its body (a guard, an unknown path, a wrong method, a body over the cap)
 * still gets its answer while the client is busy sending the body, and the client's next request on its pooled
 * connection is answered too: every error answer reads what is left of the body first, or says "Connection: close".
 */
class EarlyRefusalTest {
    /** Large enough that the client is still sending when the refusal is ready; under the 1,000,000-byte cap. */
    private static final String BODY = "{\"avgIngressMBps\": 10" + " ".repeat(900_000) + "}";
    private static final String OVER_CAP = "{\"avgIngressMBps\": 10" + " ".repeat(1_200_000) + "}";
    private static Http http;
    private final HttpClient client = HttpClient.newHttpClient();

    @BeforeAll
    static void start() {
        http = Http.start();
    }

    @AfterAll
    static void stop() {
        http.close();
    }

    static Stream<Arguments> refusals() {
        return Stream.of(
                Arguments.of("method override header", "POST", "/api/v1/plan", BODY, "X-HTTP-Method-Override", 400),
                Arguments.of("query parameter given twice", "POST", "/api/v1/plan?breakEven=false&breakEven=true", BODY, null, 400),
                Arguments.of("unknown path", "POST", "/api/v1/nothing", BODY, null, 404),
                Arguments.of("method the route does not take", "PUT", "/api/v1/plan", BODY, null, 405),
                Arguments.of("body over the cap", "POST", "/api/v1/estimate", OVER_CAP, null, 413));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("refusals")
    void a_refusal_reaches_a_client_still_sending_and_its_next_request_is_answered(String kind, String method, String path,
            String body, String header, int status) throws Exception {
        for (int i = 0; i < 5; i++) {
            HttpRequest.Builder request = HttpRequest.newBuilder(http.uri(path)).header("Content-Type", "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofString(body));
            if (header != null) {
                request.header(header, "GET");
            }
            HttpResponse<String> refused = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
            assertThat(refused.statusCode()).as(kind).isEqualTo(status);
            assertThat(refused.body()).as(kind).isNotEmpty();
            HttpResponse<String> health = client.send(HttpRequest.newBuilder(http.uri("/health")).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(health.statusCode()).as(kind).isEqualTo(200);
        }
    }
}
