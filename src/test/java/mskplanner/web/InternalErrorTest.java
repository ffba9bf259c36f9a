package mskplanner.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.Map;
import mskplanner.app.Json;
import mskplanner.engine.price.PriceSheet;
import mskplanner.pricing.PricingData;
import mskplanner.testing.Fixtures;
import mskplanner.testing.Http;
import org.junit.jupiter.api.Test;

/** A bug answers with a generic 500 problem: no stack trace, class name or exception message reaches the client. */
class InternalErrorTest {

    private static void assertGeneric500(HttpResponse<String> r) throws Exception {
        assertThat(r.statusCode()).isEqualTo(500);
        assertThat(r.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        JsonNode p = Json.mapper().readTree(r.body());
        assertThat(p.get("type").asText()).isEqualTo("/problems/internal");
        assertThat(p.get("detail").asText()).isEqualTo("the server could not complete the request; it has been logged");
        assertThat(r.body()).doesNotContain("java.", "mskplanner", "Exception", "Error:", "\tat ", "hunter2", "null");
    }

    @Test
    void a_broken_dependency_gives_a_generic_500() throws Exception {
        // A price sheet without its source: the handler hits a NullPointerException whose helpful message names
        // classes and methods.
        PricingData bundled = Fixtures.bundled();
        Map<String, PriceSheet> sheets = new HashMap<>(bundled.sheets());
        sheets.put("broken-1", new PriceSheet("broken-1", "Broken", "USD", null, Map.of()));
        PricingData broken = new PricingData(bundled.origin(), bundled.catalog(), bundled.limits(), sheets);
        try (Http http = Http.start(WebApp.create(broken))) {
            assertGeneric500(http.get("/api/v1/prices?region=broken-1"));
        }
    }

    @Test
    void an_exception_with_a_revealing_message_gives_a_generic_500() throws Exception {
        try (Http http = Http.start(FailingRoutes.app())) {
            assertGeneric500(http.get(FailingRoutes.EXCEPTION));
        }
    }

    @Test
    void a_java_lang_error_gives_a_generic_500_with_a_body() throws Exception {
        try (Http http = Http.start(FailingRoutes.app())) {
            assertGeneric500(http.get(FailingRoutes.ERROR));
        }
    }

    @Test
    void a_browser_gets_a_generic_500_page() throws Exception {
        try (Http http = Http.start(FailingRoutes.app())) {
            HttpResponse<String> r = http.get(FailingRoutes.EXCEPTION, "Accept", "text/html");
            assertThat(r.statusCode()).isEqualTo(500);
            assertThat(r.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/html"));
            assertThat(r.body()).contains("the server could not complete the request; it has been logged")
                    .doesNotContain("java.", "mskplanner.secret", "Exception", "\tat ", "hunter2");
        }
    }

    @Test
    void the_server_keeps_serving_after_internal_errors() throws Exception {
        try (Http http = Http.start(FailingRoutes.app())) {
            http.get(FailingRoutes.ERROR);
            http.get(FailingRoutes.EXCEPTION);
            assertThat(http.get("/health").body()).isEqualTo("ok");
        }
    }
}
