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

    /**
     * Each partition keeps its replicas on different brokers, so a cluster has at least as many brokers as the
     * replication factor, in a multiple of the AZ count: RF 3 on 2 AZs takes 4 brokers, RF 4 on 3 AZs takes 6.
     */
    static Constraint replication(int replicationFactor, int zones) {
        return new Constraint(ConstraintName.REPLICATION, Sizing.roundUpToZones(replicationFactor, zones), replicationFactor,
                1, "replicas of each partition (each on its own broker)");
    }

    /** The cluster's EBS GiB (with headroom) vs the most one broker can have. */
    static Constraint storage(double ebsGiB, double maxGiBPerBroker, int zones) {
        return new Constraint(ConstraintName.STORAGE, Sizing.brokersFor(ebsGiB, maxGiBPerBroker, zones), ebsGiB,
                maxGiBPerBroker, "GiB EBS storage (cluster, with disk headroom)");
    }
}
