package mskplanner.app.plan;

import java.math.BigDecimal;
import java.util.Optional;
import mskplanner.engine.InvalidInputException;
import mskplanner.engine.alternatives.ClientAuthentication;
import mskplanner.engine.alternatives.OpsAssumption;
import mskplanner.engine.matrix.ConnectWorkers;
import mskplanner.engine.matrix.MatrixInput;

import mskplanner.engine.limits.Limits;
import mskplanner.engine.sizing.Assumptions;
import mskplanner.engine.sizing.PlanInput;
import mskplanner.engine.sizing.Preset;
import mskplanner.engine.sizing.WorkloadProfile;
import mskplanner.engine.topics.TopicInventory;

/** Maps the plan request (JSON contract) to the engine's input; the engine applies the defaults and the checks. */
public final class PlanMapping {
    private PlanMapping() {
    }

    public static PlanInput toInput(PlanRequest r, Limits limits) {
        Preset preset = Preset.fromId(r.preset());
        WorkloadProfile profile = r.topics() == null ? profile(r) : fromTopics(r);
        Assumptions assumptions = Assumptions.builder(limits)
                .writeMBpsPerPartition(r.writeMBpsPerPartition()).readMBpsPerPartition(r.readMBpsPerPartition())
                .utilizationStandard(r.utilizationStandard()).utilizationExpress(r.utilizationExpress())
                .diskHeadroom(r.diskHeadroom()).hoursPerMonth(r.hoursPerMonth()).brokerQuota(r.brokerQuota())
                .useMaxPartitions(r.useMaxPartitions())
                .build();
        return new PlanInput(profile, assumptions, preset);
    }

    private static WorkloadProfile profile(PlanRequest r) {
        return WorkloadProfile.builder()
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
    }

    /** The inventory's sums as the traffic, its storage as the retention that gives it ({@link TopicMapping}). */
    private static WorkloadProfile fromTopics(PlanRequest r) {
        TopicMapping.checkReplaced(r);
        TopicInventory inventory = TopicMapping.inventory(r);
        return WorkloadProfile.builder()
                .avgIngressMBps(inventory.avgIngressMBps()).peakIngressMBps(TopicMapping.peakIngressMBps(r, inventory))
                .avgEgressMBps(TopicMapping.avgEgressMBps(inventory)).peakEgressMBps(TopicMapping.peakEgressMBps(r, inventory))
                .avgMessageBytes(r.avgMessageBytes() != null ? r.avgMessageBytes()
                        : inventory.avgMessageBytes().isPresent() ? inventory.avgMessageBytes().getAsDouble() : null)
                .maxMessageBytes(r.maxMessageBytes())
                .partitions(Math.max(inventory.partitions(), r.partitions() == null ? 0 : r.partitions()))
                .maxConsumerParallelism(r.maxConsumerParallelism())
                .replicationFactor(inventory.replicationFactor()).minInsyncReplicas(r.minInsyncReplicas())
                .availabilityZones(r.availabilityZones()).retentionHours(inventory.retentionHours())
                .localRetentionHours(inventory.localRetentionHours()).provisionedThroughputMiBps(r.provisionedThroughputMiBps())
                .rackAwareConsumers(r.rackAwareConsumers())
                .build();
    }

    /**
     * The decision-matrix fields: defaults 0% discount, no ops time, no compacted partitions, IAM, no Connect, with
     * the break-even sweep. Ops hours or an hourly rate alone count the other as 0; {@code mcuPerWorker} needs
     * {@code connectWorkers} and defaults to 1.
     */
    public static MatrixInput toMatrixInput(PlanRequest r) {
        Optional<OpsAssumption> ops = r.opsHoursPerMonth() == null && r.opsHourlyUsd() == null ? Optional.empty()
                : Optional.of(new OpsAssumption(r.opsHoursPerMonth() == null ? 0 : r.opsHoursPerMonth(),
                        r.opsHourlyUsd() == null ? BigDecimal.ZERO : r.opsHourlyUsd()));
        if (r.connectWorkers() == null && r.mcuPerWorker() != null) {
            throw new InvalidInputException("connectWorkers", null, "required with mcuPerWorker (the workers to price)");
        }
        Optional<ConnectWorkers> connect = r.connectWorkers() == null ? Optional.empty()
                : Optional.of(new ConnectWorkers(r.connectWorkers(),
                        r.mcuPerWorker() == null ? ConnectWorkers.DEFAULT_MCU_PER_WORKER : r.mcuPerWorker()));
        return new MatrixInput(r.mskDiscountPercent() == null ? 0 : r.mskDiscountPercent(), ops,
                r.compactedPartitions() == null ? 0 : r.compactedPartitions(),
                r.authentication() == null ? ClientAuthentication.IAM : ClientAuthentication.fromId(r.authentication()),
                connect, r.breakEven() == null || r.breakEven());
    }
}
