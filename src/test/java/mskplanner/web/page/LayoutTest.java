package mskplanner.web.page;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import mskplanner.web.TestServer;
import org.junit.jupiter.api.Test;

class LayoutTest {
    private static final String[] PAGES = {"/estimate", "/api"};

    @Test
    void every_page_names_the_price_snapshot_it_uses_and_carries_the_csp() throws Exception {
        try (TestServer server = TestServer.start()) {
            for (String path : PAGES) {
                HttpResponse<String> page = server.get(path);

                assertThat(page.statusCode()).as(path).isEqualTo(200);
                assertThat(page.body()).as(path)
                        .contains("Prices: <strong>us-east-1</strong>")
                        .contains("published 2026-09-11")
                        .contains("<a class=\"skip-link\" href=\"#main\">")
                        .doesNotContain("id=\"stale-prices\"");
                assertThat(page.headers().firstValue("Content-Security-Policy")).as(path)
                        .hasValueSatisfying(csp -> assertThat(csp).contains("script-src 'self'").doesNotContain("unsafe-inline"));
            }
        }
    }

    @Test
    void prices_older_than_90_days_show_a_banner_on_every_page() throws Exception {
        // us-east-1 published 2026-09-11; 2027-01-01 is 112 days later
        Clock later = Clock.fixed(Instant.parse("2027-01-01T00:00:00Z"), ZoneOffset.UTC);
        try (TestServer server = TestServer.start(later)) {
            for (String path : PAGES) {
                assertThat(server.get(path).body()).as(path).contains("id=\"stale-prices\"").contains("112 days old");
            }
        }
    }

    @Test
    void the_snapshot_shown_is_the_one_of_the_region_asked_for() throws Exception {
        try (TestServer server = TestServer.start()) {
            String body = server.get("/estimate?region=eu-west-1&c0.type=serverless").body();

            assertThat(body).contains("Prices: <strong>eu-west-1</strong>");
        }
    }

    @Test
    void the_navigation_marks_the_current_page() throws Exception {
        try (TestServer server = TestServer.start()) {
            assertThat(server.get("/estimate").body()).contains("<a href=\"/estimate\" aria-current=\"page\">Estimate</a>")
                    .contains("<a href=\"/plan\">Plan</a>");
        }
    }

    @Test
    void the_start_page_sends_visitors_to_the_planner() throws Exception {
        try (TestServer server = TestServer.start()) {
            HttpResponse<String> root = server.get("/");

            assertThat(root.statusCode()).isEqualTo(302);
            assertThat(root.headers().firstValue("Location")).hasValue("/plan");
        }
    }
}
