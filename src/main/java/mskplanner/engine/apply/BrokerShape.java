package mskplanner.engine.apply;

import java.util.Objects;

/**
 * The broker side of a provisioned MSK cluster, as the update commands and Terraform name it.
 *
 * @param instanceType broker size, e.g. {@code kafka.m7g.large} or {@code express.m7g.large}
 * @param brokers number of broker nodes
 * @param volumeGiB EBS volume per broker, whole GiB (0 for Express brokers)
 * @param provisionedThroughputMiBps provisioned storage throughput per broker, MiB/s (0 = off)
 */
public record BrokerShape(String instanceType, int brokers, int volumeGiB, int provisionedThroughputMiBps) {
    public BrokerShape {
        Objects.requireNonNull(instanceType, "instanceType");
        if (instanceType.isBlank()) {
            throw new IllegalArgumentException("instanceType must be a broker size such as kafka.m7g.large, was blank");
        }
        if (brokers < 1) {
            throw new IllegalArgumentException("brokers must be >= 1, was " + brokers);
        }
        if (volumeGiB < 0 || provisionedThroughputMiBps < 0) {
            throw new IllegalArgumentException("volumeGiB and provisionedThroughputMiBps must be >= 0, were "
                    + volumeGiB + " and " + provisionedThroughputMiBps);
        }
    }

    /** Whether these are Express brokers ({@code express.*}): MSK manages their storage. */
    public boolean express() {
        return instanceType.startsWith("express.");
    }

    /** A rank of the size within its family (large &lt; xlarge &lt; 2xlarge ...), to tell a bigger size from a smaller. */
    int sizeRank() {
        String size = instanceType.substring(instanceType.lastIndexOf('.') + 1);
        if (size.equals("small")) {
            return 1;
        }
        if (size.equals("large")) {
            return 2;
        }
        if (size.equals("xlarge")) {
            return 4;
        }
        String multiple = size.replace("xlarge", "");
        return multiple.chars().allMatch(Character::isDigit) && !multiple.isEmpty() ? 4 * Integer.parseInt(multiple) : 0;
    }
}
