package mskplanner.app.plan;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import mskplanner.app.Csv;
import mskplanner.engine.units.Units;

/** CSV (one row per option, for spreadsheet {@code IMPORTDATA}) and the CLI's plain-text summary of a plan. */
public final class PlanFormats {
    /**
     * The plan CSV's columns, a public contract: new ones are only ever added at the end. {@code annualUsd} is the
     * option's {@code monthlyUsd} x 12; {@code partitions}, {@code cheapestDeployment} and {@code cheapestMonthlyUsd}
     * are the plan's (the same in every row; the cheapest is empty when the decision matrix was not run).
     */
    public static final List<String> CSV_HEADER = List.of("deployment", "instanceType", "brokers", "bottleneck", "monthlyUsd",
            "fitsQuota", "storageGiBPerBroker", "sustainedLimitMBps", "recommended-for",
            "annualUsd", "partitions", "cheapestDeployment", "cheapestMonthlyUsd");
    /** How many columns the plan CSV had before {@code annualUsd}: the batch CSV keeps its {@code error} column after them. */
    public static final int FIRST_CSV_COLUMNS = 9;

    private PlanFormats() {
    }

    public static String csv(PlanResponse r) {
        StringBuilder sb = new StringBuilder(Csv.row(CSV_HEADER));
        for (OptionDto o : r.options()) {
            sb.append(Csv.row(csvCells(r, o)));
        }
        return sb.toString();
    }

    /** The cells of one option's CSV row, in {@link #CSV_HEADER} order (shared with the batch planner's rows). */
    public static List<Object> csvCells(PlanResponse r, OptionDto o) {
        return Arrays.asList(o.deployment(), o.instanceType(), o.brokers(), o.bottleneck(), o.monthlyUsd(),
                o.fitsQuota(), o.storageGiBPerBroker(),
                o.sustainedLimitMBps() == null ? null : twoDecimals(o.sustainedLimitMBps()),
                String.join(" ", r.recommendedFor(o)),
                Units.annual(o.monthlyUsd()), r.partitions().recommended(),
                r.cheapest() == null ? null : r.cheapest().deployment(), r.cheapest() == null ? null : r.cheapest().monthlyUsd());
    }

    public static String table(PlanResponse r) {
        StringBuilder sb = new StringBuilder();
        PlanResponse.Workload w = r.workload();
        line(sb, "Plan: preset %s, region %s, %s h/month (prices: %s, published %s)", r.preset(), r.region(),
                num(r.assumptions().hoursPerMonth()), r.pricing().source(), r.pricing().publicationDate());
        line(sb, "Workload: ingress %s MB/s avg, %s peak; egress %s avg, %s peak; RF %d, min ISR %d, %d AZs; retention %s h (%s h local%s)",
                num(w.avgIngressMBps()), num(w.peakIngressMBps()), num(w.avgEgressMBps()), num(w.peakEgressMBps()),
                w.replicationFactor(), w.minInsyncReplicas(), w.availabilityZones(), num(w.retentionHours()),
                num(w.localRetentionHours()), w.tieredStorage() ? ", tiered storage" : "");
        PlanResponse.Partitions p = r.partitions();
        line(sb, "%nPartitions: %d (by ingress %d, by egress %d, by consumer parallelism %d); power of two: %d; replicas: %d",
                p.recommended(), p.raw().byIngress(), p.raw().byEgress(), p.raw().byParallelism(), p.powerOfTwo(), p.replicas());
        p.warnings().forEach(x -> line(sb, "  ! %s", x));
        line(sb, "%nRecommended (cheapest within %d brokers):", r.assumptions().brokerQuota());
        pick(sb, "m5", r.recommended().m5());
        pick(sb, "m7g", r.recommended().m7g());
        pick(sb, "express", r.recommended().express());
        pick(sb, "overall", r.recommended().overall());
        line(sb, "%n  %-22s %8s %-11s %14s %-5s %12s %14s", "instance type", "brokers", "bottleneck", "USD/month", "fits",
                "GiB/broker", "sustained MB/s");
        for (OptionDto o : r.options()) {
            line(sb, "  %-22s %8d %-11s %14s %-5s %12s %14s", o.instanceType(), o.brokers(), o.bottleneck(),
                    o.monthlyUsd().toPlainString(), o.fitsQuota() ? "yes" : "no", String.valueOf(o.storageGiBPerBroker()),
                    o.sustainedLimitMBps() == null ? "-" : twoDecimals(o.sustainedLimitMBps()));
        }
        if (!r.warnings().isEmpty()) {
            line(sb, "%nWarnings:");
            r.warnings().forEach(x -> line(sb, "  - %s", x));
        }
        MatrixTable.append(sb, r);
        return sb.toString();
    }

    private static void pick(StringBuilder sb, String label, OptionDto o) {
        if (o == null) {
            line(sb, "  %-8s none fits the broker quota", label);
        } else {
            line(sb, "  %-8s %d x %s, bound by %s: %s USD/month", label, o.brokers(), o.instanceType(), o.bottleneck(),
                    o.monthlyUsd().toPlainString());
        }
    }

    private static void line(StringBuilder sb, String format, Object... args) {
        sb.append(String.format(Locale.ROOT, format, args)).append(System.lineSeparator());
    }

    private static BigDecimal twoDecimals(double v) {
        return BigDecimal.valueOf(v).setScale(2, RoundingMode.HALF_UP);
    }

    private static String num(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? String.valueOf((long) v)
                : BigDecimal.valueOf(v).setScale(3, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
    }
}
