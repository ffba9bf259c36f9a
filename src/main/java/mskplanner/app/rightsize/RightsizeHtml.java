package mskplanner.app.rightsize;

import static mskplanner.app.rightsize.ReportText.num;
import static mskplanner.app.rightsize.ReportText.usd;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import mskplanner.engine.cost.LineItem;
import mskplanner.engine.rightsize.Crossing;
import mskplanner.engine.rightsize.Evidence;
import mskplanner.engine.rightsize.MeasuredProfile;
import mskplanner.engine.rightsize.MetricSummary;
import mskplanner.engine.rightsize.RightsizeReport;
import mskplanner.engine.rightsize.SizedOption;
import mskplanner.engine.rightsize.Trend;

/**
 * A right-sizing report as one self-contained HTML file: Chart.js and the chart code are inlined, so it opens
 * offline and can be attached to a ticket. Rendered with the precompiled jte template {@code report/rightsize.jte}.
 */
public final class RightsizeHtml {
    /** Must match the chart.js webjar version in the pom; a test checks the file is on the classpath. */
    static final String CHART_JS = "META-INF/resources/webjars/chart.js/4.5.1/dist/chart.umd.min.js";
    static final String REPORT_JS = "report/rightsize-charts.js";
    private static final TemplateEngine ENGINE = TemplateEngine.createPrecompiled(ContentType.Html);

    private RightsizeHtml() {
    }

    public static String render(RightsizeReport r) {
        StringOutput out = new StringOutput();
        ENGINE.render("report/rightsize.jte", Map.of("page", page(r)), out);
        return out.toString();
    }

    static RightsizePage page(RightsizeReport r) {
        List<ReportCharts.Chart> charts = ReportCharts.charts(r);
        return new RightsizePage("Right-sizing report: " + r.cluster().name(), r.verdict().kind().label(),
                "verdict-" + r.verdict().kind().name().toLowerCase(Locale.ROOT).replace('_', '-'), r.verdict().headline(),
                List.of("Cluster: " + ReportText.cluster(r) + " (" + r.cluster().arn() + ")",
                        "History: " + ReportText.window(r), "Data: " + ReportText.source(r),
                        "Current cost: " + usd(r.currentCost().monthlyUsd()) + "/month"),
                charts.stream().map(c -> new RightsizePage.ChartSlot(c.id(), c.title())).toList(),
                tables(r), notes(r), ReportCharts.json(charts), InlineScript.of(CHART_JS), InlineScript.of(REPORT_JS));
    }

    private static List<RightsizePage.Table> tables(RightsizeReport r) {
        return List.of(evidence(r), profile(r.profile()), cost(r), options(r), metrics("Cluster metrics", r.clusterMetrics()),
                trends(r), crossings(r), metrics("Per-broker metrics", r.brokerMetrics()));
    }

    private static RightsizePage.Table evidence(RightsizeReport r) {
        List<RightsizePage.Row> rows = new ArrayList<>();
        for (Evidence e : r.verdict().evidence()) {
            rows.add(RightsizePage.Row.of(e.breached(), e.check(), num(e.measured(), e.unit()), num(e.limit(), e.unit()),
                    ReportText.evidenceStatus(e), e.note()));
        }
        return new RightsizePage.Table("Evidence", List.of("Check", "Measured", "Limit", "Status", "Basis"), rows);
    }

    private static RightsizePage.Table profile(MeasuredProfile p) {
        return new RightsizePage.Table("Measured workload", List.of("Average ingress", "Peak ingress (p"
                + num(p.peakPercentile()) + ")", "Average egress", "Peak egress", "Fan-out", "Leader partitions",
                "Data stored (one copy)"), List.of(RightsizePage.Row.of(false, num(p.avgIngressMBps(), "MB/s"),
                num(p.peakIngressMBps(), "MB/s"), num(p.avgEgressMBps(), "MB/s"), num(p.peakEgressMBps(), "MB/s"),
                num(p.fanOut()), String.valueOf(p.leaderPartitions()), num(p.storageUsedGiB(), "GiB"))));
    }

