package mskplanner.web.page.plan;

import java.util.List;
import mskplanner.app.plan.AssumptionsDto;
import mskplanner.app.plan.PlanResponse;
import mskplanner.engine.format.Format;
import mskplanner.web.page.Step;

/**
 * The partition formula written out with the workload's numbers:
 * {@code max(⌈peak ingress ÷ write per partition⌉, ⌈peak egress per group ÷ read per partition⌉, parallelism)}.
 */
final class PartitionSteps {
    private PartitionSteps() {
    }

    /** {@code consumerGroups} is the request's (the answer's workload does not echo it), or {@code null} when not given. */
    static PartitionsView of(PlanResponse answer, Integer consumerGroups) {
        PlanResponse.Partitions p = answer.partitions();
        PlanResponse.Raw raw = p.raw();
        PlanResponse.Workload workload = answer.workload();
        AssumptionsDto assumptions = answer.assumptions();
        List<Step> steps = List.of(
                new Step("By ingress", ceilDivision(workload.peakIngressMBps(), "MB/s peak ingress",
                        assumptions.writeMBpsPerPartition(), raw.byIngress())),
                new Step("By egress", ceilDivision(perGroupEgress(workload, consumerGroups), "MB/s peak egress per consumer group",
                        assumptions.readMBpsPerPartition(), raw.byEgress())),
                new Step("By consumer parallelism", raw.byParallelism() + " consumers in the largest group"),
                new Step("By availability zones", raw.byAvailabilityZones() + " AZs: at least one partition per AZ, so a"
                        + " small topic's leaders spread over the brokers instead of sitting on one"),
                new Step("Recommended", recommendedStep(raw, p.recommended())),
                new Step("Replicas", p.recommended() + " \u00D7 replication factor " + workload.replicationFactor() + " = " + p.replicas()));
        return new PartitionsView(p.recommended(), p.powerOfTwo(), p.replicas(), steps, p.warnings());
    }

    private static String ceilDivision(double demand, String what, double perPartition, int result) {
        return "\u2308" + Format.number(demand) + " " + what + " \u00F7 " + Format.number(perPartition)
                + " MB/s per partition\u2309 = " + result;
    }

    /** Peak egress of one group: split over the groups when their count is known, else the whole stream. */
    private static double perGroupEgress(PlanResponse.Workload workload, Integer groups) {
        if (groups != null && groups > 0) {
            return workload.peakEgressMBps() / groups;
        }
        return Math.min(workload.peakIngressMBps(), workload.peakEgressMBps());
    }

    private static String recommendedStep(PlanResponse.Raw raw, int recommended) {
        int byParallelism = raw.byParallelism();
        int max = Math.max(Math.max(raw.byIngress(), raw.byEgress()), Math.max(byParallelism, raw.byAvailabilityZones()));
        String formula = "max(" + raw.byIngress() + ", " + raw.byEgress() + ", " + byParallelism + ", "
                + raw.byAvailabilityZones() + ") = " + max;
        if (recommended == max) {
            return formula;
        }
        if (byParallelism > 0 && recommended > max && recommended % byParallelism == 0) {
            return formula + ", rounded up to a multiple of " + byParallelism + " = " + recommended;
        }
        return recommended + ", as given in the request (the formula gives " + formula + ")";
    }
}
