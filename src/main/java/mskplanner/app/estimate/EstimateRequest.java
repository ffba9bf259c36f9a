package mskplanner.app.estimate;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * {@code POST /api/v1/estimate} and {@code msk-planner estimate --file}: the clusters to price. Field names are a
 * public contract; omitted optional fields take the defaults documented in API.md.
 */
public record EstimateRequest(String region, Double hoursPerMonth, List<ClusterRequest> clusters) {

    /**
     * One cluster; which fields apply depends on {@code type} (standard, express, serverless, connect, replicator).
     * The client traffic ({@code avgIngressMBps}, {@code avgEgressMBps}, {@code rackAwareConsumers}) bills the
     * cross-AZ transfer of a Standard or Express cluster and, on Express, the data written when {@code dataInGiB} is
     * omitted. A plan option's {@code estimateCluster} is one of these; fields left out are not written.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ClusterRequest(String name, String type, String instanceType, Integer brokers,
                                 Double storageGiBPerBroker, Double provisionedThroughputMiBps, Double tieredStorageGiB,
                                 Integer availabilityZones, Double storageGiB, Double dataInGiB, Double dataOutGiB,
                                 Integer partitions, Double mcus, Double avgIngressMBps, Double avgEgressMBps,
                                 Boolean rackAwareConsumers, Integer replicators, Double dataReplicatedGiB) {
    }
}
