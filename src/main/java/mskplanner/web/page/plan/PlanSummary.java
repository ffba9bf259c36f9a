package mskplanner.web.page.plan;

import java.util.ArrayList;
import java.util.List;
import mskplanner.app.plan.PlanResponse;
import mskplanner.engine.format.Format;

/** The workload in one line, from the engine's echo of it (defaults applied), for the top of the results. */
final class PlanSummary {
    private PlanSummary() {
    }

    static String of(PlanResponse answer) {
        PlanResponse.Workload w = answer.workload();
        List<String> parts = new ArrayList<>();
        parts.add(rates(w.avgIngressMBps(), w.peakIngressMBps(), "ingress"));
        parts.add(rates(w.avgEgressMBps(), w.peakEgressMBps(), "egress"));
        parts.add(Format.number(w.retentionHours()) + " h retention" + (w.tieredStorage()
                ? " (" + Format.number(w.localRetentionHours()) + " h on brokers, the rest in tiered storage)" : ""));
        parts.add(Format.count(answer.partitions().recommended(), "partition"));
        parts.add("RF " + w.replicationFactor() + " over " + w.availabilityZones() + " AZs");
        if (answer.region() != null && !answer.region().isEmpty()) {
            parts.add(answer.region());
        }
        if (answer.preset() != null && !answer.preset().isEmpty()) {
            parts.add("preset " + answer.preset());
        }
        return String.join(" \u00B7 ", parts);
    }

    private static String rates(double avg, double peak, String what) {
        return Format.number(avg) + " MB/s average, " + Format.number(peak) + " MB/s peak " + what;
    }
}
