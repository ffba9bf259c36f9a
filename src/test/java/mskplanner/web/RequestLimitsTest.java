package mskplanner.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import mskplanner.app.Json;
import mskplanner.testing.Http;
import mskplanner.testing.RawHttp;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.ServerConnector;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** What one request may hold: body, headers, URI and an idle connection. */
class RequestLimitsTest {
    private static final String TRANSFER_ENCODING_ECHO = "/test/transfer-encoding";
    private static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private static Http http;

    @BeforeAll
    static void start() {
        var app = WebApp.create(mskplanner.testing.Fixtures.bundled());
        // The echo reads the body before answering: answering first races the client's body and can reset the connection.
        app.unsafe.routes.post(TRANSFER_ENCODING_ECHO, ctx -> {
            ctx.bodyAsBytes();
            ctx.result(String.valueOf(ctx.header("Transfer-Encoding")));
        });
        http = Http.start(app);
    }

    @AfterAll
    static void stop() {
        http.close();
    }

    /** A body of unknown length: the JDK client then sends it chunked, with no Content-Length to check up front. */
    private static HttpResponse<String> postStreamed(String path, byte[] body) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(http.uri(path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body))).build();
        return CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private static byte[] jsonPaddedTo(int bytes) {
        String json = "{\"clusters\": [{\"type\": \"connect\", \"mcus\": 1}]}";
        return (json + " ".repeat(bytes - json.length())).getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void a_streamed_body_really_is_sent_chunked_by_the_test_client() throws Exception {
        assertThat(postStreamed(TRANSFER_ENCODING_ECHO, new byte[10]).body()).isEqualTo("chunked");
    }

    @Test
    void a_chunked_body_over_the_cap_is_a_413_problem_naming_the_cap() throws Exception {
        HttpResponse<String> r = postStreamed("/api/v1/estimate", jsonPaddedTo((int) WebApp.MAX_REQUEST_BYTES + 1));
        assertThat(r.statusCode()).isEqualTo(413);
        assertThat(r.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(r.headers().firstValue("Content-Security-Policy")).hasValue(SecurityHeaders.CONTENT_SECURITY_POLICY);
        JsonNode p = Json.mapper().readTree(r.body());
        assertThat(p.get("detail").asText()).isEqualTo("the request body is larger than 1000000 bytes");
    }

    @Test
    void a_chunked_body_at_the_cap_is_read() throws Exception {
        HttpResponse<String> r = postStreamed("/api/v1/estimate", jsonPaddedTo((int) WebApp.MAX_REQUEST_BYTES));
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    }

    @Test
    void a_client_that_waits_for_100_continue_is_refused_before_it_sends_the_body() throws Exception {
        RawHttp.Response r = RawHttp.exchange(http.port(), "POST /api/v1/estimate HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                + "Content-Type: application/json\r\nContent-Length: 5000000\r\nExpect: 100-continue\r\nConnection: close\r\n\r\n");
        assertThat(r.status()).isEqualTo(413);
        assertThat(Json.mapper().readTree(r.body()).get("detail").asText()).isEqualTo("the request body is larger than 1000000 bytes");
    }

    @Test
    void a_client_sending_a_declared_body_over_the_cap_gets_to_read_the_413() throws Exception {
        // Closing on a client that is still sending resets the connection and loses the answer; whether it is lost
        // depends on timing, so several sizes are tried (without draining, about one in seven failed here).
        for (int size = 1_100_000; size <= 4_000_000; size += 200_000) {
            HttpResponse<String> r = CLIENT.send(HttpRequest.newBuilder(http.uri("/api/v1/estimate"))
                    .POST(HttpRequest.BodyPublishers.ofByteArray(jsonPaddedTo(size))).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(r.statusCode()).as("a body of %d bytes", size).isEqualTo(413);
            assertThat(r.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        }
    }

    @Test
    void the_connection_stays_usable_after_a_refused_body() throws Exception {
        CLIENT.send(HttpRequest.newBuilder(http.uri("/api/v1/estimate"))
                .POST(HttpRequest.BodyPublishers.ofByteArray(jsonPaddedTo(3_000_000))).build(), HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> next = CLIENT.send(HttpRequest.newBuilder(http.uri("/api/v1/estimate"))
                .POST(HttpRequest.BodyPublishers.ofByteArray(jsonPaddedTo(100))).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(next.statusCode()).isEqualTo(200);
    }

    @Test
    void a_body_shorter_than_its_content_length_is_a_client_error_not_a_500() throws Exception {
        try (var socket = new java.net.Socket("127.0.0.1", http.port())) {
            socket.getOutputStream().write(("POST /api/v1/estimate HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
                    + "Content-Length: 100\r\n\r\n{\"clusters\"").getBytes(StandardCharsets.ISO_8859_1));
            socket.shutdownOutput();
            String answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.ISO_8859_1);
            assertThat(answer).startsWith("HTTP/1.1 400");
        }
    }

    @Test
    void request_headers_over_8_KiB_are_a_431() throws Exception {
        assertThat(RawHttp.exchange(http.port(), RawHttp.get("/health", "X-Big: " + "a".repeat(8 * 1024))).status()).isEqualTo(431);
    }

    @Test
    void request_headers_of_a_few_KiB_are_fine() throws Exception {
        assertThat(RawHttp.exchange(http.port(), RawHttp.get("/health", "Cookie: " + "a".repeat(4 * 1024))).status()).isEqualTo(200);
    }

    @Test
    void a_uri_over_8_KiB_is_a_414() throws Exception {
        assertThat(RawHttp.exchange(http.port(), RawHttp.get("/api/v1/prices?region=" + "a".repeat(8 * 1024))).status()).isEqualTo(414);
    }

    @Test
    void a_request_jetty_cannot_parse_is_answered_with_connection_close() throws Exception {
        RawHttp.Response r = RawHttp.exchange(http.port(), "GET /" + "a".repeat(9000) + " HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
        assertThat(r.status()).isEqualTo(414);
        assertThat(r.header("Connection")).isEqualTo("close");
    }

    @Test
    void a_keep_alive_client_can_post_after_a_414() throws Exception {
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        HttpResponse<String> tooLong = client.send(HttpRequest.newBuilder(http.uri("/health?x=" + "a".repeat(9000))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(tooLong.statusCode()).isEqualTo(414);
        HttpResponse<String> next = client.send(HttpRequest.newBuilder(http.uri("/api/v1/estimate"))
                .POST(HttpRequest.BodyPublishers.ofString("{\"clusters\": [{\"type\": \"connect\", \"mcus\": 1}]}")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(next.statusCode()).isEqualTo(200);
    }

    @Test
    void idle_connections_are_closed_after_30_seconds() {
        ServerConnector connector = (ServerConnector) http.app().jettyServer().server().getConnectors()[0];
        assertThat(connector.getIdleTimeout()).isEqualTo(30_000);
        assertThat(connector.getConnectionFactory(HttpConnectionFactory.class).getHttpConfiguration().getIdleTimeout())
                .isEqualTo(30_000);
    }
}
