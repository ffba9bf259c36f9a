package mskplanner.engine.matrix;

import java.util.Comparator;
import java.util.Optional;
import java.util.stream.Stream;
import mskplanner.engine.alternatives.ClientAuthentication;
import mskplanner.engine.alternatives.KinesisWorkload;
import mskplanner.engine.alternatives.OpsAssumption;
import mskplanner.engine.alternatives.SelfManagedEc2Input;
import mskplanner.engine.alternatives.ServerlessWorkload;
import mskplanner.engine.alternatives.Traffic;
import mskplanner.engine.catalog.Deployment;
import mskplanner.engine.limits.Limits;
import mskplanner.engine.sizing.Assumptions;
import mskplanner.engine.sizing.Plan;
import mskplanner.engine.sizing.SizedOption;
import mskplanner.engine.sizing.WorkloadProfile;
import mskplanner.engine.units.BilledUnits;
import mskplanner.engine.units.Units;

/**
 * One sized workload as each alternative sees it. Where the profile leaves something open, the choice is made here,
 * once, and said in the plan's notes:
 * <ul>
 *   <li>message size: {@code avgMessageBytes}, else {@value #DEFAULT_AVG_MESSAGE_BYTES} bytes (the reference's
 *   Kinesis worked example); largest message: {@code maxMessageBytes}, else the average (no larger messages known);</li>
 *   <li>consumer groups: {@code consumerGroups}, else the fan-out rounded up;</li>
 *   <li>Serverless partitions: the user's {@code partitions} as given; the partition formula's count otherwise, raised
 *   so that no partition carries more than Serverless's per-partition ingress and egress quotas (the formula assumes
 *   12 MB/s per partition, Serverless allows 5): an architect moving to Serverless creates that many;</li>
 *   <li>self-managed EC2: the Standard pick's brokers on the matching EC2 type, gp3 holding what the Standard brokers'
 *   EBS holds (the whole retention when the MSK plan tiers: EC2 has no tiered storage here), provisioned with the
 *   peak storage throughput the sizing model expects per broker (peak ingress x storage I/O factor / brokers) and the
 *   free baseline IOPS (Kafka writes sequentially).</li>
 * </ul>
 */
public final class WorkloadViews {
    /** A message size when the profile has none: 1 KB, as in the reference's Kinesis worked example. */
    public static final double DEFAULT_AVG_MESSAGE_BYTES = 1000;

    private WorkloadViews() {
    }

    public static Traffic traffic(WorkloadProfile p) {
        return new Traffic(p.avgIngressMBps(), p.peakIngressMBps(), p.avgEgressMBps(), p.peakEgressMBps());
    }

    public static double avgMessageBytes(WorkloadProfile p) {
        return p.avgMessageBytes().orElse(DEFAULT_AVG_MESSAGE_BYTES);
    }

    public static long maxMessageBytes(WorkloadProfile p) {
        return p.maxMessageBytes().orElse((long) Math.ceil(avgMessageBytes(p)));
    }

    public static int consumerGroups(WorkloadProfile p) {
        return p.consumerGroups().orElse((int) Math.max(1, BilledUnits.wholeUnits(p.fanOut())));
    }

    /** Leader partitions on Serverless for a workload the planner gave {@code planned} partitions. */
    public static int serverlessPartitions(WorkloadProfile p, int planned, Limits.Serverless quotas) {
        if (p.partitions().isPresent()) {
            return planned;
        }
        long forIngress = BilledUnits.wholeUnits(p.peakIngressMBps() / quotas.maxIngressPerPartitionMBps());
        long forEgress = BilledUnits.wholeUnits(p.peakEgressMBps() / quotas.maxEgressPerPartitionMBps());
        return (int) Math.min(Integer.MAX_VALUE, Math.max(planned, Math.max(forIngress, forEgress)));
    }

    public static ServerlessWorkload serverless(WorkloadProfile p, int partitions, int compactedPartitions,
                                                ClientAuthentication authentication) {
        return new ServerlessWorkload(traffic(p), partitions, compactedPartitions, maxMessageBytes(p), p.retentionHours(),
                authentication);
    }

    public static KinesisWorkload kinesis(WorkloadProfile p) {
        return new KinesisWorkload(traffic(p), avgMessageBytes(p), maxMessageBytes(p), consumerGroups(p), p.retentionHours());
    }

    /**
     * The Standard option self-managed Kafka copies: the cheaper of the m5 and m7g picks; when neither fits the MSK
     * broker quota (which does not bind on EC2), the cheapest m5 or m7g option.
     */
    public static Optional<SizedOption> standardPick(Plan plan) {
        Optional<SizedOption> pick = Stream.of(plan.recommended().m5(), plan.recommended().m7g())
                .flatMap(Optional::stream).min(Comparator.comparing(SizedOption::monthlyUsd));
        if (pick.isPresent()) {
            return pick;
        }
        return plan.options().stream().filter(o -> o.deployment() == Deployment.STANDARD)
                .filter(o -> o.recommendationClass().isPresent()).min(Comparator.comparing(SizedOption::monthlyUsd));
    }

    public static SelfManagedEc2Input selfManagedEc2(SizedOption standard, WorkloadProfile p, Assumptions a,
                                                     Optional<OpsAssumption> ops) {
        int brokers = standard.brokers();
        double storage = standard.storageGiBPerBroker() * (p.retentionHours() / p.localRetentionHours());
        double throughput = p.peakIngressMBps() * Units.MIB_PER_MB * a.storageIoFactor().total(false) / brokers;
        return new SelfManagedEc2Input(standard.instanceType().ec2Equivalent(), brokers, storage, throughput, 0,
                traffic(p), p.replicationFactor(), p.availabilityZones(), p.rackAwareConsumers(), ops);
    }
}
