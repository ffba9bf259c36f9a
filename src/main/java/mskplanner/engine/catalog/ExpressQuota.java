package mskplanner.engine.catalog;

/**
 * Throughput figures AWS publishes for one Express broker size.
 *
 * @param sustainedIngressMiBps sustained ingress the workbook sizes with, MiB/s
 * @param recommendedIngressMBps recommended (sustained) ingress, MB/s
 * @param recommendedEgressMBps recommended (sustained) egress, MB/s
 * @param maxIngressMBps ingress quota at which MSK throttles, MB/s
 * @param maxEgressMBps egress quota at which MSK throttles, MB/s
 */
public record ExpressQuota(double sustainedIngressMiBps, double recommendedIngressMBps, double recommendedEgressMBps,
                           double maxIngressMBps, double maxEgressMBps) {
    public ExpressQuota {
        Checks.positive("sustainedIngressMiBps", sustainedIngressMiBps);
        Checks.positive("recommendedIngressMBps", recommendedIngressMBps);
        Checks.positive("recommendedEgressMBps", recommendedEgressMBps);
        Checks.positive("maxIngressMBps", maxIngressMBps);
        Checks.positive("maxEgressMBps", maxEgressMBps);
    }
}
