package mskplanner.engine.catalog;

import java.util.Optional;

/**
 * One MSK broker size and the limits msk-planner sizes it with. Sources are in {@code pricing-data/SOURCES.md}.
 *
 * @param name the MSK name, e.g. {@code kafka.m7g.large} or {@code express.m7g.large}
 * @param deployment {@link Deployment#STANDARD} or {@link Deployment#EXPRESS}
 * @param family instance family, e.g. {@code m7g}
 * @param size size within the family, e.g. {@code 2xlarge}
 * @param vcpu virtual CPUs of the EC2 shape
 * @param memoryGiB memory of the EC2 shape, GiB
 * @param networkBaselineMBps EC2 baseline network bandwidth, MB/s (10^6 bytes/s)
 * @param ebsBaselineMBps EC2 baseline EBS bandwidth, MB/s
 * @param partitionsRecommended recommended partition replicas per broker
 * @param partitionsMax partition replicas per broker above which MSK blocks updates
 * @param pstMaxMiBps maximum provisioned storage throughput, MiB/s; empty when the size cannot have PST
 * @param ec2Equivalent the EC2 type of the same shape, for self-managed comparisons
 * @param kraft whether the size can run KRaft metadata mode
 * @param burstable whether the size is a burstable (t3) type meant for development
 * @param workbook the aws-workbook preset's figures (Standard only)
 * @param express published Express quotas (Express only)
 */
public record InstanceType(String name, Deployment deployment, String family, String size, int vcpu, double memoryGiB,
                           double networkBaselineMBps, double ebsBaselineMBps, int partitionsRecommended,
                           int partitionsMax, Optional<Double> pstMaxMiBps, String ec2Equivalent, boolean kraft,
                           boolean burstable, Optional<WorkbookFigures> workbook, Optional<ExpressQuota> express) {
    public InstanceType {
        Checks.present("name", name);
        Checks.present("deployment", deployment);
        Checks.positive(name + ".vcpu", vcpu);
        Checks.positive(name + ".networkBaselineMBps", networkBaselineMBps);
        Checks.positive(name + ".ebsBaselineMBps", ebsBaselineMBps);
        Checks.positive(name + ".partitionsRecommended", partitionsRecommended);
        if (partitionsMax < partitionsRecommended) {
            throw new IllegalArgumentException(name + ".partitionsMax must be >= partitionsRecommended, was " + partitionsMax);
        }
        if (deployment == Deployment.STANDARD && workbook.isEmpty()) {
            throw new IllegalArgumentException(name + ".workbook is required for a standard broker");
        }
        if (deployment == Deployment.EXPRESS && express.isEmpty()) {
            throw new IllegalArgumentException(name + ".express is required for an express broker");
        }
    }

    public boolean pstEligible() {
        return pstMaxMiBps.isPresent();
    }
}
