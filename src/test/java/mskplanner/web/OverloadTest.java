package mskplanner.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import mskplanner.testing.Fixtures;
import mskplanner.testing.Http;
import org.junit.jupiter.api.Test;

/**
 * Overload and slow clients, with limits made tiny so that one held request fills the server: what is shed gets a 503
 * with Retry-After at once, what is too slow is closed, and everything else keeps answering.
 */
class OverloadTest {
    private static final String PLAN_QUERY = "/api/v1/plan?avgIngressMBps=10&peakIngressMBps=20&breakEven=false";
    private static final String BATCH = "avgIngressMBps,peakIngressMBps\n10,20\n";

    private static Http start(LoadLimits limits) {
        return Http.start(WebApp.create(Fixtures.bundled(), Clock.systemUTC(), limits));
    }

    /** A POST whose body never comes whole: its handler holds its place until the socket closes. */
    private static Socket holdPost(int port, String path) throws IOException {
        Socket socket = new Socket("127.0.0.1", port);
        socket.setSoTimeout(10_000);
        socket.getOutputStream().write(("POST " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
                + "Content-Length: 1000\r\n\r\n{\"avgIngr").getBytes(StandardCharsets.ISO_8859_1));
        socket.getOutputStream().flush();
        return socket;
    }

    /** A held request and the first request shed while it holds the only place. */
    private record Held(Socket socket, HttpResponse<String> shed) implements AutoCloseable {
        @Override
        public void close() throws IOException {
            socket.close();
        }
    }

    /**
     * Holds the only place and sends {@code path} until it is shed. The held request reaches its handler a moment after
     * its bytes are sent; if a probe got there first, the held one was answered (shed) instead and is sent again.
     */
    private static Held hold(Http http, String heldPath, String path, String body) throws Exception {
        Socket held = holdPost(http.port(), heldPath);
        HttpResponse<String> response = null;
        for (int i = 0; i < 100; i++) {
            Thread.sleep(50);
            response = body == null ? http.get(path) : http.post(path, body, "Content-Type", "text/csv");
            if (response.statusCode() == 503) {
                return new Held(held, response);
            }
            if (held.getInputStream().available() > 0) {
                held.close();
                held = holdPost(http.port(), heldPath);
            }
        }
        return new Held(held, response);
    }

    @Test
    void a_plan_that_finds_no_free_place_is_shed_with_503_and_retry_after() throws Exception {
        try (Http http = start(LoadLimits.DEFAULTS.withConcurrentPlans(1, Duration.ZERO));
             Held held = hold(http, "/api/v1/plan", PLAN_QUERY, null)) {
            HttpResponse<String> shed = held.shed();

            assertThat(shed.statusCode()).isEqualTo(503);
            assertThat(shed.headers().firstValue("Retry-After")).hasValue("1");
            assertThat(shed.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
            assertThat(shed.body()).contains("busy");
            assertThat(http.get("/health").statusCode()).isEqualTo(200);
        }
    }

    @Test
    void a_shed_plan_is_served_once_the_place_is_free_again() throws Exception {
        try (Http http = start(LoadLimits.DEFAULTS.withConcurrentPlans(1, Duration.ZERO))) {
            Held held = hold(http, "/api/v1/plan", PLAN_QUERY, null);
            assertThat(held.shed().statusCode()).isEqualTo(503);
            held.close();

            int status = 503;
            for (int i = 0; i < 100 && status == 503; i++) {
                status = http.get(PLAN_QUERY).statusCode();
                Thread.sleep(status == 503 ? 50 : 0);
            }
            assertThat(status).isEqualTo(200);
        }
    }

    @Test
    void a_batch_beyond_the_admitted_number_gets_503_at_once() throws Exception {
        try (Http http = start(LoadLimits.DEFAULTS.withConcurrentBatches(1));
             Held held = hold(http, "/api/v1/plan/batch", "/api/v1/plan/batch", BATCH)) {
            HttpResponse<String> shed = held.shed();

            assertThat(shed.statusCode()).isEqualTo(503);
            assertThat(shed.headers().firstValue("Retry-After")).hasValue("10");
            assertThat(http.get(PLAN_QUERY).statusCode()).isEqualTo(200);
        }
    }

    @Test
    void a_client_that_trickles_its_request_head_is_closed_after_the_header_deadline() throws Exception {
        try (Http http = start(LoadLimits.DEFAULTS.withDeadlines(Duration.ofMillis(300), Duration.ofSeconds(5)));
             Socket socket = new Socket("127.0.0.1", http.port())) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream().write("GET /health HTTP/1.1\r\nHost: 127.0.0.1\r\n".getBytes(StandardCharsets.ISO_8859_1));
            boolean closed = false;
            // One header byte every 50 ms keeps the connection busy for the idle timeout; at most 4 s of trickling.
            for (int i = 0; i < 80 && !closed; i++) {
                try {
                    socket.getOutputStream().write('X');
                    socket.getOutputStream().flush();
                    Thread.sleep(50);
                    closed = socket.getInputStream().available() == 0 && peerClosed(socket);
                } catch (IOException e) {
                    closed = true;
                }
            }
            assertThat(closed).isTrue();
        }
    }

    @Test
    void a_client_that_never_finishes_its_body_is_closed_after_the_body_deadline() throws Exception {
        try (Http http = start(LoadLimits.DEFAULTS.withDeadlines(Duration.ofSeconds(5), Duration.ofMillis(300)));
             Socket held = holdPost(http.port(), "/api/v1/plan")) {
            InputStream in = held.getInputStream();
            // The socket's 10 s read timeout bounds this; the deadline closes it long before.
            byte[] answer = in.readAllBytes();

            assertThat(new String(answer, StandardCharsets.ISO_8859_1)).doesNotContain("200 OK");
            assertThat(http.get("/health").statusCode()).isEqualTo(200);
        }
    }

    @Test
    void a_keep_alive_connection_idle_past_the_header_deadline_still_serves_its_next_request() throws Exception {
        try (Http http = start(LoadLimits.DEFAULTS.withDeadlines(Duration.ofMillis(200), Duration.ofSeconds(5)))) {
            assertThat(http.get("/health").statusCode()).isEqualTo(200);
            Thread.sleep(600);

            assertThat(http.get("/health").statusCode()).isEqualTo(200);
        }
    }

    private static boolean peerClosed(Socket socket) throws IOException {
        socket.setSoTimeout(1);
        try {
            return socket.getInputStream().read() < 0;
        } catch (java.net.SocketTimeoutException e) {
            return false;
        } finally {
            socket.setSoTimeout(10_000);
        }
    }
}
