package mskplanner.engine.sizing;

import mskplanner.engine.catalog.InstanceType;

/** The constraints every Standard preset and Express share. */
final class CommonConstraints {
    private CommonConstraints() {
    }

    /**
     * Partition replicas vs the per-broker recommended count (or the maximum, when the request asks for it), from the
     * AWS docs; the aws-workbook preset passes the workbook's counts instead.
     */
    static Constraint partitions(InstanceType t, int replicas, boolean useMax, int zones) {
        return partitions(useMax ? t.partitionsMax() : t.partitionsRecommended(), replicas, useMax, zones);
    }

    static Constraint partitions(int perBroker, int replicas, boolean useMax, int zones) {
        return new Constraint(ConstraintName.PARTITIONS, Sizing.brokersFor(replicas, perBroker, zones), replicas,
                perBroker, useMax ? "partition replicas (maximum per broker)" : "partition replicas (recommended per broker)");
    }

    /** The cluster's EBS GiB (with headroom) vs the most one broker can have. */
    static Constraint storage(double ebsGiB, double maxGiBPerBroker, int zones) {
        return new Constraint(ConstraintName.STORAGE, Sizing.brokersFor(ebsGiB, maxGiBPerBroker, zones), ebsGiB,
                maxGiBPerBroker, "GiB EBS storage (cluster, with disk headroom)");
    }
}
