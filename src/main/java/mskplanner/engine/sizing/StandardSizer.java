package mskplanner.engine.sizing;

import java.util.Optional;
import java.util.OptionalDouble;
import mskplanner.engine.catalog.Deployment;
import mskplanner.engine.catalog.InstanceType;
import mskplanner.engine.cost.CostCalculator;
import mskplanner.engine.cost.spec.StandardClusterSpec;

/**
 * Sizes one Standard broker size under a preset: the constraints ({@link WorkbookConstraints} or
 * {@link SustainedThroughput}), the binding one, the Equation 1 cross-check, the bill and the warnings.
 * PST under the workbook preset adds the {@code pst} constraint and never changes the storage factor; under the
 * sustained-throughput preset it raises Equation 1's t_storage instead. The bill is the estimate's bill of the
 * cluster as MSK would provision it: the EBS volume per broker in whole GiB, rounded up.
 */
final class StandardSizer {
    /** MSK's smallest EBS volume, GiB (limits.json {@code standard.storageGiBPerBrokerMin}). */
    private static final int MIN_VOLUME_GIB = 1;
    /** A quotient this close above a whole number is binary noise, not a need for one more GiB. */
    private static final double NOISE_GIB = 1e-9;

    private StandardSizer() {
    }

    static SizedOption size(InstanceType t, ModelDemand d, Preset preset, CostCalculator calc) {
        WorkloadProfile p = d.profile();
        boolean workbook = preset == Preset.AWS_WORKBOOK;
        OptionalDouble pst = workbook ? WorkbookConstraints.pst(t, p) : SustainedThroughput.pst(t, p);
        Sizing s = Sizing.of(workbook ? WorkbookConstraints.of(t, d, pst) : SustainedThroughput.of(t, d));
        SustainedLimit limit = SustainedLimit.of(() -> SustainedThroughput.limitMBps(t, p, d.assumptions(), s.brokers()));
        int volume = volumeGiB(d.ebsGiB(), s.brokers());
        StandardClusterSpec spec = new StandardClusterSpec(t.name(), t, s.brokers(), volume, pst.orElse(0), d.tieredGiB(),
                p.availabilityZones(), Optional.of(d.traffic()));
        return new SizedOption(Deployment.STANDARD, t, s.brokers(), s.bottleneck(), s.constraints(),
                volume, d.tieredGiB(), limit, spec, calc.monthlyWhenRead(spec),
                s.brokers() <= d.assumptions().brokerQuota(),
                new LazyWarnings(() -> OptionWarnings.standard(t, s, d, preset, limit.mbps().getAsDouble(), pst)));
    }

    /** The EBS volume of each broker: the cluster's storage spread evenly, rounded up to a whole GiB. */
    static int volumeGiB(double ebsGiB, int brokers) {
        double gib = Math.ceil(ebsGiB / brokers - NOISE_GIB);
        return gib >= Integer.MAX_VALUE ? Integer.MAX_VALUE : Math.max(MIN_VOLUME_GIB, (int) gib);
    }
}
