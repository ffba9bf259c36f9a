package mskplanner.rightsize.report;

import static mskplanner.rightsize.report.ReportText.num;
import static mskplanner.rightsize.report.ReportText.usd;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import mskplanner.engine.cost.LineItem;
import mskplanner.engine.format.Format;
import mskplanner.engine.rightsize.Evidence;
import mskplanner.engine.rightsize.MeasuredProfile;
import mskplanner.engine.rightsize.MetricSummary;
import mskplanner.engine.rightsize.RightsizeReport;
import mskplanner.engine.rightsize.SizedOption;
import mskplanner.engine.rightsize.Verdict;
import mskplanner.engine.rightsize.VerdictApply;

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

    static ReportPage page(RightsizeReport r) {
        List<ReportCharts.Chart> charts = ReportCharts.charts(r);
        return new ReportPage("Right-sizing report: " + r.cluster().name(), r.verdict().kind().label(),
                "verdict-" + r.verdict().kind().name().toLowerCase(Locale.ROOT).replace('_', '-'), ReportSentences.verdict(r),
                ReportSentences.cost(r),
                List.of("Cluster: " + ReportText.cluster(r) + " (" + r.cluster().arn() + ")",
                        "History: " + ReportText.window(r), "Data: " + ReportText.source(r)),
                charts.stream().map(c -> new ReportPage.ChartSlot(c.id(), c.title())).toList(),
                tables(r), ReportSentences.forecast(r), ReportSentences.thresholds(r), notes(r), ReportCharts.json(charts), InlineScript.of(CHART_JS), InlineScript.of(REPORT_JS),
                VerdictApply.of(r).orElse(null), TopicSection.of(r).orElse(null));
    }

    private static List<ReportPage.Table> tables(RightsizeReport r) {
        return List.of(evidence(r), profile(r.profile()), cost(r), options(r), metrics("Cluster metrics", r.clusterMetrics()),
                metrics("Per-broker metrics", r.brokerMetrics()));
    }

    private static ReportPage.Table evidence(RightsizeReport r) {
        List<ReportPage.Row> rows = new ArrayList<>();
        for (Evidence e : r.verdict().evidence()) {
            rows.add(ReportPage.Row.of(e.breached(), e.check(), num(e.measured(), e.unit()), num(e.limit(), e.unit()),
                    ReportText.evidenceStatus(e), e.note()));
        }
        return new ReportPage.Table("Evidence", List.of("Check", "Measured", "Limit", "Status", "Basis"), rows);
    }

    private static ReportPage.Table profile(MeasuredProfile p) {
        return new ReportPage.Table("Measured workload", List.of("Average ingress", "Peak ingress (p"
                + num(p.peakPercentile()) + ")", "Average egress", "Peak egress", "Fan-out", "Leader partitions",
                "Data stored (one copy)"), List.of(ReportPage.Row.of(false, num(p.avgIngressMBps(), "MB/s"),
                num(p.peakIngressMBps(), "MB/s"), num(p.avgEgressMBps(), "MB/s"), num(p.peakEgressMBps(), "MB/s"),
                num(p.fanOut()), String.valueOf(p.leaderPartitions()), num(p.storageUsedGiB(), "GiB"))));
    }

    private static ReportPage.Table cost(RightsizeReport r) {
        List<ReportPage.Row> rows = new ArrayList<>();
        for (LineItem l : r.currentCost().lineItems()) {
            rows.add(ReportPage.Row.of(false, l.item(), ReportText.quantity(l.quantity()), l.unit(),
                    Format.unitPrice(l.unitPriceUsd()), usd(l.monthlyUsd())));
        }
        rows.add(ReportPage.Row.of(false, "Total", "", "", "", usd(r.currentCost().monthlyUsd())));
        return new ReportPage.Table("Monthly cost now", List.of("Line", "Quantity", "Unit", "Unit price", "Monthly"), rows);
    }

    private static ReportPage.Table options(RightsizeReport r) {
        List<ReportPage.Row> rows = new ArrayList<>();
        for (SizedOption o : r.alternatives()) {
            rows.add(ReportPage.Row.of(false, o.description(), o.deployment().id(), usd(o.monthlyUsd()),
                    Verdict.describeChange(o.monthlyUsd().subtract(r.currentCost().monthlyUsd()))));
        }
        return new ReportPage.Table("Cheapest options that carry this workload",
                List.of("Option", "Deployment", "Monthly", "Change"), rows);
    }

    private static ReportPage.Table metrics(String title, List<MetricSummary> list) {
        List<ReportPage.Row> rows = new ArrayList<>();
        for (MetricSummary m : list) {
            List<String> cells = new ArrayList<>(List.of(m.metric(), m.scope(), m.unit()));
            for (String which : List.of("mean", "p50", "p95", "p99", "max")) {
                cells.add(m.stats().map(s -> ReportText.stat(s, which)).orElse("-"));
            }
            cells.add(String.valueOf(m.points()));
            cells.add(String.valueOf(m.missingPoints()));
            rows.add(new ReportPage.Row(cells, m.stats().isEmpty()));
        }
        return new ReportPage.Table(title, List.of("Metric", "Scope", "Unit", "Mean", "p50", "p95", "p99", "Max",
                "Points", "Missing"), rows);
    }

    private static List<String> notes(RightsizeReport r) {
        List<String> notes = new ArrayList<>(r.warnings());
        notes.add("Capacity basis: " + r.capacity().basis() + ". CPU and disk are judged at their 95th percentile; "
                + "forecast horizon " + r.options().horizonDays() + " days; changes saving less than "
                + num(r.options().minSavingsPercent()) + "% are not recommended.");
        return notes;
    }
}
