package mskplanner.rightsize.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import mskplanner.rightsize.Rightsizer;
import mskplanner.engine.rightsize.ClusterDescription;
import mskplanner.engine.rightsize.DataSource;
import mskplanner.engine.rightsize.RightsizeOptions;
import mskplanner.engine.rightsize.RightsizeReport;
import mskplanner.metrics.demo.DemoHistory;
import mskplanner.testing.Fixtures;
import org.junit.jupiter.api.Test;

class RightsizeHtmlTest {
    private static final String EVIL = "<script>alert('x')</script>|\"";

    /** The demo history under a hostile cluster name, as an uploaded export could carry. */
    private static RightsizeReport report(String name) {
        var demo = DemoHistory.generate(42, 14, Instant.parse("2026-11-25T00:00:00Z"));
        ClusterDescription c = demo.cluster();
        ClusterDescription renamed = new ClusterDescription(c.arn(), name, c.region(), c.clusterType(), c.instanceType(),
                c.brokerCount(), c.volumeSizeGiB(), c.provisionedThroughputMiBps(), c.storageMode(), c.brokerIds(),
                c.availabilityZones());
        var p = Fixtures.bundled();
        return new Rightsizer(p.catalog(), p.limits(), Fixtures.usEast1(), RightsizeOptions.DEFAULTS)
                .analyse(renamed, demo.series(), demo.window(), DataSource.of("demo", "seed 42"));
    }

    @Test
    void text_from_the_cluster_is_escaped_in_the_page() {
        String html = RightsizeHtml.render(report(EVIL));
        assertThat(html).contains("<title>Right-sizing report: &lt;script&gt;alert('x')&lt;/script&gt;|\"</title>")
                .doesNotContain("<script>alert(");
    }

    @Test
    void chart_data_sits_in_an_attribute_with_its_quotes_escaped() {
        String html = RightsizeHtml.render(report("orders"));
        assertThat(html).containsPattern("data-charts=\"\\{&#34;charts&#34;:\\[\\{&#34;id&#34;:&#34;chart-cpu&#34;");
    }

    @Test
    void the_chart_library_is_inlined_from_its_webjar() {
        assertThat(getClass().getClassLoader().getResource(RightsizeHtml.CHART_JS)).isNotNull();
        assertThat(RightsizeHtml.render(report("orders"))).contains("Chart.js v4.5.1").contains("new Chart(canvas");
    }

    @Test
    void markdown_keeps_table_cells_intact() {
        String md = RightsizeMarkdown.render(report(EVIL));
        assertThat(md).startsWith("# Right-sizing report: <script>alert('x')</script>\\|\"");
    }

    @Test
    void every_format_renders_the_same_verdict() throws Exception {
        RightsizeReport r = report("orders");
        String headline = r.verdict().headline();
        assertThat(RightsizeFormat.md.render(r)).contains(headline);
        assertThat(RightsizeFormat.html.render(r)).contains(headline.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;"));
        assertThat(mskplanner.app.Json.mapper().readTree(RightsizeFormat.json.render(r)).at("/verdict/headline").asText())
                .isEqualTo(headline);
    }
}
