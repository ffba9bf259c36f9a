package mskplanner.app.estimate;

import java.util.List;

/**
 * {@code POST /api/v1/estimate} and {@code msk-planner estimate --file}: the clusters to price. Field names are a
 * public contract; omitted optional fields take the defaults documented in API.md.
 */
public record EstimateRequest(String region, Double hoursPerMonth, List<ClusterRequest> clusters) {

    /** One cluster; which fields apply depends on {@code type} (standard, express, serverless, connect). */
    public record ClusterRequest(String name, String type, String instanceType, Integer brokers,
                                 Double storageGiBPerBroker, Double provisionedThroughputMiBps, Double tieredStorageGiB,
                                 Integer availabilityZones, Double storageGiB, Double dataInGiB, Double dataOutGiB,
                                 Integer partitions, Double mcus) {
    }
}
