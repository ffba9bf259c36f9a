package mskplanner.engine.alternatives;

import mskplanner.engine.Inputs;
import mskplanner.engine.cost.spec.ClientTraffic;

/**
 * Data crossing AZ boundaries in a self-managed Kafka cluster per month, data GB (2^30 bytes), counted once per GB
 * moved. AWS bills each such GB on the sending and on the receiving side ({@code inter-az-gb} is per direction:
 * us-east-1 $0.01 out + $0.01 in), so the bill is twice these quantities. Derivation (aws-prices.md, "Kafka on EC2:
 * cross-AZ cost"), with producers, consumers and partition leaders spread evenly over the AZs:
 * <ul>
 *   <li>replication: avg ingress GB x followers outside the leader's AZ. Rack-aware assignment places a partition's
 *   replicas round-robin over the AZs starting in the leader's, so the leader's AZ holds ceil(RF / AZ) of them and
 *   RF - ceil(RF / AZ) followers sit elsewhere: RF - 1 whenever RF &lt;= AZ. On MSK this traffic is free; on EC2 it
 *   is billed.</li>
 *   <li>producers and consumers: the client transfer MSK bills too, from {@link ClientTraffic}, the one computation
 *   of it.</li>
 * </ul>
 *
 * @param replicationGb leader-to-follower GB per month
 * @param producerGb producer-to-leader GB per month
 * @param consumerGb leader-to-consumer GB per month
 */
public record CrossAzTraffic(double replicationGb, double producerGb, double consumerGb) {
    public CrossAzTraffic {
        Inputs.nonNegative("replicationGb", replicationGb);
        Inputs.nonNegative("producerGb", producerGb);
        Inputs.nonNegative("consumerGb", consumerGb);
    }

    public static CrossAzTraffic of(Traffic traffic, int replicationFactor, int availabilityZones,
                                    boolean rackAwareConsumers, double hoursPerMonth) {
        Inputs.atLeast("replicationFactor", replicationFactor, 1);
        Inputs.atLeast("availabilityZones", availabilityZones, 1);
        ClientTraffic clients = new ClientTraffic(traffic.avgIngressMBps(), traffic.avgEgressMBps(), rackAwareConsumers);
        return new CrossAzTraffic(clients.dataInGiBPerMonth(hoursPerMonth) * remoteFollowers(replicationFactor, availabilityZones),
                clients.producerCrossAzGiB(availabilityZones, hoursPerMonth),
                clients.consumerCrossAzGiB(availabilityZones, hoursPerMonth));
    }

    /** Followers of a partition outside its leader's AZ under rack-aware placement: RF - ceil(RF / AZ). */
    static int remoteFollowers(int replicationFactor, int availabilityZones) {
        int inLeadersZone = (replicationFactor + availabilityZones - 1) / availabilityZones;
        return replicationFactor - inLeadersZone;
    }
}
