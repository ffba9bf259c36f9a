package mskplanner.testing;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import mskplanner.engine.catalog.Deployment;
import mskplanner.engine.catalog.InstanceType;
import mskplanner.engine.rightsize.Capacity;
import mskplanner.engine.rightsize.MeasuredProfile;
import mskplanner.engine.rightsize.SizedOption;
import mskplanner.engine.rightsize.SizingPort;

/**
 * A sizing model simple enough to compute by hand: each broker carries 5 MB/s of ingress per vCPU, twice that of
 * egress, and 1,000 partition replicas; other deployment classes offer what the test sets.
 */
public final class FakeSizing implements SizingPort {
    public static final double INGRESS_MBPS_PER_VCPU = 5;
    private final Map<Deployment, SizedOption> offers = new EnumMap<>(Deployment.class);

    public FakeSizing offering(SizedOption option) {
        offers.put(option.deployment(), option);
        return this;
    }

    @Override
    public Capacity capacity(InstanceType type, int brokers, MeasuredProfile profile) {
        double ingress = INGRESS_MBPS_PER_VCPU * type.vcpu() * brokers;
        return new Capacity(ingress, 2 * ingress, 1000 * brokers, "fake: 5 MB/s per vCPU");
    }

    @Override
    public Optional<SizedOption> cheapestFitting(Deployment deployment, MeasuredProfile profile) {
        return Optional.ofNullable(offers.get(deployment));
    }
}
