package mskplanner.web.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.Javalin;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import mskplanner.app.Json;
import mskplanner.testing.Fixtures;
import mskplanner.testing.RawHttp;
import mskplanner.web.WebApp;
import net.jqwik.api.statistics.Statistics;

/**
 * The real server on a random loopback port, and the one rule every fuzzed answer must keep: no 5xx, every error is
 * problem+json with its own status inside, every success is JSON or CSV as asked.
 */
final class FuzzServer implements AutoCloseable {
    private static final Duration TIMEOUT = Duration.ofSeconds(20);
    private static final int SHOWN_CHARS = 400;

    private final Javalin app = WebApp.create(Fixtures.bundled()).start("127.0.0.1", 0);
    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(TIMEOUT).build();

    int port() {
        return app.port();
    }

    HttpResponse<String> post(String pathAndQuery, byte[] body, String contentType, String accept) {
        HttpRequest.Builder b = HttpRequest.newBuilder(uri(pathAndQuery)).timeout(TIMEOUT)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        if (contentType != null) {
            b.header("Content-Type", contentType);
        }
        if (accept != null) {
            b.header("Accept", accept);
        }
        return send(b.build());
    }

    HttpResponse<String> get(String pathAndQuery) {
        return send(HttpRequest.newBuilder(uri(pathAndQuery)).timeout(TIMEOUT).GET().build());
    }

    private URI uri(String pathAndQuery) {
        return URI.create("http://127.0.0.1:" + port() + pathAndQuery);
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new AssertionError(request.method() + " " + request.uri() + ": the server gave no answer: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }

    /**
     * The contract for any input: a 2xx in the format asked for, or a 4xx problem+json (an HTML page may instead
     * answer with itself, showing the error beside the input; a CSV request gets the problem as a CSV row). Never a 5xx.
     */
    static void assertWellBehaved(String input, HttpResponse<String> r) {
        Statistics.label("status").collect(r.statusCode() / 100 + "xx");
        String what = r.request().method() + " " + r.request().uri() + " with " + shorten(input) + "\n -> " + r.statusCode()
                + " " + shorten(r.body());
        assertThat(r.statusCode()).as(what).isBetween(200, 499);
        String contentType = r.headers().firstValue("Content-Type").orElse("");
        if (r.statusCode() >= 400 && contentType.startsWith("text/csv")) {
            assertCsvProblem(what, r.statusCode(), r.body());
        } else if (r.statusCode() >= 400 && !(isPage(r) && contentType.startsWith("text/html"))) {
            assertThat(contentType).as(what).isEqualTo("application/problem+json");
            JsonNode problem = parse(what, r.body());
            assertThat(problem.path("status").asInt()).as(what).isEqualTo(r.statusCode());
            assertThat(problem.path("title").asText()).as(what).isNotBlank();
            assertThat(problem.path("detail").asText()).as(what).isNotBlank();
        } else if (contentType.startsWith("application/json")) {
            parse(what, r.body());
        } else {
            assertThat(contentType).as(what).startsWith("text/");
            assertThat(r.body()).as(what).isNotEmpty();
        }
    }

    /** A CSV error: the header names the columns, the row has the sentence and the same status. */
    private static void assertCsvProblem(String what, int status, String body) {
        java.util.List<java.util.List<String>> rows = mskplanner.app.CsvReader.parse(body);
        assertThat(rows).as(what).hasSizeBetween(1, 2);
        java.util.List<String> row = rows.get(rows.size() - 1);
        if (rows.size() == 2) {
            assertThat(rows.get(0)).as(what).containsExactly("error", "field", "value", "allowed", "status", "type");
        }
        assertThat(row.get(0)).as(what).isNotBlank();
        assertThat(row.get(4)).as(what).isEqualTo(String.valueOf(status));
    }

    private static boolean isPage(HttpResponse<String> r) {
        String path = r.request().uri().getPath();
        return !path.startsWith("/api/v1/") && !path.equals("/health");
    }

    /** The same contract for a request sent as raw text ({@code input} starts with its request line). */
    static void assertWellBehaved(String input, RawHttp.Response r) {
        Statistics.label("status").collect(r.status() / 100 + "xx");
        String what = input + "\n -> " + r.status() + " " + shorten(r.body());
        assertThat(r.status()).as(what).isBetween(200, 499);
        String path = input.split(" ", 3)[1];
        boolean page = !path.startsWith("/api/v1/") && !path.startsWith("/health");
        String contentType = String.valueOf(r.header("Content-Type"));
        if (r.status() >= 400 && contentType.startsWith("text/csv")) {
            assertCsvProblem(what, r.status(), r.body());
        } else if (r.status() >= 400 && !(page && contentType.startsWith("text/html"))) {
            assertThat(contentType).as(what).isEqualTo("application/problem+json");
            assertThat(parse(what, r.body()).path("status").asInt()).as(what).isEqualTo(r.status());
        }
    }

    /**
     * Fails the property unless its tries got both accepted and refused: a generator that only ever produces garbage
     * (or only valid requests) would pass while testing little.
     */
    static void requireAcceptedAndRefused() {
        Statistics.label("status").coverage(c -> {
            c.check("2xx").count(n -> n > 0);
            c.check("4xx").count(n -> n > 0);
        });
    }

    void assertStillServing() {
        HttpResponse<String> r = get("/health");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).isEqualTo("ok");
    }

    private static JsonNode parse(String what, String body) {
        try {
            return Json.mapper().readTree(body);
        } catch (IOException e) {
            throw new AssertionError(what + "\n the body is not JSON: " + e.getMessage(), e);
        }
    }

    static String shorten(String s) {
        return s.length() <= SHOWN_CHARS ? s : s.substring(0, SHOWN_CHARS) + "... (" + s.length() + " chars)";
    }

    @Override
    public void close() {
        app.stop();
    }
}
