package mskplanner.web.page;

import static org.assertj.core.api.Assertions.assertThat;

import mskplanner.testing.Fixtures;
import mskplanner.testing.Http;
import mskplanner.web.LoadLimits;
import mskplanner.web.TestServer;
import mskplanner.web.WebApp;
import org.junit.jupiter.api.Test;

/** Links on the pages name the address the visitor used; behind a trusted proxy, the one the proxy forwards. */
class ForwardedOriginTest {
    private static final String PLAN = "/plan?avgIngressMBps=50&peakIngressMBps=120&breakEven=false";
    private static final String[] FORWARDED = {"X-Forwarded-Proto", "https", "X-Forwarded-Host", "planner.example.com"};

    private static Http server(WebApp.Forwarding forwarding) {
        return Http.start(WebApp.create(Fixtures.bundled(), TestServer.FRESH_PRICES_DAY, LoadLimits.DEFAULTS, forwarding));
    }

    @Test
    void with_trust_proxy_the_plan_page_links_use_the_forwarded_scheme_and_host() throws Exception {
        try (Http http = server(WebApp.Forwarding.TRUSTED)) {
            String page = http.get(PLAN, FORWARDED).body();

            assertThat(page).contains("https://planner.example.com/plan?avgIngressMBps=50")
                    .contains("curl -sS 'https://planner.example.com/api/v1/plan?avgIngressMBps=50")
                    .contains("=IMPORTDATA(\"https://planner.example.com/api/v1/plan?avgIngressMBps=50")
                    .doesNotContain("127.0.0.1:" + http.port());
        }
    }

    @Test
    void with_trust_proxy_the_api_and_estimate_pages_use_the_forwarded_address() throws Exception {
        try (Http http = server(WebApp.Forwarding.TRUSTED)) {
            assertThat(http.get("/api", FORWARDED).body()).contains("curl -sS 'https://planner.example.com/api/v1/prices")
                    .contains("=IMPORTDATA(\"https://planner.example.com/api/v1/plan?")
                    .contains("=WEBSERVICE(\"https://planner.example.com/api/v1/plan?");
            assertThat(http.get("/estimate?c0.type=standard&c0.instanceType=kafka.m7g.large&c0.brokers=3&c0.storageGiBPerBroker=100",
                    FORWARDED).body()).contains("https://planner.example.com/api/v1/estimate");
        }
    }

    @Test
    void without_trust_proxy_the_forwarded_headers_are_ignored() throws Exception {
        try (Http http = server(WebApp.Forwarding.IGNORED)) {
            String page = http.get(PLAN, FORWARDED).body();

            assertThat(page).doesNotContain("planner.example.com").contains("http://127.0.0.1:" + http.port() + "/api/v1/plan?");
        }
    }

    @Test
    void a_forwarded_host_that_is_not_a_plain_host_is_ignored() throws Exception {
        try (Http http = server(WebApp.Forwarding.TRUSTED)) {
            String page = http.get("/api", "X-Forwarded-Host", "evil.example.com'; rm -rf ~; '", "X-Forwarded-Proto", "https").body();

            assertThat(page).doesNotContain("evil").contains("curl -sS 'https://127.0.0.1:" + http.port() + "/api/v1/prices");
        }
    }

    @Test
    void the_first_of_several_forwarded_values_counts() throws Exception {
        try (Http http = server(WebApp.Forwarding.TRUSTED)) {
            String page = http.get("/api", "X-Forwarded-Host", "planner.example.com, internal:8080",
                    "X-Forwarded-Proto", "https, http").body();

            assertThat(page).contains("curl -sS 'https://planner.example.com/api/v1/prices");
        }
    }
}
