package mskplanner.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import mskplanner.testing.Http;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The server log (slf4j-simple, on standard error) gets method and path of failures, never headers or query strings,
 * which is where credentials travel.
 */
class LogHygieneTest {
    private static final String SECRET = "AKIAIOSFODNN7EXAMPLE-wJalrXUtnFEMI";
    private final ByteArrayOutputStream captured = new ByteArrayOutputStream();
    private PrintStream originalErr;
    private Http http;

    @BeforeEach
    void captureStandardError() {
        originalErr = System.err;
        System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
        http = Http.start(FailingRoutes.app());
    }

    @AfterEach
    void restoreStandardError() {
        http.close();
        System.setErr(originalErr);
    }

    private String[] secretHeaders() {
        return new String[] {"Authorization", "Bearer " + SECRET, "X-Amz-Security-Token", SECRET, "Cookie", "session=" + SECRET};
    }

    @Test
    void a_failing_request_is_logged_without_its_headers_or_query() throws Exception {
        http.get(FailingRoutes.EXCEPTION + "?token=" + SECRET + "&X-Amz-Signature=" + SECRET, secretHeaders());
        String log = captured.toString(StandardCharsets.UTF_8);
        assertThat(log).contains("unexpected error on GET " + FailingRoutes.EXCEPTION);
        assertThat(log).doesNotContain(SECRET);
    }

    @Test
    void bad_input_too_large_bodies_and_unknown_paths_log_no_secrets() throws Exception {
        http.get("/api/v1/prices?region=" + SECRET, secretHeaders());
        http.get("/nothing?token=" + SECRET, secretHeaders());
        http.post("/api/v1/estimate?token=" + SECRET, "{\"region\": \"x\"" + " ".repeat(1_000_001) + "}", secretHeaders());
        http.get(FailingRoutes.ERROR + "?token=" + SECRET, secretHeaders());
        String log = captured.toString(StandardCharsets.UTF_8);
        assertThat(log).contains("unexpected error");
        assertThat(log).doesNotContain(SECRET);
    }
}
