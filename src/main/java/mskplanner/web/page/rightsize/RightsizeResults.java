package mskplanner.web.page.rightsize;

import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import mskplanner.engine.format.Format;
import mskplanner.engine.rightsize.ClusterDescription;
import mskplanner.engine.rightsize.MetricSummary;
import mskplanner.engine.rightsize.RightsizeReport;
import mskplanner.engine.rightsize.VerdictApply;
import mskplanner.engine.rightsize.SizedOption;
import mskplanner.engine.rightsize.Verdict;
import mskplanner.rightsize.RightsizeMapping;
import mskplanner.rightsize.RightsizeResponse;
import mskplanner.rightsize.report.ReportSentences;
import mskplanner.rightsize.report.ReportText;
import mskplanner.rightsize.report.RightsizeFormat;
import mskplanner.web.page.Step;

/** Builds what the page shows from the typed report: the sentences come from {@link ReportSentences}, like the reports'. */
final class RightsizeResults {
    private RightsizeResults() {
    }

    static RightsizeResult of(RightsizeReport r) {
        RightsizeResponse json = RightsizeMapping.toResponse(r);
        return new RightsizeResult(r.cluster().region(), verdictClass(r.verdict().kind()), ReportSentences.verdict(r),
                ReportSentences.cost(r), Format.usd(r.verdict().currentMonthlyUsd()),
                r.verdict().evidence().stream().map(e -> new EvidenceBar(e.check(), e.measured(), e.limit(), e.unit(),
                        e.breached(), e.note())).toList(),
                cluster(r), steps(json.profile()), json.currentCost().lineItems(), alternatives(r),
                metrics(r.clusterMetrics()), metrics(r.brokerMetrics()), ReportSentences.forecast(r), TrendChart.of(r.trends()),
                ReportSentences.thresholds(r), steps(json.assumptions()), r.warnings(), downloads(r),
                VerdictApply.of(r).orElse(null));
    }

    /** A CSS class per verdict kind, from the enum, so no text from the report becomes a class name. */
    private static String verdictClass(Verdict.Kind kind) {
        return "verdict verdict-" + switch (kind) {
            case RIGHT_SIZED -> "right-sized";
            case OVER_PROVISIONED -> "over-provisioned";
            case UNDER_PROVISIONED -> "under-provisioned";
            case UNDECIDED -> "undecided";
            default -> "switch-deployment";
        };
    }

    private static List<Step> cluster(RightsizeReport r) {
        ClusterDescription c = r.cluster();
        List<Step> facts = new ArrayList<>();
        facts.add(new Step("Cluster", c.name() + " (" + c.region() + ")"));
        facts.add(new Step("Brokers", c.brokerCount() + " \u00D7 " + c.instanceType() + " over " + c.availabilityZones() + " AZs"));
        if (!c.express()) {
            facts.add(new Step("Storage per broker", Format.number(c.volumeSizeGiB(), 0) + " GiB, "
                    + c.storageMode().name().toLowerCase(Locale.ROOT)));
        }
        facts.add(new Step("History", ReportText.window(r)));
        facts.add(new Step("Source", ReportText.source(r)));
        return facts;
    }

    private static List<Step> alternatives(RightsizeReport r) {
        BigDecimal now = r.verdict().currentMonthlyUsd();
        List<Step> steps = new ArrayList<>();
        for (SizedOption o : r.alternatives()) {
            steps.add(new Step(o.description(), Format.usd(o.monthlyUsd()) + " per month, "
                    + Verdict.describeChange(o.monthlyUsd().subtract(now))));
        }
        return steps;
    }

    private static List<MetricRow> metrics(List<MetricSummary> list) {
        return list.stream().map(m -> new MetricRow(m.metric(), m.scope(), m.unit(), m.points(), m.missingPoints(),
                m.stats().map(s -> Format.number(s.mean())).orElse(""), m.stats().map(s -> Format.number(s.p50())).orElse(""),
                m.stats().map(s -> Format.number(s.p95())).orElse(""), m.stats().map(s -> Format.number(s.p99())).orElse(""),
                m.stats().map(s -> Format.number(s.max())).orElse(""))).toList();
    }

    /** One step per component of a contract record, named as in the JSON. */
    private static List<Step> steps(Record values) {
        List<Step> steps = new ArrayList<>();
        for (RecordComponent c : values.getClass().getRecordComponents()) {
            try {
                Object v = c.getAccessor().invoke(values);
                steps.add(new Step(c.getName(), v instanceof Number n ? Format.number(n.doubleValue(), 3) : String.valueOf(v)));
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("cannot read " + c.getName() + " of " + values.getClass().getSimpleName(), e);
            }
        }
        return steps;
    }

    private static List<DownloadLink> downloads(RightsizeReport r) {
        String base = "rightsize-" + r.cluster().name().replaceAll("[^A-Za-z0-9._-]", "_");
        return List.of(download(r, RightsizeFormat.html, "HTML report", base + ".html", "text/html"),
                download(r, RightsizeFormat.md, "Markdown", base + ".md", "text/markdown"),
                download(r, RightsizeFormat.json, "JSON", base + ".json", "application/json"));
    }

    private static DownloadLink download(RightsizeReport r, RightsizeFormat format, String label, String fileName,
                                                     String mediaType) {
        return DownloadLink.of(format.name(), label, fileName, mediaType, format.render(r));
    }
}
