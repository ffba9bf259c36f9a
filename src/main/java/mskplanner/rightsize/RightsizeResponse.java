package mskplanner.rightsize;

import java.math.BigDecimal;
import java.util.List;
import mskplanner.app.LineItemDto;
import mskplanner.app.plan.TopicsDto;

/**
 * The JSON contract of a right-sizing report ({@code --format json}, and the web page's API). The verdict is the
 * top-level {@code verdict} object. {@code topics} (null without an inventory) is the plan's topic section on the
 * cluster as it runs: {@code peakIngress} null, the current bill's storage split per topic and the advice. MB = 10^6 bytes; money in USD, rounded to cents; percentages 0-100.
 */
public record RightsizeResponse(Verdict verdict, Cluster cluster, Window window, Source source, Profile profile,
                                Capacity capacity, Cost currentCost, List<Option> alternatives,
                                List<Metric> clusterMetrics, List<Metric> brokerMetrics, List<Trend> trends,
                                List<Crossing> crossings, Assumptions assumptions, List<String> warnings,
                                TopicsDto topics) {

    /**
     * {@code cheaperElsewhere} is null unless a cheaper shape of another family carries the load; {@code apply} is
     * null unless the verdict changes the cluster.
     */
    public record Verdict(String kind, String headline, Option target, BigDecimal currentMonthlyUsd,
                          BigDecimal monthlyChangeUsd, List<Evidence> evidence, CheaperElsewhere cheaperElsewhere,
                          Apply apply) {
    }

    /**
     * How to apply the target.
     *
     * @param awsCli the {@code aws kafka} commands in the order to run them (empty when it takes a new cluster)
     * @param cautions what to watch while applying, only those that apply
     * @param terraform the change as a diff of an {@code aws_msk_cluster} resource, or the new cluster's resources
     */
    public record Apply(List<String> awsCli, List<String> cautions, String terraform) {
    }

    /**
     * The cheapest shape that carries the load when it is in another family than the target (or the cluster).
     *
     * @param move what moving to it takes (in place, or a new cluster and a data migration)
     * @param monthlySavingUsd how much less than the target (or the current cluster, without a target) it costs
     */
    public record CheaperElsewhere(String deployment, String instanceType, Integer brokers, Double storageGiBPerBroker,
                                   String description, BigDecimal monthlyUsd, BigDecimal monthlySavingUsd, String move) {
    }

    public record Evidence(String check, double measured, double limit, String unit, boolean breached, String note) {
    }

    public record Option(String deployment, String instanceType, Integer brokers, Double storageGiBPerBroker,
                         String description, BigDecimal monthlyUsd) {
    }

    public record Cluster(String arn, String name, String region, String clusterType, String instanceType,
                          int brokerCount, double volumeSizeGiB, double provisionedThroughputMiBps, String storageMode,
                          List<String> brokerIds, int availabilityZones) {
    }

    public record Window(String start, String end, int periodSeconds, double days) {
    }

    public record Source(String kind, String detail, Integer apiCalls, Integer retries, Long metricsRequested,
                         Long datapoints, BigDecimal costUsd) {
    }

    public record Profile(double avgIngressMBps, double peakIngressMBps, double avgEgressMBps, double peakEgressMBps,
                          double fanOut, int leaderPartitions, int partitionReplicas, int replicationFactor,
                          double storageUsedGiB, double peakPercentile) {
    }

    public record Capacity(double ingressMBps, double egressMBps, int partitionReplicas, String basis) {
    }

    public record Cost(BigDecimal monthlyUsd, List<LineItemDto> lineItems) {
    }

    public record Metric(String metric, String scope, String unit, int points, int missingPoints, Double mean,
                         Double p50, Double p95, Double p99, Double max) {
    }

    public record Trend(String series, String unit, Double slopePerDay, Double rSquared, List<DailyValue> dailyP95) {
    }

    public record DailyValue(String day, double value) {
    }

    public record Crossing(String series, String threshold, double limit, String unit, String status, String date,
                           boolean weakTrend) {
    }

    public record Assumptions(double peakPercentile, int replicationFactor, int horizonDays, double minSavingsPercent,
                              double diskHeadroom, double standardUtilization, double expressUtilization,
                              double hoursPerMonth, double minRSquared, double thresholdPercentile) {
    }
}
