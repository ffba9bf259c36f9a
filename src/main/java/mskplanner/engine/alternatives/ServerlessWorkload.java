package mskplanner.engine.alternatives;

import mskplanner.engine.Inputs;
import mskplanner.engine.InvalidInputException;

/**
 * What MSK Serverless is judged and priced on.
 *
 * @param traffic client traffic, MB/s
 * @param partitions leader partitions (replicas are Serverless's business, not counted)
 * @param compactedPartitions how many of those partitions belong to compacted topics
 * @param maxMessageBytes the largest message the producers send, bytes
 * @param retentionHours how long data is kept, hours
 * @param authentication how clients authenticate
 */
public record ServerlessWorkload(Traffic traffic, int partitions, int compactedPartitions, long maxMessageBytes,
                                 double retentionHours, ClientAuthentication authentication) {
    public ServerlessWorkload {
        Inputs.present("traffic", traffic);
        Inputs.atLeast("partitions", partitions, 1);
        Inputs.atLeast("compactedPartitions", compactedPartitions, 0);
        if (compactedPartitions > partitions) {
            throw new InvalidInputException("compactedPartitions", compactedPartitions, "<= partitions (" + partitions + ")");
        }
        if (maxMessageBytes <= 0) {
            throw new InvalidInputException("maxMessageBytes", maxMessageBytes, "a whole number of bytes > 0");
        }
        Inputs.positive("retentionHours", retentionHours);
        Inputs.present("authentication", authentication);
    }

    /** The same workload at another average ingress; partitions, message size and retention are held. */
    public ServerlessWorkload scaledToAvgIngress(double avgIngressMBps) {
        return new ServerlessWorkload(traffic.scaledToAvgIngress(avgIngressMBps), partitions, compactedPartitions,
                maxMessageBytes, retentionHours, authentication);
    }
}
