package mskplanner.engine.matrix;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.DoubleFunction;
import mskplanner.engine.alternatives.CostSegment;
import mskplanner.engine.alternatives.CostSegmenter;
import mskplanner.engine.alternatives.PiecewiseCost;
import mskplanner.engine.catalog.Deployment;
import mskplanner.engine.catalog.InstanceType;
import mskplanner.engine.cost.CostCalculator;
import mskplanner.engine.price.PriceSheet;
import mskplanner.engine.sizing.Constraint;
import mskplanner.engine.sizing.ConstraintName;
import mskplanner.engine.sizing.Plan;
import mskplanner.engine.sizing.PlanInput;
import mskplanner.engine.sizing.Planner;
import mskplanner.engine.sizing.SizedOption;

/**
 * The cost of one MSK broker size along average ingress, as a {@link PiecewiseCost} tagged with its broker count.
 * Its steps are where a constraint proportional to ingress (peak ingress, peak egress, EBS storage, PST) needs the
 * next multiple of the AZ count: demand = k x AZs x capacity per broker, so at the workload's demand D0 (at x0) the
 * step is at x0 x k x AZs x capacity / D0. Partition replicas step with the partition formula; the segmenter finds
 * those from the broker count. Between steps the bill is a line: broker-hours and PST are fixed, storage, tiered
 * storage, data written and cross-AZ transfer grow with ingress (the EBS volume is whole GiB per broker, a staircase
 * of brokers x one GiB-month that the line goes through the ends of).
 */
final class BrokerCurves {
    private static final Set<ConstraintName> PROPORTIONAL = EnumSet.of(ConstraintName.INGRESS, ConstraintName.EGRESS,
            ConstraintName.STORAGE, ConstraintName.PST);
    /** More steps than any broker quota allows; a bound on the work for an extreme shape. */
    private static final int MAX_STEPS = 4000;
    /**
     * Broker steps (multiples of the AZ count) tracked one by one: past this many, and past the quota, one step is
     * under 1% of the brokers, and a size's curve there (which only the EC2 copy reads) is drawn as a staircase of
     * {@link #COARSE_POINTS} lines through real bills. This bounds the work by the range, whatever the retention: a
     * retention of decades needs thousands of brokers across the chart, which used to cost two prices per step and
     * a bisection per step past {@link #MAX_STEPS} (6 to 7 s for one plan).
     */
    static final int EXACT_STEPS = 100;
    static final int COARSE_POINTS = 32;

    private final Planner planner;
    private final Plan plan;
    private final CostCalculator calc;
    private final DoubleFunction<PlanInput> inputAt;
    private final double x0;
    private final int quota;
    /** Each size's option of the plan and its coarse start, by size object: asked per stretch of the EC2 copy. */
    private final Map<InstanceType, SizedOption> workloadOptions = new IdentityHashMap<>();
    private final Map<InstanceType, Double> coarseFrom = new IdentityHashMap<>();

    BrokerCurves(Planner planner, PriceSheet prices, Plan plan, DoubleFunction<PlanInput> inputAt, double x0) {
        this.planner = planner;
        this.plan = plan;
        this.calc = new CostCalculator(prices, plan.assumptions().hoursPerMonth());
        this.inputAt = inputAt;
        this.x0 = x0;
        this.quota = plan.assumptions().brokerQuota();
        for (SizedOption o : plan.options()) {
            workloadOptions.putIfAbsent(o.instanceType(), o);
        }
    }

    /** The Standard sizes the picks choose from (m5, then m7g), priced in the region. */
    List<InstanceType> standardTypes() {
        List<InstanceType> types = new ArrayList<>();
        for (String family : List.of("m5", "m7g")) {
            planner.standardTypes().stream().filter(t -> t.family().equals(family)).filter(this::priced).forEach(types::add);
        }
        return types;
    }

    List<InstanceType> expressTypes() {
        return planner.expressTypes().stream().filter(this::priced).toList();
    }

