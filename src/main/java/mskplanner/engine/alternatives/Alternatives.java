package mskplanner.engine.alternatives;

/**
 * The seed guide's decision matrix beside the MSK plan: the same workload on self-managed EC2 and on Kinesis Data
 * Streams (the plan response's {@code alternatives}).
 *
 * @param selfManagedEc2 self-managed Kafka on the matching EC2 type, per way of paying
 * @param kinesis Kinesis Data Streams, provisioned and on-demand
 */
public record Alternatives(SelfManagedEc2Estimate selfManagedEc2, KinesisEstimate kinesis) {
}
