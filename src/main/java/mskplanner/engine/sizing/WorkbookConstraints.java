package mskplanner.engine.sizing;

import java.util.List;
import java.util.OptionalDouble;
import mskplanner.engine.catalog.InstanceType;
import mskplanner.engine.catalog.WorkbookFigures;

/**
 * The "aws-workbook" preset (sizing-model.md section 2), the logic of AWS's MSK Sizing &amp; Pricing workbook as its
 * sizing script implements it. Per broker, from the size's workbook figures {@code ebs} and {@code nic} (MiB/s):
 * <pre>
 * storage factor  = 6.5 (+1.5 with tiered storage)
 * network factor  = fan-out x AZ/(AZ-1) + 5.7 (+1.5 with tiered storage)
 * ingress / broker = min(ebs / storage factor, nic / network factor) x utilization
 * egress / broker  = fan-out x ingress / broker
 * </pre>
 * Constraints, each rounded up to a multiple of the AZ count: ingress (peak), egress (peak), partitions (against the
 * workbook's per-broker counts, which for kafka.m5.24xlarge differ from the AWS docs), storage and,
 * when PST is requested on a size that has it, pst (average egress vs min(PST, ebs) per broker). Arithmetic is in
 * MiB/s in the script's order; demands and capacities are shown in MB/s.
 */
final class WorkbookConstraints {
    private WorkbookConstraints() {
    }

    /** Ingress, egress, partitions, storage, PST when on, then the replication floor: the whole list the sizer takes. */
    static List<Constraint> of(InstanceType t, ModelDemand d, OptionalDouble pstMiBps) {
        Assumptions a = d.assumptions();
        WorkloadProfile p = d.profile();
        WorkbookFigures w = t.workbook().orElseThrow();
        int zones = p.availabilityZones();
        double fanOut = d.fanOut();
        double azFactor = zones / (zones - 1.0);
        double storageFactor = a.storageIoFactor().total(d.tiered());
        double networkFactor = fanOut * azFactor + a.networkFactor().base(d.tiered());
        double perBroker = Math.min(w.ebsMiBps() / storageFactor, w.nicMiBps() / networkFactor);
        double ingressCapacity = perBroker * a.utilizationStandard();
        double egressCapacity = fanOut * perBroker * a.utilizationStandard();

        Constraint ingress = new Constraint(ConstraintName.INGRESS, Sizing.brokersFor(d.peakInMiBps(), ingressCapacity, zones),
                p.peakIngressMBps(), ModelDemand.toMBps(ingressCapacity), "MB/s peak ingress (after utilization)");
        Constraint egress = new Constraint(ConstraintName.EGRESS, Sizing.brokersFor(d.peakOutMiBps(), egressCapacity, zones),
                p.peakEgressMBps(), ModelDemand.toMBps(egressCapacity), "MB/s peak egress (after utilization, fan-out)");
        int partitionsPerBroker = a.useMaxPartitions() ? w.partitionsMax() : w.partitionsRecommended();
        Constraint partitions = CommonConstraints.partitions(partitionsPerBroker, d.replicas(p.replicationFactor()),
                a.useMaxPartitions(), zones);
        Constraint storage = CommonConstraints.storage(d.ebsGiB(), a.maxStorageGiBPerBroker(), zones);
        Constraint replication = CommonConstraints.replication(p.replicationFactor(), zones);
        if (pstMiBps.isEmpty()) {
            return List.of(ingress, egress, partitions, storage, replication);
        }
        double pst = pstMiBps.getAsDouble();
        Constraint pstConstraint = new Constraint(ConstraintName.PST, Sizing.brokersFor(d.avgOutMiBps(), pst, zones),
                p.avgEgressMBps(), ModelDemand.toMBps(pst), "MB/s average egress vs provisioned storage throughput");
        return List.of(ingress, egress, partitions, storage, pstConstraint, replication);
    }

    /** Effective PST per broker, MiB/s: min(requested, the size's workbook ebs); empty when off or not available. */
    static OptionalDouble pst(InstanceType t, WorkloadProfile p) {
        if (p.provisionedThroughputMiBps().isEmpty() || !t.pstEligible() || !t.workbook().orElseThrow().pstEligible()) {
            return OptionalDouble.empty();
        }
        return OptionalDouble.of(Math.min(p.provisionedThroughputMiBps().getAsDouble(), t.workbook().orElseThrow().ebsMiBps()));
    }
}
