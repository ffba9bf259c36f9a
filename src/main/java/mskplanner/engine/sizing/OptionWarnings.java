package mskplanner.engine.sizing;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import mskplanner.engine.catalog.InstanceType;
import mskplanner.engine.format.Format;

/** The warnings of one sized option. Warnings never change the numbers; they say what to watch. */
final class OptionWarnings {
    /** With fewer brokers, one broker down loses too large a share of the cluster. */
    static final int PRODUCTION_MIN_BROKERS = 3;

    private OptionWarnings() {
    }

    static List<String> standard(InstanceType t, Sizing s, ModelDemand d, Preset preset, double limitMBps,
                                 OptionalDouble pstMiBps) {
        WorkloadProfile p = d.profile();
        List<String> w = common(t, s.brokers(), d, d.replicas(p.replicationFactor()));
        if (t.burstable() || !t.kraft()) {
            w.add(t.name() + " is for development only: burstable CPU, and it cannot run KRaft (ZooKeeper mode, at most"
                    + " 30 brokers per cluster).");
            if (p.tieredStorage()) {
                w.add(t.name() + " does not support tiered storage.");
            }
        }
        p.provisionedThroughputMiBps().ifPresent(requested -> {
            if (pstMiBps.isEmpty() && t.pstEligible()) {
                w.add("Provisioned storage throughput not applied to " + t.name() + ": the aws-workbook preset follows"
                        + " AWS's sizing script, which does not offer it on this size (MSK allows up to "
                        + Format.plain(t.pstMaxMiBps().orElseThrow()) + " MiB/s); the sustained-throughput preset"
                        + " sizes with it.");
            } else if (pstMiBps.isEmpty()) {
                w.add("Provisioned storage throughput is available on kafka.m5.4xlarge and kafka.m7g.2xlarge and larger"
                        + " sizes only: not applied to " + t.name() + ".");
            } else if (pstMiBps.getAsDouble() < requested) {
                w.add("Provisioned storage throughput capped at " + Format.plain(pstMiBps.getAsDouble())
                        + " MiB/s per broker, the most " + t.name() + " supports.");
            }
        });
        double target = d.assumptions().sustainedTarget();
        if (preset == Preset.AWS_WORKBOOK && p.peakIngressMBps() > target * limitMBps) {
            w.add(String.format(Locale.ROOT,
                    "Cross-check: peak ingress %.2f MB/s is above %s%% of this cluster's Equation 1 sustained limit"
                            + " (%.2f MB/s).", p.peakIngressMBps(), Format.plain(target * 100), limitMBps));
        }
        return w;
    }

    static List<String> express(InstanceType t, int brokers, ModelDemand d, int replicationFactor) {
        return common(t, brokers, d, d.replicas(replicationFactor));
    }

    private static List<String> common(InstanceType t, int brokers, ModelDemand d, int replicas) {
        List<String> w = new ArrayList<>();
        int quota = d.assumptions().brokerQuota();
        if (brokers > quota) {
            w.add("Needs " + brokers + " brokers, above the broker quota of " + quota
                    + " per cluster: request a quota increase or pick a larger size.");
        }
        if (brokers < PRODUCTION_MIN_BROKERS) {
            w.add("Only " + brokers + " brokers: losing one takes half the cluster; production needs at least 3 brokers"
                    + " over 3 AZs.");
        }
        spread(d.leaders(), brokers).ifPresent(w::add);
        partitionLimit(t, replicas, brokers).ifPresent(w::add);
        return w;
    }

    /** Leaders that do not divide over the brokers: some brokers lead (and carry) more than others. */
    static Optional<String> spread(int leaders, int brokers) {
        if (leaders % brokers == 0) {
            return Optional.empty();
        }
        return Optional.of(leaders + " partitions do not spread evenly over " + brokers + " brokers: some brokers lead "
                + ceilDiv(leaders, brokers) + ", others " + leaders / brokers + ".");
    }

    /** Replicas per broker above the size's recommended count, or above its maximum (MSK then blocks updates). */
    static Optional<String> partitionLimit(InstanceType t, int replicas, int brokers) {
        int perBroker = ceilDiv(replicas, brokers);
        if (perBroker > t.partitionsMax()) {
            return Optional.of(perBroker + " partition replicas per broker are above the maximum of " + t.partitionsMax()
                    + ": MSK blocks configuration and broker-size updates.");
        } else if (perBroker > t.partitionsRecommended()) {
            return Optional.of(perBroker + " partition replicas per broker are above the recommended "
                    + t.partitionsRecommended() + " for " + t.name() + ".");
        }
        return Optional.empty();
    }

    private static int ceilDiv(int a, int b) {
        return (int) (((long) a + b - 1) / b);
    }
}
