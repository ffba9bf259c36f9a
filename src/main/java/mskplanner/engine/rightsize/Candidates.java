package mskplanner.engine.rightsize;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import mskplanner.engine.catalog.Catalog;
import mskplanner.engine.catalog.Deployment;
import mskplanner.engine.catalog.InstanceType;
import mskplanner.engine.cost.CostCalculator;
import mskplanner.engine.cost.spec.ClusterSpec;
import mskplanner.engine.limits.Limits;
import mskplanner.engine.price.UnknownPriceException;

/**
 * Broker shapes of the current cluster's family (sizes x broker counts) that would carry a load.
 * CPU is assumed to scale with the total vCPUs of the cluster; volumes never shrink (MSK cannot shrink EBS in
 * place) and grow to keep data at 1 / disk headroom of the volume.
 */
final class Candidates {
    private final Catalog catalog;
    private final Limits limits;
    private final CostCalculator costs;
    private final SizingPort sizing;
    private final RightsizeOptions options;

    Candidates(Catalog catalog, Limits limits, CostCalculator costs, SizingPort sizing, RightsizeOptions options) {
        this.catalog = catalog;
        this.limits = limits;
        this.costs = costs;
        this.sizing = sizing;
        this.options = options;
    }

    /** The cheapest shape of the family that carries the load, or empty when none does up to the broker quota. */
    Optional<SizedOption> cheapest(ClusterDescription cluster, InstanceType current, ObservedLoad load) {
        List<SizedOption> fitting = new ArrayList<>();
        for (InstanceType type : catalog.ofFamily(current.deployment(), current.family())) {
            if (type.burstable() && !type.equals(current)) {
                continue;
            }
            smallestFitting(cluster, current, type, load).ifPresent(fitting::add);
        }
        return fitting.stream().min(Comparator.comparing(SizedOption::monthlyUsd)
                .thenComparing(o -> Math.abs(o.brokers() - cluster.brokerCount())));
    }

    /**
     * The cheapest shape of each other family of the cluster's deployment class (e.g. kafka.m7g for a kafka.m5
     * cluster) that carries the load; burstable sizes are left out.
     */
    List<SizedOption> otherFamilies(ClusterDescription cluster, InstanceType current, ObservedLoad load) {
        List<SizedOption> found = new ArrayList<>();
        catalog.of(current.deployment()).stream().filter(t -> !t.burstable())
                .map(InstanceType::family).filter(f -> !f.equals(current.family())).distinct()
                .forEach(family -> catalog.ofFamily(current.deployment(), family).stream()
                        .filter(t -> !t.burstable())
                        .flatMap(t -> smallestFitting(cluster, current, t, load).stream())
                        .min(Comparator.comparing(SizedOption::monthlyUsd))
                        .ifPresent(found::add));
        return found;
    }

    private Optional<SizedOption> smallestFitting(ClusterDescription cluster, InstanceType current, InstanceType type,
                                                  ObservedLoad load) {
        int zones = cluster.availabilityZones();
        for (int brokers = zones; brokers <= limits.standard().brokersPerClusterKraft(); brokers += zones) {
            Optional<SizedOption> option = fit(cluster, current, type, brokers, load);
            if (option.isPresent()) {
                return option;
            }
        }
        return Optional.empty();
    }

    private Optional<SizedOption> fit(ClusterDescription cluster, InstanceType current, InstanceType type, int brokers,
                                      ObservedLoad load) {
        double cpu = load.cpuP95Percent() * current.vcpu() * cluster.brokerCount() / ((double) type.vcpu() * brokers);
        Capacity c = sizing.capacity(type, brokers, load.profile());
        MeasuredProfile p = load.profile();
        boolean fits = cpu <= limits.standard().cpuAlarmPercent() && p.peakIngressMBps() <= c.ingressMBps()
                && p.peakEgressMBps() <= c.egressMBps() && p.partitionReplicas() <= c.partitionReplicas();
        if (!fits) {
            return Optional.empty();
        }
        if (type.deployment() == Deployment.EXPRESS) {
            return priced(Deployment.EXPRESS, type, brokers, 0, Specs.express(cluster.name(), type, brokers, p,
                    limits.express().availabilityZones(), options.hoursPerMonth()));
        }
        double dataGiB = p.storageUsedGiB() * p.replicationFactor();
        double volume = Math.max(cluster.volumeSizeGiB(), Math.ceil(dataGiB * options.diskHeadroom() / brokers));
        if (volume > limits.standard().storageGiBPerBrokerMax()) {
            return Optional.empty();
        }
        return priced(Deployment.STANDARD, type, brokers, volume, Specs.standard(cluster.name(), type, brokers, volume,
                cluster.provisionedThroughputMiBps(), cluster.availabilityZones(), p));
    }

    /** Priced, or empty when the region has no price for the size: it cannot be recommended there. */
    private Optional<SizedOption> priced(Deployment d, InstanceType type, int brokers, double volume, ClusterSpec spec) {
        try {
            return Optional.of(new SizedOption(d, type.name(), brokers, volume, costs.monthly(spec), Specs.throughputMiBps(spec)));
        } catch (UnknownPriceException e) {
            return Optional.empty();
        }
    }
}
