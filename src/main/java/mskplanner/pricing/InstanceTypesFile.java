package mskplanner.pricing;

import java.util.List;

/** The JSON shape of {@code pricing-data/instance-types.json}. */
public record InstanceTypesFile(com.fasterxml.jackson.databind.JsonNode source, List<Entry> instanceTypes) {

    public record Entry(String name, String deployment, String family, String size, int vcpu, double memoryGiB,
                        double networkBaselineMBps, double ebsBaselineMBps, int partitionsRecommended, int partitionsMax,
                        Double pstMaxMiBps, String ec2Equivalent, boolean kraft, Boolean burstable, Workbook workbook,
                        Express express) {
    }

    /** {@code pstEligible}: false where AWS's sizing script offers no PST on a size MSK allows it on; absent = true. */
    public record Workbook(double ebsMiBps, double nicMiBps, int partitionsRecommended, int partitionsMax,
                           Boolean pstEligible) {
    }

    public record Express(double sustainedIngressMiBps, double recommendedIngressMBps, double recommendedEgressMBps,
                          double maxIngressMBps, double maxEgressMBps) {
    }
}