    /** The size's cost over [from, to]; where it needs more brokers than the quota, only from {@code beyondFrom} on. */
    PiecewiseCost curve(InstanceType t, double from, double to, double beyondFrom) {
        double edge = Math.min(to, quotaEdge(t));
        double coarse = Math.min(to, coarseFrom(t));
        double[] steps = steps(t, beyondFrom < to ? coarse : edge);
        List<CostSegment> segments = new ArrayList<>(CostSegmenter.segments(pricing(t), from, edge, steps, false));
        if (beyondFrom < to) {
            double start = Math.max(edge, beyondFrom);
            if (start < coarse) {
                segments.addAll(CostSegmenter.segments(pricing(t), start, coarse, steps, false));
            }
            if (coarse < to) {
                segments.addAll(CostSegmenter.staircase(pricing(t), Math.max(start, coarse), to, COARSE_POINTS));
            }
        }
        return new PiecewiseCost(t.name(), segments);
    }

    /**
     * Where the size's curve turns from exact steps to the coarse staircase: the ingress at which a proportional
     * constraint needs {@link #EXACT_STEPS} multiples of the AZ count, and never before the quota edge.
     */
    double coarseFrom(InstanceType t) {
        Double known = coarseFrom.get(t);
        if (known != null) {
            return known;
        }
        int zones = zones(t);
        double at = Double.POSITIVE_INFINITY;
        for (Constraint c : workloadOption(t).constraints()) {
            if (PROPORTIONAL.contains(c.name()) && c.demand() > 0) {
                at = Math.min(at, x0 * EXACT_STEPS * zones * c.capacityPerBroker() / c.demand());
            }
        }
        double from = Math.max(at, quotaEdge(t));
        coarseFrom.put(t, from);
        return from;
    }

    /** The part of a size's curve within the broker quota. */
    PiecewiseCost withinQuota(PiecewiseCost curve) {
        return new PiecewiseCost(curve.deployment(), curve.segments().stream().filter(s -> s.tag() <= quota).toList());
    }

    /** The sized option at {@code x}, as the planner sizes it there. */
    Optional<SizedOption> optionAt(InstanceType t, double x) {
        return optionFor(t, inputAt.apply(x));
    }

    /** The sized option for {@code in}, one point of the curve (for a caller that also reads its profile). */
    Optional<SizedOption> optionFor(InstanceType t, PlanInput in) {
        return planner.option(in, t, calc);
    }

    /** The ingress at which a proportional constraint first needs more brokers than the quota. */
    double quotaEdge(InstanceType t) {
        int zones = zones(t);
        int lastFitting = quota / zones * zones;
        double edge = Double.POSITIVE_INFINITY;
        for (Constraint c : workloadOption(t).constraints()) {
            if (PROPORTIONAL.contains(c.name()) && c.demand() > 0) {
                edge = Math.min(edge, x0 * lastFitting * c.capacityPerBroker() / c.demand());
            }
        }
        return edge;
    }

    private double[] steps(InstanceType t, double to) {
        int zones = zones(t);
        List<double[]> lists = new ArrayList<>();
        for (Constraint c : workloadOption(t).constraints()) {
            if (PROPORTIONAL.contains(c.name())) {
                lists.add(CostSegmenter.multiplesOf(zones * c.capacityPerBroker(), c.demand(), x0, to, MAX_STEPS));
            }
        }
        return CostSegmenter.union(lists);
    }

    private CostSegmenter.Pricing pricing(InstanceType t) {
        return x -> optionAt(t, x).map(o -> new CostSegmenter.Priced(o.cost().estimatedMonthlyUsd(), o.brokers()));
    }

    private int zones(InstanceType t) {
        return t.deployment() == Deployment.EXPRESS ? planner.limits().express().availabilityZones()
                : plan.workload().availabilityZones();
    }

    private boolean priced(InstanceType t) {
        return workloadOptions.containsKey(t) || plan.options().stream().anyMatch(o -> o.instanceType().equals(t));
    }

    private SizedOption workloadOption(InstanceType t) {
        SizedOption o = workloadOptions.get(t);
        return o != null ? o : plan.options().stream().filter(x -> x.instanceType().equals(t)).findFirst().orElseThrow();
    }
}
