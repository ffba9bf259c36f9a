package mskplanner.web.page.plan;

import mskplanner.engine.format.Format;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import mskplanner.engine.format.Format;
import mskplanner.web.page.Nodes;

/** The workload in one line, from the engine's echo of it (defaults applied), for the top of the results. */
final class PlanSummary {
    private PlanSummary() {
    }

    static String of(JsonNode answer) {
        JsonNode w = answer.get("workload");
        List<String> parts = new ArrayList<>();
        add(parts, Nodes.number(w, "avgIngressMBps"), Nodes.number(w, "peakIngressMBps"), "ingress");
        add(parts, Nodes.number(w, "avgEgressMBps"), Nodes.number(w, "peakEgressMBps"), "egress");
        Nodes.number(w, "retentionHours").ifPresent(h -> parts.add(Format.number(h) + " h retention"));
        String region = Nodes.text(answer, "region");
        if (!region.isEmpty()) {
            parts.add(region);
        }
        String preset = Nodes.text(answer, "preset");
        if (!preset.isEmpty()) {
            parts.add("preset " + preset);
        }
        return String.join(" \u00B7 ", parts);
    }

    private static void add(List<String> parts, OptionalDouble avg, OptionalDouble peak, String what) {
        if (avg.isPresent() && peak.isPresent()) {
            parts.add(Format.number(avg.getAsDouble()) + " MB/s average, " + Format.number(peak.getAsDouble())
                    + " MB/s peak " + what);
        }
    }
}
