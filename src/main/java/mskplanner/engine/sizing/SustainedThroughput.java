package mskplanner.engine.sizing;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.List;
import java.util.OptionalDouble;
import mskplanner.engine.catalog.InstanceType;
import mskplanner.engine.units.Decimals;
import mskplanner.engine.units.Units;

/**
 * The AWS Big Data blog's Equation 1 (msk-limits.md section 1): the sustained producer throughput a cluster of
 * {@code B} brokers with replication factor {@code r} can carry, from EC2 baselines (never burst):
 * <pre>
 * limit = min( t_storage x B / r,  t_EBSnetwork x B / r,  t_EC2network x B / (consumer groups + r - 1) )
 * </pre>
 * {@code t_storage} is the EBS volume throughput (250 MiB/s by default, or the provisioned storage throughput, capped
 * at the size's PST maximum). Consumer groups are the fan-out, peak egress / peak ingress, which equals the group
 * count when every group reads the full stream. The "sustained-throughput" preset sizes with the inverse at the blog's
 * 80% production target, sizing for the peak ingress (the cluster must sustain its peak); the cross-check shows the
 * limit of every Standard option. Decimal arithmetic throughout, so a quotient that is mathematically whole never
 * gains a broker from binary rounding. Without an AZ-down term: Equation 1 has none; brokers are still rounded up to a
 * multiple of the AZ count.
 */
final class SustainedThroughput {

    private SustainedThroughput() {
    }

    /** Equation 1's limit for {@code brokers} brokers of this size, MB/s of client ingress. */
    static double limitMBps(InstanceType t, WorkloadProfile p, Assumptions a, int brokers) {
        // min over the terms of Equation 1; each DECIMAL64 quotient is remembered (LimitMemo), and the double of
        // the smaller decimal is the smaller double: conversion keeps order
        double volumeMiBps = pst(t, p).orElse(a.defaultVolumeThroughputMiBps());
        return Math.min(LimitMemo.storage(volumeMiBps, t.ebsBaselineMBps(), brokers, p.replicationFactor()),
                LimitMemo.network(t.networkBaselineMBps(), brokers, p.peakIngressMBps(), p.peakEgressMBps(),
                        p.replicationFactor()));
    }

    /**
     * The preset's constraints. ingress: r x peak ingress is written to storage and crosses the EBS link, against
     * target x min(t_storage, t_EBSnetwork) per broker; egress: peak egress + (r - 1) x peak ingress leaves the
     * brokers, against target x t_EC2network. Shown per broker in client MB/s (capacity divided by r, or scaled by
     * egress share), which needs the same brokers. Partitions, storage and the replication floor follow, as for
     * every preset, so the sizer takes one fixed list.
     */
    static List<Constraint> of(InstanceType t, ModelDemand d) {
        WorkloadProfile p = d.profile();
        Assumptions a = d.assumptions();
        int zones = p.availabilityZones();
        BigDecimal target = dec(a.sustainedTarget());
        BigDecimal r = BigDecimal.valueOf(p.replicationFactor());
        BigDecimal peakIn = dec(p.peakIngressMBps());
        BigDecimal peakOut = dec(p.peakEgressMBps());
        BigDecimal written = peakIn.multiply(r);
        BigDecimal writeCapacity = target.multiply(volumeMBps(t, p, a).min(dec(t.ebsBaselineMBps())));
        BigDecimal sent = peakOut.add(peakIn.multiply(r.subtract(BigDecimal.ONE)));
        BigDecimal sendCapacity = target.multiply(dec(t.networkBaselineMBps()));

        return List.of(
                new Constraint(ConstraintName.INGRESS, brokers(written, writeCapacity, zones), p.peakIngressMBps(),
                        writeCapacity.divide(r, MathContext.DECIMAL64).doubleValue(),
                        "MB/s peak ingress (Equation 1 storage and EBS-network terms at the production target)"),
                new Constraint(ConstraintName.EGRESS, brokers(sent, sendCapacity, zones), p.peakEgressMBps(),
                        sendCapacity.multiply(peakOut).divide(sent, MathContext.DECIMAL64).doubleValue(),
                        "MB/s peak egress (Equation 1 EC2-network term at the production target)"),
                CommonConstraints.partitions(t, d.replicas(p.replicationFactor()), a.useMaxPartitions(), zones),
                CommonConstraints.storage(d.ebsGiB(), a.maxStorageGiBPerBroker(), zones),
                CommonConstraints.replication(p.replicationFactor(), zones));
    }

    /** Effective PST per broker, MiB/s: min(requested, the size's PST maximum); empty when off or not available. */
    static OptionalDouble pst(InstanceType t, WorkloadProfile p) {
        if (p.provisionedThroughputMiBps().isEmpty() || !t.pstEligible()) {
            return OptionalDouble.empty();
        }
        return OptionalDouble.of(Math.min(p.provisionedThroughputMiBps().getAsDouble(), t.pstMaxMiBps().orElseThrow()));
    }

    /** t_storage, MB/s: the provisioned throughput when on, else the default volume throughput. */
    private static BigDecimal volumeMBps(InstanceType t, WorkloadProfile p, Assumptions a) {
        return dec(pst(t, p).orElse(a.defaultVolumeThroughputMiBps())).multiply(Units.MB_PER_MIB_DECIMAL);
    }

    private static int brokers(BigDecimal demand, BigDecimal capacityPerBroker, int zones) {
        BigDecimal raw = demand.divide(capacityPerBroker, 0, RoundingMode.CEILING);
        long whole = raw.compareTo(BigDecimal.valueOf(Integer.MAX_VALUE)) >= 0 ? Integer.MAX_VALUE : raw.longValueExact();
        return Sizing.roundUpToZones(whole, zones);
    }

    private static BigDecimal dec(double v) {
        return Decimals.of(v);
    }
}