    private static RightsizePage.Table cost(RightsizeReport r) {
        List<RightsizePage.Row> rows = new ArrayList<>();
        for (LineItem l : r.currentCost().lineItems()) {
            rows.add(RightsizePage.Row.of(false, l.item(), ReportText.quantity(l.quantity()), l.unit(),
                    "$" + l.unitPriceUsd().stripTrailingZeros().toPlainString(), usd(l.monthlyUsd())));
        }
        rows.add(RightsizePage.Row.of(false, "Total", "", "", "", usd(r.currentCost().monthlyUsd())));
        return new RightsizePage.Table("Monthly cost now", List.of("Line", "Quantity", "Unit", "Unit price", "Monthly"), rows);
    }

    private static RightsizePage.Table options(RightsizeReport r) {
        List<RightsizePage.Row> rows = new ArrayList<>();
        for (SizedOption o : r.alternatives()) {
            rows.add(RightsizePage.Row.of(false, o.description(), o.deployment().id(), usd(o.monthlyUsd()),
                    ReportText.signedUsd(o.monthlyUsd().subtract(r.currentCost().monthlyUsd()))));
        }
        return new RightsizePage.Table("Cheapest options that carry this workload",
                List.of("Option", "Deployment", "Monthly", "Change"), rows);
    }

    private static RightsizePage.Table metrics(String title, List<MetricSummary> list) {
        List<RightsizePage.Row> rows = new ArrayList<>();
        for (MetricSummary m : list) {
            List<String> cells = new ArrayList<>(List.of(m.metric(), m.scope(), m.unit()));
            for (String which : List.of("mean", "p50", "p95", "p99", "max")) {
                cells.add(m.stats().map(s -> ReportText.stat(s, which)).orElse("-"));
            }
            cells.add(String.valueOf(m.points()));
            cells.add(String.valueOf(m.missingPoints()));
            rows.add(new RightsizePage.Row(cells, m.stats().isEmpty()));
        }
        return new RightsizePage.Table(title, List.of("Metric", "Scope", "Unit", "Mean", "p50", "p95", "p99", "Max",
                "Points", "Missing"), rows);
    }

    private static RightsizePage.Table trends(RightsizeReport r) {
        List<RightsizePage.Row> rows = new ArrayList<>();
        for (Trend t : r.trends()) {
            rows.add(RightsizePage.Row.of(false, t.series(), t.fit().map(f -> num(f.slopePerDay(), t.unit())).orElse("-"),
                    t.fit().map(f -> num(f.rSquared())).orElse("-"), String.valueOf(t.dailyP95().size())));
        }
        return new RightsizePage.Table("Trends (least squares through daily p95)",
                List.of("Series", "Slope per day", "R²", "Days"), rows);
    }

    private static RightsizePage.Table crossings(RightsizeReport r) {
        List<RightsizePage.Row> rows = new ArrayList<>();
        LocalDate horizon = r.window().end().atZone(ZoneOffset.UTC).toLocalDate()
                .plusDays(r.options().horizonDays());
        for (Crossing c : r.crossings()) {
            boolean soon = c.status() == Crossing.Status.ALREADY_ABOVE
                    || c.status() == Crossing.Status.CROSSES && !c.date().orElseThrow().isAfter(horizon);
            rows.add(RightsizePage.Row.of(soon, c.series(), c.threshold(), num(c.limit(), c.unit()), ReportText.crossing(c)));
        }
        return new RightsizePage.Table("When thresholds are reached", List.of("Series", "Threshold", "Limit", "When"), rows);
    }

    private static List<String> notes(RightsizeReport r) {
        List<String> notes = new ArrayList<>(r.warnings());
        notes.add("Capacity basis: " + r.capacity().basis() + ". CPU and disk are judged at their 95th percentile; "
                + "forecast horizon " + r.options().horizonDays() + " days; changes saving less than "
                + num(r.options().minSavingsPercent()) + "% are not recommended.");
        return notes;
    }
}
