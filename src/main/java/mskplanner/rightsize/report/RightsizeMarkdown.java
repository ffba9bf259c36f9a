package mskplanner.rightsize.report;

import static mskplanner.rightsize.report.ReportText.num;
import static mskplanner.rightsize.report.ReportText.usd;

import java.util.List;
import mskplanner.engine.apply.ClusterUpdate;
import mskplanner.engine.cost.LineItem;
import mskplanner.engine.format.Format;
import mskplanner.engine.rightsize.Evidence;
import mskplanner.engine.rightsize.MeasuredProfile;
import mskplanner.engine.rightsize.MetricSummary;
import mskplanner.engine.rightsize.RightsizeReport;
import mskplanner.engine.rightsize.SizedOption;
import mskplanner.engine.rightsize.Verdict;
import mskplanner.engine.rightsize.VerdictApply;

/** A right-sizing report as Markdown, for a ticket or a terminal. */
public final class RightsizeMarkdown {
    private final StringBuilder md = new StringBuilder();

    private RightsizeMarkdown() {
    }

    public static String render(RightsizeReport r) {
        return new RightsizeMarkdown().write(r);
    }

    private String write(RightsizeReport r) {
        line("# Right-sizing report: " + cell(r.cluster().name()));
        line("");
        line("**Verdict (" + r.verdict().kind().label() + "):** " + cell(ReportSentences.verdict(r)));
        line("");
        ReportSentences.cost(r).forEach(c -> line("- " + cell(c)));
        line("");
        line("- Cluster: " + cell(ReportText.cluster(r)) + " (`" + cell(r.cluster().arn()) + "`)");
        line("- History: " + ReportText.window(r));
        line("- Data: " + cell(ReportText.source(r)));
        VerdictApply.of(r).ifPresent(this::apply);
        section("Evidence");
        table(List.of("Check", "Measured", "Limit", "Status", "Basis"));
        for (Evidence e : r.verdict().evidence()) {
            row(e.check(), num(e.measured(), e.unit()), num(e.limit(), e.unit()), ReportText.evidenceStatus(e), e.note());
        }
        profile(r.profile());
        costs(r);
        TopicSection.of(r).ifPresent(this::topics);
        metrics("Cluster metrics", r.clusterMetrics());
        forecast(r);
        metrics("Per-broker metrics", r.brokerMetrics());
        section("Notes and assumptions");
        r.warnings().forEach(w -> line("- " + cell(w)));
        line("- Capacity basis: " + r.capacity().basis() + "; CPU and disk judged at p"
                + num(mskplanner.engine.rightsize.RightsizeOptions.THRESHOLD_PERCENTILE) + ", forecast horizon "
                + r.options().horizonDays() + " days, savings below " + num(r.options().minSavingsPercent())
                + "% are not worth a change.");
        return md.toString();
    }

    private void apply(ClusterUpdate u) {
        section("How to apply");
        if (u.awsCli().isEmpty()) {
            line("No in-place change gets there.");
        } else {
            line("Run these in order, each once the previous update has finished:");
            line("");
            line("```bash");
            u.awsCli().forEach(this::line);
            line("```");
        }
        line("");
        u.cautions().forEach(c -> line("- " + cell(c)));
        line("");
        line(u.awsCli().isEmpty() ? "The new cluster in Terraform:" : "The same change in Terraform (`aws_msk_cluster`):");
        line("");
        line(u.awsCli().isEmpty() ? "```hcl" : "```diff");
        md.append(u.terraform());
        line("```");
    }

    private void profile(MeasuredProfile p) {
        section("Measured workload");
        table(List.of("Average ingress", "Peak ingress (p" + num(p.peakPercentile()) + ")", "Average egress",
                "Peak egress", "Fan-out", "Leader partitions", "Data stored (one copy)"));
        row(num(p.avgIngressMBps(), "MB/s"), num(p.peakIngressMBps(), "MB/s"), num(p.avgEgressMBps(), "MB/s"),
                num(p.peakEgressMBps(), "MB/s"), num(p.fanOut()), String.valueOf(p.leaderPartitions()),
                num(p.storageUsedGiB(), "GiB"));
    }

    private void costs(RightsizeReport r) {
        section("Monthly cost now");
        table(List.of("Line", "Quantity", "Unit", "Unit price", "Monthly"));
        for (LineItem l : r.currentCost().lineItems()) {
            row(l.item(), ReportText.quantity(l.quantity()), l.unit(),
                    Format.unitPrice(l.unitPriceUsd()), usd(l.monthlyUsd()));
        }
        row("**Total**", "", "", "", "**" + usd(r.currentCost().monthlyUsd()) + "**");
        section("Cheapest options that carry this workload");
        table(List.of("Option", "Deployment", "Monthly", "Change"));
        for (SizedOption o : r.alternatives()) {
            row(o.description(), o.deployment().id(), usd(o.monthlyUsd()),
                    Verdict.describeChange(o.monthlyUsd().subtract(r.currentCost().monthlyUsd())));
        }
    }

    private void topics(TopicSection t) {
        section(TopicSection.TITLE);
        line(cell(t.summary()));
        if (t.rows().isEmpty()) {
            return;
        }
        line("");
        table(TopicSection.HEADERS);
        t.rows().forEach(cells -> row(cells.toArray(String[]::new)));
        section(TopicSection.ADVICE_TITLE);
        if (t.advice().isEmpty()) {
            line(TopicSection.NO_ADVICE);
        }
        for (var a : t.advice()) {
            line("- " + cell(a.sentence()));
            line("");
            line("  ```bash");
            line("  " + a.command());
            line("  ```");
        }
    }

    private void metrics(String title, List<MetricSummary> list) {
        section(title);
        table(List.of("Metric", "Scope", "Unit", "Mean", "p50", "p95", "p99", "Max", "Points", "Missing"));
        for (MetricSummary m : list) {
            if (m.stats().isEmpty()) {
                row(m.metric(), m.scope(), m.unit(), "-", "-", "-", "-", "-", "0", String.valueOf(m.missingPoints()));
                continue;
            }
            var s = m.stats().get();
            row(m.metric(), m.scope(), m.unit(), num(s.mean()), num(s.p50()), num(s.p95()), num(s.p99()), num(s.max()),
                    String.valueOf(m.points()), String.valueOf(m.missingPoints()));
        }
    }

    private void forecast(RightsizeReport r) {
        section("Forecast");
        ReportSentences.forecast(r).forEach(f -> line("- " + cell(f)));
        section("When thresholds are reached");
        ReportSentences.thresholds(r).forEach(t -> line("- " + (t.flagged() ? "**" + cell(t.text()) + "**" : cell(t.text()))));
    }

    private void section(String title) {
        line("");
        line("## " + title);
        line("");
    }

    private void table(List<String> headers) {
        row(headers.toArray(String[]::new));
        md.append("|").append("---|".repeat(headers.size())).append('\n');
    }

    private void row(String... cells) {
        md.append('|');
        for (String c : cells) {
            md.append(' ').append(cell(c)).append(" |");
        }
        md.append('\n');
    }

    private void line(String s) {
        md.append(s).append('\n');
    }

    /** Table-safe text: a pipe would split the cell, a newline the row. */
    private static String cell(String s) {
        return s == null ? "" : s.replace("\\", "\\\\").replace("|", "\\|").replace("\r", " ").replace("\n", " ");
    }
}
