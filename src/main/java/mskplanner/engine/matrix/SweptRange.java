package mskplanner.engine.matrix;

import mskplanner.engine.Inputs;
import mskplanner.engine.limits.Limits;
import mskplanner.engine.sizing.WorkloadProfile;
import mskplanner.engine.units.BilledUnits;

/**
 * The stretch of average ingress the break-even covers, shared by the solver and the sweep kept as its test oracle so
 * the two compare the same range: the workload's shape scaled along its average ingress, up to where its peaks stop
 * being accepted, with Serverless's ceiling where its quotas end.
 */
final class SweptRange {
    private SweptRange() {
    }

    static WorkloadProfile profileAt(WorkloadProfile base, double gbPerHour) {
        return base.scaledTo(BilledUnits.mbPerSecond(gbPerHour));
    }

    /** The average ingress, GB/hour, at which the workload's peak reaches Serverless's ingress or egress quota. */
    static double serverlessCeilingGBPerHour(WorkloadProfile p, Limits.Serverless q) {
        double byIngress = q.maxIngressMBps() * p.avgIngressMBps() / p.peakIngressMBps();
        double byEgress = p.peakEgressMBps() > 0 ? q.maxEgressMBps() * p.avgIngressMBps() / p.peakEgressMBps()
                : Double.POSITIVE_INFINITY;
        return BilledUnits.gbPerHour(Math.min(byIngress, byEgress));
    }

    /** The highest average ingress whose peaks the profile still accepts. */
    static double maxRateMBps(WorkloadProfile p) {
        double peakRatio = Math.max(p.peakIngressMBps(), p.peakEgressMBps()) / p.avgIngressMBps();
        return Inputs.MAX_RATE_MBPS / Math.max(1, peakRatio);
    }
}
