package mskplanner.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.javalin.Javalin;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.net.Socket;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import mskplanner.testing.Fixtures;
import mskplanner.testing.Http;
import org.junit.jupiter.api.Test;

/**
 * Overload and slow clients, with limits made tiny so that one held request fills the server: what is shed gets a 503
 * with Retry-After at once, what is too slow is closed, and everything else keeps answering. Plan workers are held
 * busy by a gate route that runs on them and waits until the test opens the gate, so the tests assert on what is
 * answered while the workers are busy, not on how long anything took.
 */
class OverloadTest {
    private static final String PLAN_QUERY = "/api/v1/plan?avgIngressMBps=10&peakIngressMBps=20&breakEven=false";
    private static final String BATCH = "avgIngressMBps,peakIngressMBps\n10,20\n";
    private static final String GATE = "/test/gate";

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
    void a_plan_that_finds_the_only_worker_busy_and_no_waiting_place_is_shed_with_503_and_retry_after() throws Exception {
        try (GatedServer server = new GatedServer(LoadLimits.DEFAULTS.withConcurrentPlans(1, Duration.ofSeconds(30)).withQueuedPlans(0))) {
            CompletableFuture<HttpResponse<String>> held = server.holdWorker();

            HttpResponse<String> shed = server.http.get(PLAN_QUERY);

            // Answered while the gate still holds the worker: the 503 did not wait for a worker to come free.
            assertThat(held).isNotDone();
            assertThat(shed.statusCode()).isEqualTo(503);
            assertThat(shed.headers().firstValue("Retry-After")).hasValue("1");
            assertThat(shed.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
            assertThat(shed.body()).contains("busy");
            server.release();
            assertThat(held.get(10, TimeUnit.SECONDS).statusCode()).isEqualTo(200);
        }
    }

    @Test
    void a_plan_whose_waiting_place_does_not_reach_a_worker_within_the_wait_is_shed_with_503() throws Exception {
        try (GatedServer server = new GatedServer(LoadLimits.DEFAULTS.withConcurrentPlans(1, Duration.ofMillis(100)).withQueuedPlans(1))) {
            CompletableFuture<HttpResponse<String>> held = server.holdWorker();

            HttpResponse<String> waited = server.http.get(PLAN_QUERY);

            assertThat(held).isNotDone();
            assertThat(waited.statusCode()).isEqualTo(503);
            assertThat(waited.headers().firstValue("Retry-After")).hasValue("1");
            assertThat(waited.body()).contains("no plan worker was free within 100 ms");
        }
    }

    @Test
    void the_shedding_log_line_says_how_many_were_refused_at_once_how_soon_after_arrival_and_how_many_after_waiting() throws Exception {
        String atOnce = standardErrorOf(() -> {
            try (GatedServer server = new GatedServer(LoadLimits.DEFAULTS.withConcurrentPlans(1, Duration.ofSeconds(30)).withQueuedPlans(0))) {
                server.holdWorker();
                assertThat(server.http.get(PLAN_QUERY).statusCode()).isEqualTo(503);
                server.release();
            }
        });
        String afterWait = standardErrorOf(() -> {
            try (GatedServer server = new GatedServer(LoadLimits.DEFAULTS.withConcurrentPlans(1, Duration.ofMillis(100)).withQueuedPlans(1))) {
                server.holdWorker();
                assertThat(server.http.get(PLAN_QUERY).statusCode()).isEqualTo(503);
                server.release();
            }
        });

        // a fresh server logs its first refusal at once; the figure is a duration, not asserted against the clock
        assertThat(atOnce).containsPattern("overloaded: shed 1 requests for plans with 503 .*: 1 at once, the slowest "
                + "\\d+\\.\\d{3} ms after Jetty began parsing it, 0 after waiting for a place; 1 shed since start");
        assertThat(afterWait).containsPattern("overloaded: shed 1 requests for plans .*: 0 at once, the slowest "
                + "0\\.000 ms after Jetty began parsing it, 1 after waiting for a place");
    }

    @Test
    void health_answers_while_every_plan_worker_is_busy_and_every_waiting_place_taken() throws Exception {
        try (GatedServer server = new GatedServer(LoadLimits.DEFAULTS.withConcurrentPlans(2, Duration.ofSeconds(30)).withQueuedPlans(2))) {
            List<CompletableFuture<HttpResponse<String>>> held = List.of(server.holdWorker(), server.holdWorker());
            // Three more for two waiting places: exactly one is shed, and nothing else can finish while the gate is shut.
            List<CompletableFuture<HttpResponse<String>>> more = List.of(server.send(GATE), server.send(GATE), server.send(GATE));
            HttpResponse<String> shed = (HttpResponse<String>) CompletableFuture.anyOf(more.toArray(CompletableFuture[]::new))
                    .get(10, TimeUnit.SECONDS);

            HttpResponse<String> health = server.http.get("/health");

            assertThat(shed.statusCode()).isEqualTo(503);
            assertThat(health.statusCode()).isEqualTo(200);
            assertThat(health.body()).isEqualTo("ok");
            assertThat(held).noneMatch(CompletableFuture::isDone);
            server.release();
            for (CompletableFuture<HttpResponse<String>> answer : held) {
                assertThat(answer.get(10, TimeUnit.SECONDS).statusCode()).isEqualTo(200);
            }
        }
    }

    @Test
    void a_burst_beyond_the_workers_and_waiting_places_is_answered_in_full_with_200s_or_503s() throws Exception {
        try (GatedServer server = new GatedServer(LoadLimits.DEFAULTS.withConcurrentPlans(1, Duration.ofSeconds(30)).withQueuedPlans(2))) {
            CompletableFuture<HttpResponse<String>> held = server.holdWorker();
            List<CompletableFuture<HttpResponse<String>>> burst = new ArrayList<>();
            for (int i = 0; i < 40; i++) {
                burst.add(server.send(i % 2 == 0 ? PLAN_QUERY : GATE));
            }
            // Two of the burst wait; the other 38 find every place taken and are answered while the gate is still shut.
            List<CompletableFuture<HttpResponse<String>>> answered = awaitAnswers(burst, 38);
            assertThat(answered).hasSize(38).allSatisfy(a -> assertThat(a.join().statusCode()).isEqualTo(503));
            assertThat(held).isNotDone();
            server.release();

            int ok = 0;
            int busy = 0;
            List<CompletableFuture<HttpResponse<String>>> all = new ArrayList<>(burst);
            all.add(held);
            for (CompletableFuture<HttpResponse<String>> answer : all) {
                HttpResponse<String> response = answer.get(30, TimeUnit.SECONDS);
                if (response.statusCode() == 503) {
                    busy++;
                    assertThat(response.headers().firstValue("Retry-After")).hasValue("1");
                } else {
                    ok++;
                    assertThat(response.statusCode()).isEqualTo(200);
                }
            }
            assertThat(ok).isEqualTo(3);
            assertThat(busy).isEqualTo(38);
        }
    }

    @Test
    void a_shed_plan_is_served_once_the_worker_is_free_again() throws Exception {
        try (GatedServer server = new GatedServer(LoadLimits.DEFAULTS.withConcurrentPlans(1, Duration.ZERO).withQueuedPlans(0))) {
            CompletableFuture<HttpResponse<String>> held = server.holdWorker();
            assertThat(server.http.get(PLAN_QUERY).statusCode()).isEqualTo(503);
            server.release();
            assertThat(held.get(10, TimeUnit.SECONDS).statusCode()).isEqualTo(200);

            assertThat(server.http.get(PLAN_QUERY).statusCode()).isEqualTo(200);
        }
    }

    @Test
    void a_client_that_hangs_up_while_its_plan_runs_leaves_no_stack_trace_and_the_worker_serves_the_next_plan() throws Exception {
        assertThat(standardErrorOf(() -> {
            try (GatedServer server = new GatedServer(LoadLimits.DEFAULTS.withConcurrentPlans(1, Duration.ofSeconds(10)).withQueuedPlans(1))) {
                Socket gone = new Socket("127.0.0.1", server.http.port());
                gone.getOutputStream().write(("GET " + GATE + " HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
                gone.getOutputStream().flush();
                assertThat(server.entered.tryAcquire(10, TimeUnit.SECONDS)).as("a worker runs the gate request").isTrue();
                // The next plan waits for the only worker, so its answer comes after the hung-up request was finished.
                CompletableFuture<HttpResponse<String>> next = server.send(PLAN_QUERY);
                gone.close();
                Thread.sleep(200);
                server.release();

                assertThat(next.get(10, TimeUnit.SECONDS).statusCode()).isEqualTo(200);
            }
        })).doesNotContain("\tat ").doesNotContain("Exception");
    }

    @Test
    void a_server_stopped_while_a_plan_runs_and_one_waits_logs_no_stack_trace() throws Exception {
        assertThat(standardErrorOf(() -> {
            GatedServer server = new GatedServer(LoadLimits.DEFAULTS.withConcurrentPlans(1, Duration.ofSeconds(10)).withQueuedPlans(1));
            CompletableFuture<HttpResponse<String>> held = server.holdWorker();
            CompletableFuture<HttpResponse<String>> waiting = server.send(PLAN_QUERY);
            Thread.sleep(200);
            server.http.close();
            server.release();
            // The worker finishes the gate request after its server stopped; give it a moment to try to answer.
            Thread.sleep(500);
            held.cancel(true);
            waiting.cancel(true);
        })).doesNotContain("\tat ").doesNotContain("Exception");
    }

    private interface Steps {
        void run() throws Exception;
    }

    /** What the server logged (slf4j-simple writes to standard error) while {@code steps} ran. */
    private static String standardErrorOf(Steps steps) throws Exception {
        PrintStream originalErr = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            steps.run();
        } finally {
            System.setErr(originalErr);
        }
        return captured.toString(StandardCharsets.UTF_8);
    }

    /** The answers that have come, once {@code count} have (bounded: at most 10 s of polling). */
    private static List<CompletableFuture<HttpResponse<String>>> awaitAnswers(
            List<CompletableFuture<HttpResponse<String>>> requests, int count) throws InterruptedException {
        List<CompletableFuture<HttpResponse<String>>> done = List.of();
        for (int i = 0; i < 200 && done.size() < count; i++) {
            Thread.sleep(50);
            done = requests.stream().filter(CompletableFuture::isDone).toList();
        }
        return done;
    }

    /**
     * The real app with one more route on its plan workers, {@code /test/gate}, which holds its worker until the test
     * opens the gate: the workers are busy for exactly as long as the test says.
     */
    private static final class GatedServer implements AutoCloseable {
        private final CountDownLatch gate = new CountDownLatch(1);
        private final Semaphore entered = new Semaphore(0);
        private final HttpClient client = HttpClient.newHttpClient();
        private final Http http;

        GatedServer(LoadLimits limits) {
            PlanWorkers plans = new PlanWorkers(limits);
            Javalin app = WebApp.create(Fixtures.bundled(), Clock.systemUTC(), limits, WebApp.Forwarding.IGNORED, plans);
            app.unsafe.routes.get(GATE, plans.guard(ctx -> {
                entered.release();
                ctx.result(gate.await(30, TimeUnit.SECONDS) ? "released" : "gate timed out");
            }));
            http = Http.start(app);
        }

        /** A gate request, once a worker runs it. */
        CompletableFuture<HttpResponse<String>> holdWorker() throws InterruptedException {
            CompletableFuture<HttpResponse<String>> answer = send(GATE);
            assertThat(entered.tryAcquire(10, TimeUnit.SECONDS)).as("a worker runs the gate request").isTrue();
            return answer;
        }

        CompletableFuture<HttpResponse<String>> send(String path) {
            HttpRequest request = HttpRequest.newBuilder(http.uri(path)).timeout(Duration.ofSeconds(30)).GET().build();
            return client.sendAsync(request, HttpResponse.BodyHandlers.ofString());
        }

        void release() {
            gate.countDown();
        }

        @Override
        public void close() {
            gate.countDown();
            http.close();
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
