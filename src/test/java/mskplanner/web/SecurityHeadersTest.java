package mskplanner.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import java.util.stream.Stream;
import mskplanner.testing.Http;
import mskplanner.testing.RawHttp;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every kind of response, whoever writes it (a page, the API, Javalin, Jetty, a static file), carries the headers. */
class SecurityHeadersTest {
    private static Http http;

    @BeforeAll
    static void start() {
        http = Http.start(FailingRoutes.app());
    }

    @AfterAll
    static void stop() {
        http.close();
    }

    static Stream<Arguments> responses() throws IOException {
        return Stream.of(
                Arguments.of("redirect", RawHttp.get("/"), 302),
                Arguments.of("plan page", RawHttp.get("/plan"), 200),
                Arguments.of("plan page with a plan", RawHttp.get("/plan?avgIngressMBps=100&breakEven=false"), 200),
                Arguments.of("estimate page", RawHttp.get("/estimate"), 200),
                Arguments.of("right-size page", RawHttp.get("/rightsize"), 200),
                Arguments.of("API page", RawHttp.get("/api"), 200),
                Arguments.of("script", RawHttp.get("/static/js/charts.js"), 200),
                Arguments.of("HTML 404 page", RawHttp.get("/nothing", "Accept: text/html"), 404),
                Arguments.of("HTML 500 page", RawHttp.get(FailingRoutes.EXCEPTION, "Accept: text/html"), 500),
                Arguments.of("JSON API", RawHttp.get("/api/v1/prices"), 200),
                Arguments.of("CSV API", RawHttp.get("/api/v1/instance-types?format=csv"), 200),
                Arguments.of("health check", RawHttp.get("/health"), 200),
                Arguments.of("static file", RawHttp.get("/static/css/app.css"), 200),
                Arguments.of("webjar", RawHttp.get("/webjars/chart.js/" + chartJsVersion() + "/dist/chart.umd.min.js"), 200),
                Arguments.of("400 bad input", post("/api/v1/estimate", "{\"clusters\": 3}"), 400),
                Arguments.of("404 unknown path", RawHttp.get("/api/v1/nothing"), 404),
                Arguments.of("404 unknown method", RawHttp.get("/health").replace("GET", "DELETE"), 404),
                Arguments.of("413 declared body too large", postDeclaring("/api/v1/estimate", 5_000_000), 413),
                Arguments.of("500 exception", RawHttp.get(FailingRoutes.EXCEPTION), 500),
                Arguments.of("500 java.lang.Error", RawHttp.get(FailingRoutes.ERROR), 500),
                Arguments.of("Jetty 431 header too large", RawHttp.get("/", "X-Big: " + "a".repeat(9000)), 431),
                Arguments.of("Jetty 414 URI too long", RawHttp.get("/" + "a".repeat(9000)), 414),
                Arguments.of("Jetty 400 ambiguous path", RawHttp.get("/static/%2e%2e/%2e%2e/etc/passwd"), 400),
                Arguments.of("Jetty 400 garbage request line", "GARBAGE\r\n\r\n", 400));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("responses")
    void every_response_carries_csp_nosniff_and_no_framing(String kind, String request, int status) throws IOException {
        RawHttp.Response r = RawHttp.exchange(http.port(), request);
        assertThat(r.status()).as(r.body()).isEqualTo(status);
        assertThat(r.header("Content-Security-Policy")).isEqualTo(SecurityHeaders.CONTENT_SECURITY_POLICY)
                .contains("frame-ancestors 'none'").contains("script-src 'self'").doesNotContain("unsafe-inline");
        assertThat(r.header("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(r.header("X-Frame-Options")).isEqualTo("DENY");
        assertThat(r.header("Referrer-Policy")).isEqualTo("no-referrer");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("responses")
    void every_error_not_asked_for_as_html_is_problem_json(String kind, String request, int status) throws IOException {
        RawHttp.Response r = RawHttp.exchange(http.port(), request);
        if (status >= 400 && !request.contains("Accept: text/html")) {
            assertThat(r.header("Content-Type")).startsWith("application/problem+json");
            assertThat(r.body()).contains("\"status\":" + status);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("responses")
    void no_response_names_the_server_software(String kind, String request, int status) throws IOException {
        RawHttp.Response r = RawHttp.exchange(http.port(), request);
        assertThat(r.header("Server")).isNull();
        assertThat(r.header("X-Powered-By")).isNull();
    }

    private static String post(String path, String json) {
        return "POST " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\nContent-Type: application/json\r\n"
                + "Content-Length: " + json.length() + "\r\n\r\n" + json;
    }

    private static String postDeclaring(String path, long contentLength) {
        return "POST " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\nContent-Type: application/json\r\n"
                + "Content-Length: " + contentLength + "\r\nExpect: 100-continue\r\n\r\n";
    }

    private static String chartJsVersion() throws IOException {
        try (InputStream in = SecurityHeadersTest.class.getResourceAsStream("/META-INF/maven/org.webjars.npm/chart.js/pom.properties")) {
            Properties p = new Properties();
            p.load(in);
            return p.getProperty("version");
        }
    }
}
