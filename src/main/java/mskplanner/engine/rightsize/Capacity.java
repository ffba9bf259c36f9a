package mskplanner.engine.rightsize;

/**
 * What a cluster shape can carry for a workload's shape, at the sizing model's target utilisation. MB = 10^6 bytes.
 *
 * @param ingressMBps cluster ingress capacity
 * @param egressMBps cluster egress capacity
 * @param partitionReplicas partition replicas the brokers take at the recommended per-broker limit
 * @param basis how the figures were derived, echoed in the report
 */
public record Capacity(double ingressMBps, double egressMBps, int partitionReplicas, String basis) {
    public Capacity {
        if (!(ingressMBps >= 0) || !(egressMBps >= 0) || partitionReplicas < 0) {
            throw new IllegalArgumentException("capacity must be >= 0, was " + ingressMBps + ", " + egressMBps + ", " + partitionReplicas);
        }
    }
}
