package mskplanner.engine.sizing;

import mskplanner.engine.catalog.InstanceType;

/** The constraints every Standard preset and Express share. */
final class CommonConstraints {
    private CommonConstraints() {
    }

    /** Partition replicas vs the per-broker recommended count (or the maximum, when the request asks for it). */
    static Constraint partitions(InstanceType t, int replicas, boolean useMax, int zones) {
        int perBroker = useMax ? t.partitionsMax() : t.partitionsRecommended();
        return new Constraint(ConstraintName.PARTITIONS, Sizing.brokersFor(replicas, perBroker, zones), replicas,
                perBroker, useMax ? "partition replicas (maximum per broker)" : "partition replicas (recommended per broker)");
    }

    /** The cluster's EBS GiB (with headroom) vs the most one broker can have. */
    static Constraint storage(double ebsGiB, double maxGiBPerBroker, int zones) {
        return new Constraint(ConstraintName.STORAGE, Sizing.brokersFor(ebsGiB, maxGiBPerBroker, zones), ebsGiB,
                maxGiBPerBroker, "GiB EBS storage (cluster, with disk headroom)");
    }
}
