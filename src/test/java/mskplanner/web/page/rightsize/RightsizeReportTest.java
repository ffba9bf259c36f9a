package mskplanner.web.page.rightsize;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import mskplanner.app.Json;
import mskplanner.web.TestServer;
import mskplanner.web.page.FormState;
import mskplanner.web.page.Nav;
import mskplanner.web.page.PageFrames;
import mskplanner.web.page.PricingFreshness;
import mskplanner.web.page.Step;
import org.junit.jupiter.api.Test;

/** The report of {@code rightsize --demo --format json} (recorded), as the right-size page shows it. */
class RightsizeReportTest {
    private static JsonNode demoReport() throws Exception {
        try (InputStream in = RightsizeReportTest.class.getResourceAsStream("/rightsize/report-demo.json")) {
            return Json.mapper().readTree(in);
        }
    }

    @Test
    void the_verdict_and_its_evidence_are_read_with_every_check() throws Exception {
        RightsizeResult result = RightsizeResultReader.read(demoReport());

        assertThat(result.verdictKind()).isEqualTo("over-provisioned");
        assertThat(result.verdictClass()).isEqualTo("verdict verdict-over-provisioned");
        assertThat(result.headline()).startsWith("Over-provisioned: scale down to 3 x kafka.m7g.large");
        assertThat(result.monthlyChangeUsd()).isEqualByComparingTo("-611.46");
        // -611.46 x 12
        assertThat(result.annualChangeUsd()).isEqualByComparingTo("-7337.52");
        assertThat(result.evidence()).hasSize(6).first().satisfies(e -> {
            assertThat(e.check()).isEqualTo("CPU p95, hottest broker");
            // 14.888 / 60 = 24.8%
            assertThat(e.text()).isEqualTo("14.89 % against 60 % (25% of the limit)");
        });
        assertThat(result.region()).isEqualTo("us-east-1");
    }

    @Test
    void trends_become_daily_charts_and_crossings_sentences() throws Exception {
        RightsizeResult result = RightsizeResultReader.read(demoReport());

        assertThat(result.trends()).hasSize(4).first().satisfies(t -> {
            assertThat(t.series()).isEqualTo("CPU p95, hottest broker");
            assertThat(t.summary()).isEqualTo("+0.085 % per day, R\u00B2 0.01");
            assertThat(t.chartJson()).startsWith("{\"kind\":\"daily\",\"unit\":\"%\",\"labels\":[\"2026-11-18\",");
        });
        assertThat(result.crossings()).contains(new Step("CPU p95, hottest broker vs CPU alarm (60 %)", "not within a year (weak trend)"));
    }

    @Test
    void an_unexpected_verdict_kind_gets_no_class_of_its_own() {
        RightsizeResult result = new RightsizeResult("us-east-1", "x\" onclick=\"y", "", null, null, "", List.of(), List.of(),
                List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of());

        assertThat(result.verdictClass()).isEqualTo("verdict");
    }

    @Test
    void the_page_shows_the_report_with_charts_in_data_attributes_and_escaped_text() throws Exception {
        RightsizeResult result = RightsizeResultReader.read(demoReport());
        PageFrames frames = new PageFrames(TestServer.bundledPricing(), new PricingFreshness(TestServer.FRESH_PRICES_DAY));
        RightsizePage page = new RightsizePage(frames.frame("Right-size a running cluster", Nav.RIGHTSIZE, "us-east-1", List.of()),
                FormState.of(Map.of()), List.of(), List.of(), 20, result);

        StringOutput html = new StringOutput();
        TemplateEngine.createPrecompiled(ContentType.Html).render("rightsize.jte", Map.of("page", page), html);

        assertThat(html.toString())
                .contains("<div class=\"verdict verdict-over-provisioned\" id=\"verdict\">")
                .contains("<p class=\"headline\">Over-provisioned: scale down to 3 x kafka.m7g.large, 1451 GiB each")
                .contains("<meter min=\"0\" max=\"60.000000\" value=\"14.888000\"")
                .contains("<th scope=\"row\">Cluster ingress</th>")
                .contains("<canvas id=\"trend-0\" class=\"chart\" data-chart=\"{&#34;kind&#34;:&#34;daily&#34;")
                .contains("<td>Broker-hours kafka.m7g.large</td><td class=\"num\">4,380</td>")
                .doesNotContain("<script>");
    }
}
