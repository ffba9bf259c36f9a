package mskplanner.engine.alternatives;

import java.util.Optional;
import mskplanner.engine.Inputs;
import mskplanner.engine.InvalidInputException;

/**
 * Self-managed Kafka on EC2, sized like the Standard plan: same broker count on the matching EC2 type
 * ({@code InstanceType.ec2Equivalent()}), same storage per broker.
 *
 * @param ec2Type EC2 instance type, e.g. {@code m5.large}
 * @param brokers broker (instance) count
 * @param storageGiBPerBroker gp3 storage per broker, GiB
 * @param storageThroughputMiBpsPerBroker gp3 throughput each broker needs, MiB/s (up to 125 per volume is free)
 * @param storageIopsPerBroker gp3 IOPS each broker needs (up to 3,000 per volume is free; 0 = the free baseline)
 * @param traffic client traffic, MB/s
 * @param replicationFactor Kafka replication factor
 * @param availabilityZones AZs the brokers are spread over (rack-aware replica placement)
 * @param rackAwareConsumers whether consumers fetch from a replica in their own AZ (KIP-392 {@code client.rack})
 * @param ops the user's operations-effort assumption, if any
 */
public record SelfManagedEc2Input(String ec2Type, int brokers, double storageGiBPerBroker,
                                  double storageThroughputMiBpsPerBroker, int storageIopsPerBroker, Traffic traffic,
                                  int replicationFactor, int availabilityZones, boolean rackAwareConsumers,
                                  Optional<OpsAssumption> ops) {
    public SelfManagedEc2Input {
        if (ec2Type == null || ec2Type.isBlank()) {
            throw new InvalidInputException("ec2Type", ec2Type, "an EC2 instance type, e.g. m5.large");
        }
        Inputs.atLeast("brokers", brokers, 1);
        Inputs.nonNegative("storageGiBPerBroker", storageGiBPerBroker);
        Inputs.nonNegative("storageThroughputMiBpsPerBroker", storageThroughputMiBpsPerBroker);
        Inputs.atLeast("storageIopsPerBroker", storageIopsPerBroker, 0);
        Inputs.present("traffic", traffic);
        Inputs.atLeast("replicationFactor", replicationFactor, 1);
        Inputs.atLeast("availabilityZones", availabilityZones, 1);
        if (replicationFactor > brokers) {
            throw new InvalidInputException("replicationFactor", replicationFactor, "<= brokers (" + brokers + ")");
        }
        Inputs.present("ops", ops);
    }
}
