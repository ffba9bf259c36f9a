package mskplanner.web.page.rightsize;

import static org.assertj.core.api.Assertions.assertThat;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import mskplanner.engine.format.Format;
import mskplanner.engine.rightsize.DataSource;
import mskplanner.engine.rightsize.RightsizeOptions;
import mskplanner.engine.rightsize.RightsizeReport;
import mskplanner.engine.rightsize.Verdict;
import mskplanner.metrics.demo.DemoHistory;
import mskplanner.rightsize.History;
import mskplanner.rightsize.RightsizeService;
import mskplanner.rightsize.report.ReportSentences;
import mskplanner.rightsize.report.RightsizeFormat;
import mskplanner.web.TestServer;
import mskplanner.web.page.FormState;
import mskplanner.web.page.Nav;
import mskplanner.web.page.PageFrames;
import mskplanner.web.page.PricingFreshness;
import org.junit.jupiter.api.Test;

/** The typed report of the 6-broker demo cluster (seed 42, 14 days), as the right-size page shows it. */
class RightsizeReportTest {
    private static final RightsizeReport DEMO = demoReport();

    private static RightsizeReport demoReport() {
        DemoHistory.Demo demo = DemoHistory.generate(42, DemoHistory.DEFAULT_BROKERS, 14, Instant.parse("2026-12-01T00:00:00Z"), 300);
        return new RightsizeService(TestServer.bundledPricing()).analyse(new History(demo.cluster(), demo.series(), demo.window(),
                DataSource.of("demo", "synthetic history, seed 42")), RightsizeOptions.DEFAULTS);
    }

    @Test
    void the_demo_cluster_is_over_provisioned_and_its_verdict_box_gets_that_class() {
        RightsizeResult result = RightsizeResults.of(DEMO);

        assertThat(DEMO.verdict().kind()).isEqualTo(Verdict.Kind.OVER_PROVISIONED);
        assertThat(result.verdictClass()).isEqualTo("verdict verdict-over-provisioned");
        assertThat(result.headline()).isEqualTo(ReportSentences.verdict(DEMO)).startsWith("Over-provisioned: scale down to ");
        assertThat(result.region()).isEqualTo("us-east-1");
    }

    @Test
    void the_target_cost_and_the_change_are_each_labelled_as_what_they_are() {
        BigDecimal target = DEMO.verdict().target().orElseThrow().monthlyUsd();
        BigDecimal change = DEMO.verdict().monthlyChangeUsd().orElseThrow();
        // the change is the target's cost minus today's: a saving for an over-provisioned cluster
        assertThat(change).isEqualByComparingTo(target.subtract(DEMO.verdict().currentMonthlyUsd()));
        assertThat(change.signum()).isNegative();

        List<String> lines = RightsizeResults.of(DEMO).costLines();

        assertThat(lines).hasSize(3);
        assertThat(lines.get(1)).contains(": " + Format.usd(target) + " per month, " + Format.usd(target.multiply(BigDecimal.valueOf(12))) + " per year.");
        assertThat(lines.get(2)).isEqualTo("The change saves " + Format.usd(change.negate()) + " per month ("
                + Format.usd(change.negate().multiply(BigDecimal.valueOf(12))) + " per year).");
        assertThat(String.join(" ", lines)).doesNotContain("-$");
    }

    @Test
    void trends_become_daily_charts_written_by_jackson_and_sentences_shared_with_the_reports() {
        RightsizeResult result = RightsizeResults.of(DEMO);

        assertThat(result.trends()).hasSize(4).first().satisfies(t -> {
            assertThat(t.series()).isEqualTo("CPU p95, hottest broker");
            assertThat(t.chartJson()).startsWith("{\"kind\":\"daily\",\"unit\":\"%\",\"labels\":[\"2026-11-17\",");
        });
        assertThat(result.forecast()).isEqualTo(ReportSentences.forecast(DEMO));
        assertThat(result.thresholds()).isEqualTo(ReportSentences.thresholds(DEMO)).hasSize(DEMO.crossings().size());
    }

    @Test
    void each_download_carries_the_report_as_the_cli_renders_it() {
        List<DownloadLink> downloads = RightsizeResults.of(DEMO).downloads();

        assertThat(downloads).extracting(DownloadLink::fileName)
                .containsExactly("rightsize-demo-orders.html", "rightsize-demo-orders.md", "rightsize-demo-orders.json");
        for (DownloadLink d : downloads) {
            String base64 = d.href().substring(d.href().indexOf(";base64,") + ";base64,".length());
            assertThat(new String(Base64.getDecoder().decode(base64), StandardCharsets.UTF_8))
                    .isEqualTo(RightsizeFormat.valueOf(d.format()).render(DEMO));
        }
    }

    @Test
    void the_page_shows_the_report_with_charts_in_data_attributes_and_escaped_text() {
        PageFrames frames = new PageFrames(TestServer.bundledPricing(), new PricingFreshness(TestServer.FRESH_PRICES_DAY));
        RightsizePage page = new RightsizePage(frames.frame("Right-size a running cluster", Nav.RIGHTSIZE, "us-east-1", List.of()),
                FormState.of(Map.of()), List.of(), List.of(), 20, RightsizeResults.of(DEMO));

        StringOutput html = new StringOutput();
        TemplateEngine.createPrecompiled(ContentType.Html).render("rightsize.jte", Map.of("page", page), html);

        assertThat(html.toString())
                .contains("<div class=\"verdict verdict-over-provisioned\" id=\"verdict\">")
                .contains("<p class=\"headline\">Over-provisioned: scale down to ")
                .contains("<th scope=\"row\">Cluster ingress</th>")
                .contains("<canvas id=\"trend-0\" class=\"chart\" data-chart=\"{&#34;kind&#34;:&#34;daily&#34;")
                .contains("<a class=\"download\" data-format=\"md\" href=\"data:text/markdown;charset=utf-8;base64,")
                .doesNotContain("<script>");
    }
}
