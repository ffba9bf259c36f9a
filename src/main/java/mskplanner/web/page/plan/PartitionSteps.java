package mskplanner.web.page.plan;

import mskplanner.engine.format.Format;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import mskplanner.engine.format.Format;
import mskplanner.web.page.Nodes;
import mskplanner.web.page.Step;

/**
 * The partition formula written out with the workload's numbers:
 * {@code max(⌈peak ingress ÷ write per partition⌉, ⌈peak egress per group ÷ read per partition⌉, parallelism)}.
 * A term whose inputs the answer does not echo is shown by its result only.
 */
final class PartitionSteps {
    private PartitionSteps() {
    }

    static PartitionsView of(JsonNode answer, Map<String, List<String>> request) {
        JsonNode p = answer.get("partitions");
        JsonNode raw = p == null ? null : p.get("raw");
        JsonNode workload = answer.get("workload");
        JsonNode assumptions = answer.get("assumptions");
        int byIngress = Nodes.integer(raw, "byIngress");
        int byEgress = Nodes.integer(raw, "byEgress");
        int byParallelism = Nodes.integer(raw, "byParallelism");
        int recommended = Nodes.integer(p, "recommended");
        List<Step> steps = new ArrayList<>();
        steps.add(new Step("By ingress", ceilDivision(Nodes.number(workload, "peakIngressMBps"), "MB/s peak ingress",
                Nodes.number(assumptions, "writeMBpsPerPartition"), byIngress)));
        steps.add(new Step("By egress", ceilDivision(perGroupEgress(workload, consumerGroups(request)), "MB/s peak egress per consumer group",
                Nodes.number(assumptions, "readMBpsPerPartition"), byEgress)));
        steps.add(new Step("By consumer parallelism", byParallelism + " consumers in the largest group"));
        steps.add(new Step("Recommended", recommendedStep(byIngress, byEgress, byParallelism, recommended)));
        steps.add(new Step("Replicas", replicas(recommended, Nodes.integer(p, "replicas"), workload)));
        return new PartitionsView(recommended, Nodes.integer(p, "powerOfTwo"), Nodes.integer(p, "replicas"), steps,
                Nodes.texts(p, "warnings"));
    }

    private static String ceilDivision(OptionalDouble demand, String what, OptionalDouble perPartition, int result) {
        if (demand.isEmpty() || perPartition.isEmpty()) {
            return String.valueOf(result);
        }
        return "\u2308" + Format.number(demand.getAsDouble()) + " " + what + " \u00F7 "
                + Format.number(perPartition.getAsDouble()) + " MB/s per partition\u2309 = " + result;
    }

    /** The consumer groups of the request; the answer's workload does not echo them. */
    private static OptionalDouble consumerGroups(Map<String, List<String>> request) {
        List<String> given = request.get("consumerGroups");
        try {
            return given == null || given.isEmpty() ? OptionalDouble.empty() : OptionalDouble.of(Double.parseDouble(given.get(0)));
        } catch (NumberFormatException e) {
            return OptionalDouble.empty();
        }
    }

    /** Peak egress of one group: split over the groups when their count is known, else the whole stream. */
    private static OptionalDouble perGroupEgress(JsonNode workload, OptionalDouble groups) {
        OptionalDouble peakEgress = Nodes.number(workload, "peakEgressMBps");
        OptionalDouble peakIngress = Nodes.number(workload, "peakIngressMBps");
        if (peakEgress.isEmpty()) {
            return OptionalDouble.empty();
        }
        if (groups.isPresent() && groups.getAsDouble() > 0) {
            return OptionalDouble.of(peakEgress.getAsDouble() / groups.getAsDouble());
        }
        return peakIngress.isPresent() ? OptionalDouble.of(Math.min(peakIngress.getAsDouble(), peakEgress.getAsDouble()))
                : peakEgress;
    }

    private static String recommendedStep(int byIngress, int byEgress, int byParallelism, int recommended) {
        int max = Math.max(byIngress, Math.max(byEgress, byParallelism));
        String formula = "max(" + byIngress + ", " + byEgress + ", " + byParallelism + ") = " + max;
        if (recommended == max) {
            return formula;
        }
        if (byParallelism > 0 && recommended > max && recommended % byParallelism == 0) {
            return formula + ", rounded up to a multiple of " + byParallelism + " = " + recommended;
        }
        return recommended + ", as given in the request (the formula gives " + formula + ")";
    }

    private static String replicas(int recommended, int replicas, JsonNode workload) {
        OptionalDouble rf = Nodes.number(workload, "replicationFactor");
        return rf.isPresent() ? recommended + " \u00D7 replication factor " + Format.number(rf.getAsDouble(), 0) + " = " + replicas
                : String.valueOf(replicas);
    }
}
