package mskplanner.engine.cost;

import java.util.List;
import mskplanner.engine.Inputs;
import mskplanner.engine.InvalidInputException;
import mskplanner.engine.cost.spec.ClusterSpec;
import mskplanner.engine.cost.spec.ExpressClusterSpec;
import mskplanner.engine.cost.spec.StandardClusterSpec;
import mskplanner.engine.limits.Limits;
import mskplanner.engine.price.PriceSheet;

/** Checks cluster specs against the service limits, then prices each one for a month. */
public final class Estimator {

    private final Limits limits;

    public Estimator(Limits limits) {
        this.limits = limits;
    }

    public Estimate estimate(PriceSheet prices, double hoursPerMonth, List<ClusterSpec> clusters) {
        Inputs.hoursPerMonth(hoursPerMonth);
        if (clusters.isEmpty()) {
            throw new InvalidInputException("clusters", "[]", "at least one cluster");
        }
        for (int i = 0; i < clusters.size(); i++) {
            try {
                validate(clusters.get(i));
            } catch (InvalidInputException e) {
                throw e.under("clusters[" + i + "]");
            }
        }
        CostCalculator calculator = new CostCalculator(prices, hoursPerMonth);
        return new Estimate(prices.region(), prices.currency(), hoursPerMonth, prices.source(),
                clusters.stream().map(calculator::monthly).toList());
    }

    /** The checks that need the service limits; everything intrinsic is checked by the spec records. */
    public void validate(ClusterSpec spec) {
        if (spec instanceof StandardClusterSpec s) {
            Limits.Standard l = limits.standard();
            if (!l.allowedAvailabilityZones().contains(s.availabilityZones())) {
                throw new InvalidInputException("availabilityZones", s.availabilityZones(), "one of " + l.allowedAvailabilityZones());
            }
            requireMultiple(s.brokers(), s.availabilityZones());
            if (!(s.storageGiBPerBroker() >= l.storageGiBPerBrokerMin() && s.storageGiBPerBroker() <= l.storageGiBPerBrokerMax())) {
                throw new InvalidInputException("storageGiBPerBroker", StandardClusterSpec.class.cast(s).storageGiBPerBroker(),
                        l.storageGiBPerBrokerMin() + " to " + l.storageGiBPerBrokerMax() + " GiB per broker");
            }
        } else if (spec instanceof ExpressClusterSpec e) {
            int zones = limits.express().availabilityZones();
            if (e.availabilityZones() != zones) {
                throw new InvalidInputException("availabilityZones", e.availabilityZones(), zones + " (Express clusters span " + zones + " AZs)");
            }
            requireMultiple(e.brokers(), zones);
        }
    }

    private static void requireMultiple(int brokers, int zones) {
        if (brokers % zones != 0) {
            throw new InvalidInputException("brokers", brokers, "a multiple of the " + zones + " availability zones (MSK spreads brokers evenly)");
        }
    }
}
