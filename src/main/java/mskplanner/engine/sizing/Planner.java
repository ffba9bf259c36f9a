package mskplanner.engine.sizing;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import mskplanner.engine.Inputs;
import mskplanner.engine.InvalidInputException;
import mskplanner.engine.catalog.Catalog;
import mskplanner.engine.catalog.Deployment;
import mskplanner.engine.catalog.InstanceType;
import mskplanner.engine.cost.CostCalculator;
import mskplanner.engine.limits.Limits;
import mskplanner.engine.price.PriceSheet;
import mskplanner.engine.price.UnknownPriceException;

/**
 * Sizes a workload for every Standard and Express broker size (sizing-model.md sections 1-3) and picks the cheapest
 * per class within the broker quota. Build one per catalog and reuse it: a plan allocates only its own result, so
 * break-even sweeps can call {@link #plan} hundreds of times.
 */
public final class Planner {
    private final Limits limits;
    private final List<InstanceType> standard;
    private final List<InstanceType> express;
    private final double maxPstMiBps;

    public Planner(Catalog catalog, Limits limits) {
        this.limits = limits;
        this.standard = catalog.of(Deployment.STANDARD);
        this.express = catalog.of(Deployment.EXPRESS);
        this.maxPstMiBps = standard.stream().filter(InstanceType::pstEligible)
                .mapToDouble(t -> t.pstMaxMiBps().orElseThrow()).max().orElse(0);
    }

    public Limits limits() {
        return limits;
    }

    /** The largest provisioned storage throughput any Standard size allows, MiB/s per broker (0 when none does). */
    public double maxProvisionedThroughputMiBps() {
        return maxPstMiBps;
    }

    public Plan plan(PlanInput in, PriceSheet prices) {
        validate(in);
        WorkloadProfile p = in.profile();
        Assumptions a = in.assumptions();
        CostCalculator calc = new CostCalculator(prices, a.hoursPerMonth());
        PartitionPlan partitions = PartitionPlanner.plan(p, a);
        ModelDemand d = ModelDemand.of(p, a, partitions.recommended());
        List<SizedOption> options = new ArrayList<>(standard.size() + express.size());
        Map<String, String> unpriced = new LinkedHashMap<>();
        for (InstanceType t : standard) {
            priced(t, () -> StandardSizer.size(t, d, in.preset(), calc), options, unpriced);
        }
        for (InstanceType t : express) {
            priced(t, () -> ExpressSizer.size(t, d, limits.express(), calc), options, unpriced);
        }
        Recommendations recommended = Recommendations.of(options);
        List<String> warnings = new ArrayList<>(PlanWarnings.of(p, limits, options, recommended, a, partitions.recommended()));
        warnings.addAll(UnpricedWarnings.of(prices, unpriced));
        return new Plan(in.preset(), prices.region(), prices.source(), p, partitions, options, recommended, a, warnings,
                List.copyOf(unpriced.keySet()));
    }

    /** The Standard sizes of the catalog (catalog order), then the Express ones: the order of a plan's options. */
    public List<InstanceType> standardTypes() {
        return standard;
    }

    public List<InstanceType> expressTypes() {
        return express;
    }

    /**
     * One broker size sized and priced for a workload already {@link #validate validated}, as {@link #plan} sizes it;
     * empty when the region does not price it. For break-even curves, which price one size at many ingress rates
     * with one {@code calc} (the region's prices over the assumptions' month, as {@link #plan} builds it).
     */
    public Optional<SizedOption> option(PlanInput in, InstanceType t, CostCalculator calc) {
        WorkloadProfile p = in.profile();
        Assumptions a = in.assumptions();
        ModelDemand d = ModelDemand.of(p, a, PartitionPlanner.recommended(p, a));
        try {
            return Optional.of(t.deployment() == Deployment.EXPRESS
                    ? ExpressSizer.size(t, d, limits.express(), calc) : StandardSizer.size(t, d, in.preset(), calc));
        } catch (UnknownPriceException e) {
            return Optional.empty();
        }
    }

    /**
     * Sizes one broker size; a size whose price the region does not know is left out of the plan and named in a
     * warning (prices are never guessed), so a region with partial prices still gets the options it can price.
     */
    private static void priced(InstanceType t, java.util.function.Supplier<SizedOption> size, List<SizedOption> options,
                               Map<String, String> unpriced) {
        try {
            options.add(size.get());
        } catch (UnknownPriceException e) {
            unpriced.put(t.name(), e.item());
        }
    }

    /**
     * The checks that need the service limits or the catalog; everything intrinsic is checked by the records. The PST
     * range, from the default volume throughput (250 MiB/s) to the largest size's maximum (1000 MiB/s), is AWS's sizing
     * script's (sizing-model.md gives none).
     */
    public void validate(PlanInput in) {
        WorkloadProfile p = in.profile();
        List<Integer> zones = limits.standard().allowedAvailabilityZones();
        if (!zones.contains(p.availabilityZones())) {
            throw new InvalidInputException("availabilityZones", p.availabilityZones(), "one of " + zones);
        }
        double minPst = limits.standard().defaultVolumeThroughputMiBps();
        p.provisionedThroughputMiBps().ifPresent(t -> Inputs.between("provisionedThroughputMiBps", t, minPst, maxPstMiBps));
    }
}
