package mskplanner.engine.catalog;

/**
 * Per-broker figures the "aws-workbook" preset sizes with, as AWS's MSK Sizing &amp; Pricing workbook uses them.
 *
 * @param ebsMiBps maximum EBS throughput per broker, MiB/s
 * @param nicMiBps baseline network per broker, MiB/s
 * @param partitionsRecommended the workbook's recommended partition replicas per broker
 * @param partitionsMax the workbook's maximum partition replicas per broker (kafka.m5.24xlarge: 4000 in the workbook,
 *                      6000 in the AWS docs)
 * @param pstEligible whether the workbook (AWS's sizing script) offers provisioned storage throughput on the size:
 *                    it omits kafka.m7g.2xlarge, which the MSK developer guide allows up to 312.5 MiB/s
 */
public record WorkbookFigures(double ebsMiBps, double nicMiBps, int partitionsRecommended, int partitionsMax,
                              boolean pstEligible) {
    /** Figures of a size the workbook treats like the MSK docs for PST. */
    public WorkbookFigures(double ebsMiBps, double nicMiBps, int partitionsRecommended, int partitionsMax) {
        this(ebsMiBps, nicMiBps, partitionsRecommended, partitionsMax, true);
    }

    public WorkbookFigures {
        Checks.positive("ebsMiBps", ebsMiBps);
        Checks.positive("nicMiBps", nicMiBps);
        Checks.positive("partitionsRecommended", partitionsRecommended);
        if (partitionsMax < partitionsRecommended) {
            throw new IllegalArgumentException("partitionsMax must be >= partitionsRecommended, was " + partitionsMax);
        }
    }
}
