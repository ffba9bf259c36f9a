package mskplanner.engine.alternatives;

import mskplanner.engine.Inputs;
import mskplanner.engine.InvalidInputException;
import mskplanner.engine.format.Format;
import mskplanner.engine.units.Units;

/**
 * The workload as Kinesis Data Streams would carry it: one stream, records = Kafka messages.
 *
 * @param traffic client traffic, MB/s; egress is the total read by all consumer groups
 * @param avgRecordBytes average record (message) size, bytes
 * @param maxRecordBytes largest record, bytes
 * @param consumerGroups applications reading the stream (each reads all of it)
 * @param retentionHours how long data is kept, hours
 */
public record KinesisWorkload(Traffic traffic, double avgRecordBytes, long maxRecordBytes, int consumerGroups,
                              double retentionHours) {

    public KinesisWorkload {
        Inputs.present("traffic", traffic);
        Inputs.positive("avgRecordBytes", avgRecordBytes);
        if (maxRecordBytes < avgRecordBytes) {
            throw new InvalidInputException("maxRecordBytes", maxRecordBytes, ">= avgRecordBytes (" + Format.plain(avgRecordBytes, 3) + ")");
        }
        Inputs.atLeast("consumerGroups", consumerGroups, 0);
        Inputs.positive("retentionHours", retentionHours);
    }

    /** avg ingress bytes/s / average record bytes. */
    public double avgRecordsPerSecond() {
        return traffic.avgIngressMBps() * Units.BYTES_PER_MB / avgRecordBytes;
    }

    /** peak ingress bytes/s / average record bytes. */
    public double peakRecordsPerSecond() {
        return traffic.peakIngressMBps() * Units.BYTES_PER_MB / avgRecordBytes;
    }

    public KinesisWorkload scaledToAvgIngress(double avgIngressMBps) {
        return new KinesisWorkload(traffic.scaledToAvgIngress(avgIngressMBps), avgRecordBytes, maxRecordBytes,
                consumerGroups, retentionHours);
    }
}
