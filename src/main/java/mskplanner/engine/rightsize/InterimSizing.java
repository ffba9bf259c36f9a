package mskplanner.engine.rightsize;

import java.util.Comparator;
import java.util.Optional;
import java.util.stream.Stream;
import mskplanner.engine.catalog.Catalog;
import mskplanner.engine.catalog.Deployment;
import mskplanner.engine.catalog.ExpressQuota;
import mskplanner.engine.catalog.InstanceType;
import mskplanner.engine.catalog.WorkbookFigures;
import mskplanner.engine.cost.CostCalculator;
import mskplanner.engine.limits.Limits;
import mskplanner.engine.price.UnknownPriceException;

/**
 * A stand-in for the sizing engine behind {@link SizingPort}, with the per-broker capacity formulas of
 * sizing-model.md sections 2-4 ("aws-workbook" preset). To be replaced by an adapter over
 * {@code mskplanner.engine.sizing.Planner}, which owns these formulas.
 * <ul>
 *   <li>Standard: ingress per broker = min(ebs / storage factor, nic / network factor) x utilisation, where the
 *       storage factor is 6.5 and the network factor fan-out x AZ/(AZ-1) + 5.7 (each +1.5 with tiered storage);
 *       egress = fan-out x ingress.</li>
 *   <li>Express: ingress = sustained ingress x utilisation; egress = 2.5 x sustained ingress x utilisation.</li>
 *   <li>Serverless: fits within its published quotas.</li>
 * </ul>
 */
public final class InterimSizing implements SizingPort {
    /** 1.5 ingress + 1.5 replication-in + 0.5 lagging readers + 3.0 rebalancing (sizing-model.md section 2). */
    static final double STORAGE_IO_FACTOR = 6.5;
    /** 2.2 replication-out + 0.5 lagging + 3.0 rebalancing (sizing-model.md section 2). */
    static final double NETWORK_BASE_FACTOR = 5.7;
    /** Added to both factors when tiered storage is on (sizing-model.md section 2). */
    static final double TIERED_FACTOR = 1.5;
    private static final double MB_PER_MIB = 1.048576;

    private final Catalog catalog;
    private final Limits limits;
    private final CostCalculator costs;
    private final RightsizeOptions options;

    public InterimSizing(Catalog catalog, Limits limits, CostCalculator costs, RightsizeOptions options) {
        this.catalog = catalog;
        this.limits = limits;
        this.costs = costs;
        this.options = options;
    }

    @Override
    public Capacity capacity(InstanceType type, int brokers, MeasuredProfile p) {
        double ingressPerBrokerMBps;
        double egressPerBrokerMBps;
        String basis;
        if (type.deployment() == Deployment.EXPRESS) {
            ExpressQuota q = type.express().orElseThrow();
            double sustainedMBps = q.sustainedIngressMiBps() * MB_PER_MIB;
            ingressPerBrokerMBps = sustainedMBps * options.expressUtilization();
            egressPerBrokerMBps = sustainedMBps * limits.express().egressToSustainedIngressRatio() * options.expressUtilization();
            basis = "Express sustained ingress x " + options.expressUtilization() + " utilisation";
        } else {
            WorkbookFigures w = type.workbook().orElseThrow();
            double tiered = p.tieredStorage() ? TIERED_FACTOR : 0;
            int az = p.availabilityZones();
            double azFactor = az > 1 ? az / (az - 1d) : 1;
            double networkFactor = p.fanOut() * azFactor + NETWORK_BASE_FACTOR + tiered;
            double perBrokerMiBps = Math.min(w.ebsMiBps() / (STORAGE_IO_FACTOR + tiered), w.nicMiBps() / networkFactor);
            ingressPerBrokerMBps = perBrokerMiBps * MB_PER_MIB * options.standardUtilization();
            egressPerBrokerMBps = ingressPerBrokerMBps * p.fanOut();
            basis = "aws-workbook: min(ebs / " + (STORAGE_IO_FACTOR + tiered) + ", nic / network factor) x "
                    + options.standardUtilization() + " utilisation";
        }
        return new Capacity(ingressPerBrokerMBps * brokers, egressPerBrokerMBps * brokers,
                type.partitionsRecommended() * brokers, basis);
    }

    @Override
    public Optional<SizedOption> cheapestFitting(Deployment deployment, MeasuredProfile p) {
        return switch (deployment) {
            case SERVERLESS -> serverless(p);
            case STANDARD, EXPRESS -> brokerShapes(deployment)
                    .flatMap(t -> fitting(t, p).stream())
                    .min(Comparator.comparing(SizedOption::monthlyUsd));
            default -> Optional.empty();
        };
    }

    private Stream<InstanceType> brokerShapes(Deployment deployment) {
        return catalog.of(deployment).stream().filter(t -> !t.burstable());
    }

    private Optional<SizedOption> fitting(InstanceType type, MeasuredProfile p) {
        int zones = type.deployment() == Deployment.EXPRESS ? limits.express().availabilityZones() : p.availabilityZones();
        for (int brokers = zones; brokers <= limits.standard().brokersPerClusterKraft(); brokers += zones) {
            Capacity c = capacity(type, brokers, p);
            if (c.ingressMBps() >= p.peakIngressMBps() && c.egressMBps() >= p.peakEgressMBps()
                    && c.partitionReplicas() >= p.partitionReplicas()) {
                return priced(type, brokers, p);
            }
        }
        return Optional.empty();
    }

    private Optional<SizedOption> priced(InstanceType type, int brokers, MeasuredProfile p) {
        try {
            return price(type, brokers, p);
        } catch (UnknownPriceException e) {
            return Optional.empty();
        }
    }

    private Optional<SizedOption> price(InstanceType type, int brokers, MeasuredProfile p) {
        if (type.deployment() == Deployment.EXPRESS) {
            var spec = Specs.express(type.name(), type, brokers, p, options.hoursPerMonth());
            return Optional.of(new SizedOption(Deployment.EXPRESS, type.name(), brokers, 0, costs.monthly(spec)));
        }
        double volume = Math.max(limits.standard().storageGiBPerBrokerMin(),
                Math.ceil(p.storageUsedGiB() * p.replicationFactor() * options.diskHeadroom() / brokers));
        if (volume > limits.standard().storageGiBPerBrokerMax()) {
            return Optional.empty();
        }
        var spec = Specs.standard(type.name(), type, brokers, volume, 0, p.availabilityZones());
        return Optional.of(new SizedOption(Deployment.STANDARD, type.name(), brokers, volume, costs.monthly(spec)));
    }

    private Optional<SizedOption> serverless(MeasuredProfile p) {
        Limits.Serverless s = limits.serverless();
        int leaders = Math.max(1, p.leaderPartitions());
        boolean fits = p.peakIngressMBps() <= s.maxIngressMBps() && p.peakEgressMBps() <= s.maxEgressMBps()
                && p.leaderPartitions() <= s.maxPartitions()
                && p.peakIngressMBps() / leaders <= s.maxIngressPerPartitionMBps()
                && p.peakEgressMBps() / leaders <= s.maxEgressPerPartitionMBps();
        if (!fits) {
            return Optional.empty();
        }
        try {
            return Optional.of(new SizedOption(Deployment.SERVERLESS, "", 0, 0,
                    costs.monthly(Specs.serverless(p, options.hoursPerMonth()))));
        } catch (UnknownPriceException e) {
            return Optional.empty();
        }
    }
}
