package mskplanner.engine.rightsize;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import mskplanner.engine.InvalidInputException;

/**
 * A running MSK cluster as the right-sizer sees it: what DescribeClusterV2 and ListNodes say about it.
 *
 * @param arn the cluster ARN
 * @param name the cluster name (the CloudWatch {@code Cluster Name} dimension)
 * @param region AWS region code, e.g. {@code us-east-1}
 * @param clusterType provisioned (Standard or Express brokers) or serverless
 * @param instanceType broker size, e.g. {@code kafka.m7g.large} or {@code express.m7g.large}; empty for Serverless
 * @param brokerCount number of broker nodes
 * @param volumeSizeGiB EBS volume per broker, GiB (0 for Express and Serverless)
 * @param provisionedThroughputMiBps provisioned storage throughput per broker, MiB/s (0 = off)
 * @param storageMode local EBS only, or tiered storage on
 * @param brokerIds broker ids as CloudWatch names them ("1", "2", ...)
 * @param availabilityZones AZs the brokers are spread over
 * @param currentVersion the cluster's {@code CurrentVersion} (every update command needs it); empty when unknown
 */
public record ClusterDescription(String arn, String name, String region, ClusterType clusterType, String instanceType,
                                 int brokerCount, double volumeSizeGiB, double provisionedThroughputMiBps,
                                 StorageMode storageMode, List<String> brokerIds, int availabilityZones,
                                 String currentVersion) {

    /** MSK cluster types as DescribeClusterV2 reports them. */
    public enum ClusterType { PROVISIONED, SERVERLESS }

    /** Broker storage mode as DescribeClusterV2 reports it. */
    public enum StorageMode { LOCAL, TIERED }

    public ClusterDescription {
        Objects.requireNonNull(arn, "arn");
        Objects.requireNonNull(clusterType, "clusterType");
        Objects.requireNonNull(storageMode, "storageMode");
        instanceType = instanceType == null ? "" : instanceType;
        if (name == null || name.isBlank()) {
            throw new InvalidInputException("cluster.name", name, "the cluster name (the CloudWatch 'Cluster Name' dimension)");
        }
        if (region == null || region.isBlank()) {
            throw new InvalidInputException("cluster.region", region, "an AWS region code such as us-east-1");
        }
        if (clusterType == ClusterType.PROVISIONED && instanceType.isBlank()) {
            throw new InvalidInputException("cluster.instanceType", instanceType, "a broker size such as kafka.m7g.large");
        }
        if (clusterType == ClusterType.PROVISIONED && brokerCount <= 0) {
            throw new InvalidInputException("cluster.brokerCount", brokerCount, "a whole number > 0");
        }
        if (!(volumeSizeGiB >= 0) || Double.isInfinite(volumeSizeGiB)) {
            throw new InvalidInputException("cluster.volumeSizeGiB", volumeSizeGiB, "a finite number >= 0");
        }
        if (!(provisionedThroughputMiBps >= 0) || Double.isInfinite(provisionedThroughputMiBps)) {
            throw new InvalidInputException("cluster.provisionedThroughputMiBps", provisionedThroughputMiBps, "a finite number >= 0");
        }
        if (availabilityZones < 1) {
            throw new InvalidInputException("cluster.availabilityZones", availabilityZones, "a whole number >= 1");
        }
        brokerIds = List.copyOf(brokerIds);
        currentVersion = currentVersion == null ? "" : currentVersion.strip();
    }

    /** A cluster whose current version is not known. */
    public ClusterDescription(String arn, String name, String region, ClusterType clusterType, String instanceType,
                              int brokerCount, double volumeSizeGiB, double provisionedThroughputMiBps,
                              StorageMode storageMode, List<String> brokerIds, int availabilityZones) {
        this(arn, name, region, clusterType, instanceType, brokerCount, volumeSizeGiB, provisionedThroughputMiBps,
                storageMode, brokerIds, availabilityZones, "");
    }

    /** The current version, when DescribeClusterV2 gave it. */
    public Optional<String> knownVersion() {
        return currentVersion.isEmpty() ? Optional.empty() : Optional.of(currentVersion);
    }

    /** Whether the brokers are Express brokers ({@code express.*}). */
    public boolean express() {
        return instanceType.startsWith("express.");
    }

    /** The same cluster with other broker ids, e.g. when they are only known from the metrics. */
    public ClusterDescription withBrokerIds(List<String> ids) {
        return new ClusterDescription(arn, name, region, clusterType, instanceType, brokerCount, volumeSizeGiB,
                provisionedThroughputMiBps, storageMode, ids, availabilityZones, currentVersion);
    }
}
