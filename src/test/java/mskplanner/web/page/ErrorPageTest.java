package mskplanner.web.page;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import mskplanner.web.TestServer;
import org.junit.jupiter.api.Test;

class ErrorPageTest {
    private static HttpResponse<String> get(TestServer server, String path, String accept) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(server.url(path))).header("Accept", accept).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void a_browser_gets_an_html_error_page_with_the_layout() throws Exception {
        try (TestServer server = TestServer.start()) {
            HttpResponse<String> page = get(server, "/no-such-page", "text/html,application/xhtml+xml");

            assertThat(page.statusCode()).isEqualTo(404);
            assertThat(page.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/html"));
            assertThat(page.body()).contains("<h1>Not Found</h1>").contains("Prices: <strong>us-east-1</strong>");
        }
    }

    @Test
    void the_api_keeps_problem_json_even_for_a_browser() throws Exception {
        try (TestServer server = TestServer.start()) {
            HttpResponse<String> problem = get(server, "/api/v1/prices?region=mars-1", "text/html");

            assertThat(problem.statusCode()).isEqualTo(400);
            assertThat(problem.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        }
    }
}
