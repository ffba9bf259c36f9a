package mskplanner.engine.catalog;

/**
 * Per-broker figures the "aws-workbook" preset sizes with, as AWS's MSK Sizing &amp; Pricing workbook uses them.
 *
 * @param ebsMiBps maximum EBS throughput per broker, MiB/s
 * @param nicMiBps baseline network per broker, MiB/s
 */
public record WorkbookFigures(double ebsMiBps, double nicMiBps) {
    public WorkbookFigures {
        Checks.positive("ebsMiBps", ebsMiBps);
        Checks.positive("nicMiBps", nicMiBps);
    }
}
