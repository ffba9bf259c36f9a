package mskplanner.engine.catalog;

/**
 * Per-broker figures the "aws-workbook" preset sizes with, as AWS's MSK Sizing &amp; Pricing workbook uses them.
 *
 * @param ebsMiBps maximum EBS throughput per broker, MiB/s
 * @param nicMiBps baseline network per broker, MiB/s
 * @param partitionsRecommended the workbook's recommended partition replicas per broker
 * @param partitionsMax the workbook's maximum partition replicas per broker (kafka.m5.24xlarge: 4000 in the workbook,
 *                      6000 in the AWS docs)
 */
public record WorkbookFigures(double ebsMiBps, double nicMiBps, int partitionsRecommended, int partitionsMax) {
    public WorkbookFigures {
        Checks.positive("ebsMiBps", ebsMiBps);
        Checks.positive("nicMiBps", nicMiBps);
        Checks.positive("partitionsRecommended", partitionsRecommended);
        if (partitionsMax < partitionsRecommended) {
            throw new IllegalArgumentException("partitionsMax must be >= partitionsRecommended, was " + partitionsMax);
        }
    }
}
