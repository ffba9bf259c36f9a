package mskplanner.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;
import mskplanner.testing.Http;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Uploads no browser sends: each is a 400 (or 413) with a message, never a 500 or an exception in the handler. */
class MalformedUploadTest {
    private static final String B = "x7Yq";
    private static final String PART = "--" + B + "\r\nContent-Disposition: form-data; name=\"metricsFile\"; filename=\"m.json\"\r\n"
            + "Content-Type: application/json\r\n\r\n{\"MetricDataResults\": []}\r\n";
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

    static Stream<Arguments> uploads() {
        return Stream.of(
                Arguments.of("missing boundary", "multipart/form-data", PART + "--" + B + "--\r\n"),
                Arguments.of("truncated part", "multipart/form-data; boundary=" + B, PART.substring(0, PART.length() - 12)),
                Arguments.of("no closing delimiter", "multipart/form-data; boundary=" + B, PART),
                Arguments.of("wrong Content-Type", "application/json", "{\"metricsFile\": 1}"),
                Arguments.of("plain text", "text/plain", "hello"),
                Arguments.of("oversized part name", "multipart/form-data; boundary=" + B, "--" + B
                        + "\r\nContent-Disposition: form-data; name=\"" + "n".repeat(200_000) + "\"\r\n\r\nx\r\n--" + B + "--\r\n"),
                Arguments.of("header line without a colon", "multipart/form-data; boundary=" + B, "--" + B
                        + "\r\nthis is not a header\r\n\r\nx\r\n--" + B + "--\r\n"),
                Arguments.of("part without Content-Disposition", "multipart/form-data; boundary=" + B, "--" + B
                        + "\r\nContent-Type: application/json\r\n\r\n{}\r\n--" + B + "--\r\n"),
                Arguments.of("boundary that never appears", "multipart/form-data; boundary=other", PART + "--" + B + "--\r\n"),
                Arguments.of("random bytes", "multipart/form-data; boundary=" + B, "\u0000\u00ff--" + B + "\r\n\r\n\r\n"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("uploads")
    void a_malformed_upload_is_a_client_error_with_a_message(String kind, String contentType, String body) throws Exception {
        HttpResponse<String> response = post(contentType, body);

        assertThat(response.statusCode()).as(kind).isBetween(400, 499);
        assertThat(response.body()).doesNotContain("mskplanner.", "Exception", "jakarta", "org.eclipse");
        assertThat(http.get("/health").statusCode()).isEqualTo(200);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("uploads")
    void a_client_that_keeps_its_connection_gets_an_answer_to_its_next_request(String kind, String contentType, String body)
            throws Exception {
        // One client, one pooled connection: the 400 says "Connection: close" where Jetty will close the connection,
        // so the next requests open a new one instead of getting no answer at all.
        for (int i = 0; i < 5; i++) {
            HttpResponse<String> refused = post(contentType, body);
            assertThat(refused.statusCode()).as(kind).isBetween(400, 499);
            assertThat(refused.headers().firstValue("Connection")).as(kind).hasValue("close");
            HttpResponse<String> health = client.send(HttpRequest.newBuilder(http.uri("/health")).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(health.statusCode()).as(kind).isEqualTo(200);
        }
    }

    private HttpResponse<String> post(String contentType, String body) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(http.uri("/rightsize")).header("Content-Type", contentType)
                .header("Accept", "text/html").POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.ISO_8859_1)).build();
        return client.send(request, HttpResponse.BodyHandlers.ofString());
    }
}
