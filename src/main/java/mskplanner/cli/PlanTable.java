package mskplanner.cli;

import java.util.Locale;
import mskplanner.app.plan.OptionDto;
import mskplanner.app.plan.PlanFormats;
import mskplanner.app.plan.PlanResponse;
import mskplanner.engine.format.Format;

/** The CLI's plain-text summary of a plan: the workload, partitions, the picks, every option and the decision matrix. */
final class PlanTable {
    private PlanTable() {
    }

    static String of(PlanResponse r) {
        StringBuilder sb = new StringBuilder();
        PlanResponse.Workload w = r.workload();
        line(sb, "Plan: preset %s, region %s, %s h/month (prices: %s, published %s)", r.preset(), r.region(),
                num(r.assumptions().hoursPerMonth()), r.pricing().source(), r.pricing().publicationDate());
        line(sb, "Workload: ingress %s MB/s avg, %s peak; egress %s avg, %s peak; RF %d, min ISR %d, %d AZs; retention %s h (%s h local%s)",
                num(w.avgIngressMBps()), num(w.peakIngressMBps()), num(w.avgEgressMBps()), num(w.peakEgressMBps()),
                w.replicationFactor(), w.minInsyncReplicas(), w.availabilityZones(), num(w.retentionHours()),
                num(w.localRetentionHours()), w.tieredStorage() ? ", tiered storage" : "");
        PlanResponse.Partitions p = r.partitions();
        line(sb, "%nPartitions: %d (by ingress %d, by egress %d, by consumer parallelism %d, by availability zones %d);"
                + " power of two: %d; replicas: %d", p.recommended(), p.raw().byIngress(), p.raw().byEgress(),
                p.raw().byParallelism(), p.raw().byAvailabilityZones(), p.powerOfTwo(), p.replicas());
        p.warnings().forEach(x -> line(sb, "  ! %s", x));
        line(sb, "%nRecommended (cheapest within %d brokers):", r.assumptions().brokerQuota());
        pick(sb, "m5", r.recommended().m5());
        pick(sb, "m7g", r.recommended().m7g());
        pick(sb, "express", r.recommended().express());
        pick(sb, "overall", r.recommended().overall());
        line(sb, "%n  %-22s %8s %-11s %14s %-5s %12s %14s", "instance type", "brokers", "bottleneck", "per month", "fits",
                "GiB/broker", "sustained MB/s");
        for (OptionDto o : r.options()) {
            line(sb, "  %-22s %8d %-11s %14s %-5s %12s %14s", o.instanceType(), o.brokers(), o.bottleneck(),
                    Format.usd(o.monthlyUsd()), o.fitsQuota() ? "yes" : "no", String.valueOf(o.storageGiBPerBroker()),
                    o.sustainedLimitMBps() == null ? "-" : PlanFormats.sustainedLimitMBps(o));
        }
        if (!r.warnings().isEmpty()) {
            line(sb, "%nWarnings:");
            r.warnings().forEach(x -> line(sb, "  - %s", x));
        }
        if (r.topics() != null) {
            TopicTable.append(sb, r.topics());
        }
        MatrixTable.append(sb, r);
        return sb.toString();
    }

    private static void pick(StringBuilder sb, String label, OptionDto o) {
        if (o == null) {
            line(sb, "  %-8s none fits the broker quota", label);
        } else {
            line(sb, "  %-8s %d x %s, bound by %s: %s per month", label, o.brokers(), o.instanceType(), o.bottleneck(),
                    Format.usd(o.monthlyUsd()));
        }
    }

    private static void line(StringBuilder sb, String format, Object... args) {
        sb.append(String.format(Locale.ROOT, format, args)).append(System.lineSeparator());
    }

    private static String num(double v) {
        return Format.plain(v, 3);
    }
}
