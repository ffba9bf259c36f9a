package mskplanner.api.plan;

import mskplanner.engine.limits.Limits;
import mskplanner.engine.sizing.Assumptions;
import mskplanner.engine.sizing.PlanInput;
import mskplanner.engine.sizing.Preset;
import mskplanner.engine.sizing.WorkloadProfile;

/** Maps the plan request (JSON contract) to the engine's input; the engine applies the defaults and the checks. */
public final class PlanMapping {
    private PlanMapping() {
    }

    public static PlanInput toInput(PlanRequest r, Limits limits) {
        Preset preset = Preset.fromId(r.preset());
        WorkloadProfile profile = WorkloadProfile.builder()
                .avgIngressMBps(r.avgIngressMBps()).peakIngressMBps(r.peakIngressMBps())
                .avgEgressMBps(r.avgEgressMBps()).peakEgressMBps(r.peakEgressMBps())
                .consumerGroups(r.consumerGroups()).messagesPerSecond(r.messagesPerSecond())
                .avgMessageBytes(r.avgMessageBytes()).maxMessageBytes(r.maxMessageBytes())
                .partitions(r.partitions()).maxConsumerParallelism(r.maxConsumerParallelism())
                .replicationFactor(r.replicationFactor()).minInsyncReplicas(r.minInsyncReplicas())
                .availabilityZones(r.availabilityZones()).retentionHours(r.retentionHours())
                .localRetentionHours(r.localRetentionHours()).provisionedThroughputMiBps(r.provisionedThroughputMiBps())
                .rackAwareConsumers(r.rackAwareConsumers())
                .build();
        Assumptions assumptions = Assumptions.builder(limits)
                .writeMBpsPerPartition(r.writeMBpsPerPartition()).readMBpsPerPartition(r.readMBpsPerPartition())
                .utilizationStandard(r.utilizationStandard()).utilizationExpress(r.utilizationExpress())
                .diskHeadroom(r.diskHeadroom()).hoursPerMonth(r.hoursPerMonth()).brokerQuota(r.brokerQuota())
                .useMaxPartitions(r.useMaxPartitions())
                .build();
        return new PlanInput(profile, assumptions, preset);
    }
}
