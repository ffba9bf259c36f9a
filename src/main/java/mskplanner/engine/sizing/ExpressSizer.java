package mskplanner.engine.sizing;

import java.util.List;
import java.util.Optional;
import mskplanner.engine.catalog.Deployment;
import mskplanner.engine.catalog.InstanceType;
import mskplanner.engine.cost.CostCalculator;
import mskplanner.engine.cost.spec.ClientTraffic;
import mskplanner.engine.cost.spec.ExpressClusterSpec;
import mskplanner.engine.limits.Limits;

/**
 * Express brokers (sizing-model.md section 3), as the workbook sizes them:
 * <pre>
 * ingress / broker = published sustained ingress (MiB/s) x utilization (0.75)
 * egress / broker  = sustained ingress x 2.5 (no utilization factor, as in AWS's sizing script)
 * partitions       = leaders x 3 replicas vs the size's recommended (or maximum) per broker
 * </pre>
 * RF, min.insync.replicas and the 3 AZs are fixed by the service (limits.json), whatever the profile says; there is no
 * storage provisioning. Cross-AZ traffic is priced over those 3 AZs. Example (AWS): 100 MiB/s in, 5 groups: express.m7g.2xlarge ingress ceil(100 / 46.875) = 3,
 * egress ceil(500 / 156.25) = 4, rounded to 6 brokers, bound by egress.
 */
final class ExpressSizer {
    private ExpressSizer() {
    }

    static SizedOption size(InstanceType t, ModelDemand d, Limits.Express fixed, CostCalculator calc) {
        Assumptions a = d.assumptions();
        WorkloadProfile p = d.profile();
        int zones = fixed.availabilityZones();
        double sustained = t.express().orElseThrow().sustainedIngressMiBps();
        double ingressCapacity = sustained * a.utilizationExpress();
        double egressCapacity = sustained * a.expressEgressRatio();
        int replicas = d.replicas(fixed.replicationFactor());
        Sizing s = Sizing.of(List.of(
                new Constraint(ConstraintName.INGRESS, Sizing.brokersFor(d.peakInMiBps(), ingressCapacity, zones),
                        p.peakIngressMBps(), ModelDemand.toMBps(ingressCapacity), "MB/s peak ingress (after utilization)"),
                new Constraint(ConstraintName.EGRESS, Sizing.brokersFor(d.peakOutMiBps(), egressCapacity, zones),
                        p.peakEgressMBps(), ModelDemand.toMBps(egressCapacity), "MB/s peak egress"),
                CommonConstraints.partitions(t, replicas, a.useMaxPartitions(), zones)));
        ClientTraffic traffic = d.traffic();
        ExpressClusterSpec spec = new ExpressClusterSpec(t.name(), t, s.brokers(), d.expressStorageGiB(),
                traffic.dataInGiBPerMonth(a.hoursPerMonth()), zones, Optional.of(traffic));
        return new SizedOption(Deployment.EXPRESS, t, s.brokers(), s.bottleneck(), s.constraints(), 0, 0,
                SustainedLimit.NONE, spec, calc.monthlyWhenRead(spec),
                s.brokers() <= a.brokerQuota(),
                new LazyWarnings(() -> OptionWarnings.express(t, s.brokers(), d, fixed.replicationFactor())));
    }
}
