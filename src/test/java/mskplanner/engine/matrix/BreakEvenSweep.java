package mskplanner.engine.matrix;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.DoubleFunction;
import java.util.stream.Stream;
import mskplanner.engine.alternatives.BreakEven;
import mskplanner.engine.alternatives.KinesisShards;
import mskplanner.engine.alternatives.KinesisWorkload;
import mskplanner.engine.alternatives.SweepGrid;
import mskplanner.engine.price.PriceSheet;
import mskplanner.engine.sizing.Plan;
import mskplanner.engine.sizing.PlanInput;
import mskplanner.engine.sizing.Planner;
import mskplanner.engine.sizing.SizedOption;
import mskplanner.engine.sizing.WorkloadProfile;
import mskplanner.engine.units.BilledUnits;

/**
 * Section 5 of sizing-model.md on the real planner: hold the workload's shape (peak/average ratio, fan-out, retention,
 * message size, settings) and sweep its average ingress; at each point price every deployment as the plan does.
 * Partitions are held when the user gave them; otherwise the partition formula decides at each point, as it would for
 * a workload of that size (a count held from the workload's own point would overload Serverless's 5 MB/s partitions
 * a few steps up the sweep). The planner runs once per point: Standard, Express, Serverless and EC2 share the
 * point's plan, so the sweep costs one plan per sampled ingress (about 600 plus the bisection steps).
 */
final class BreakEvenSweep {
    private final Planner planner;
    private final PriceSheet prices;
    private final Calculators calc;
    private final PlanInput base;
    private final MatrixInput matrix;
    private final Map<Double, Point> points = new HashMap<>();
    private Set<Contender> swept = EnumSet.noneOf(Contender.class);

    /** Every deployment's cheapest monthly cost at one ingress, empty where it does not fit or is not swept. */
    private record Point(Optional<BigDecimal> standard, Optional<BigDecimal> express, Optional<BigDecimal> serverless,
                         Optional<BigDecimal> ec2) {
    }

    BreakEvenSweep(Planner planner, PriceSheet prices, Calculators calc, PlanInput base, MatrixInput matrix) {
        this.planner = planner;
        this.prices = prices;
        this.calc = calc;
        this.base = base;
        this.matrix = matrix;
    }

    /** Sweeps MSK Standard and Express and those of Serverless, EC2 and Kinesis that are {@code priced} in the region. */
    Matrix.BreakEvenOutcome run(Set<Contender> priced, double workloadGBPerHour) {
        List<String> notes = new ArrayList<>();
        for (Contender c : List.of(Contender.SERVERLESS, Contender.SELF_MANAGED_EC2, Contender.KINESIS)) {
            if (!priced.contains(c)) {
                notes.add(c.curveLabel() + " is not swept: not priced in " + prices.region());
            }
        }
        notes.add("curves are at list prices (no MSK discount); the EC2 curve includes the ops assumption, if any");
        notes.add(base.profile().partitions().isPresent()
                ? "partitions held at " + base.profile().partitions().getAsInt() + " at every point"
                : "partitions from the partition formula at every point (Serverless: raised to its per-partition quotas)");
        return new Matrix.BreakEvenOutcome(BreakEven.sweep(options(priced), grid(workloadGBPerHour)), workloadGBPerHour,
                notes);
    }

    /** One cost function per deployment: MSK Standard and Express, and the {@code priced} others. */
    List<BreakEven.Option> options(Set<Contender> priced) {
        swept = EnumSet.noneOf(Contender.class);
        swept.addAll(priced);
        points.clear();
        List<BreakEven.Option> options = new ArrayList<>();
        options.add(option(Contender.STANDARD, x -> at(x).standard()));
        options.add(option(Contender.EXPRESS, x -> at(x).express()));
        if (priced.contains(Contender.SERVERLESS)) {
            options.add(option(Contender.SERVERLESS, x -> at(x).serverless()));
        }
        if (priced.contains(Contender.SELF_MANAGED_EC2)) {
            options.add(option(Contender.SELF_MANAGED_EC2, x -> at(x).ec2()));
        }
        if (priced.contains(Contender.KINESIS)) {
            options.add(option(Contender.KINESIS, this::kinesisAt));
        }
        return options;
    }

    /**
     * From near zero to twice the higher of the workload's own ingress and the point where its peaks reach
     * Serverless's ingress or egress quota, within the highest rate the profile accepts.
     */
    SweepGrid grid(double workloadGBPerHour) {
        return SweepGrid.beyondCeiling(Math.min(Math.max(serverlessCeilingGBPerHour(), workloadGBPerHour),
                BilledUnits.gbPerHour(maxRateMBps()) / SweepGrid.BEYOND_CEILING_FACTOR));
    }

    private static BreakEven.Option option(Contender c, DoubleFunction<Optional<BigDecimal>> cost) {
        return new BreakEven.Option(c.id(), cost);
    }

    private Point at(double gbPerHour) {
        return points.computeIfAbsent(gbPerHour, this::price);
    }

    private Point price(double gbPerHour) {
        WorkloadProfile p = profileAt(gbPerHour);
        Plan plan = planner.plan(base.withProfile(p), prices);
        Optional<BigDecimal> standard = Stream.of(plan.recommended().m5(), plan.recommended().m7g())
                .flatMap(Optional::stream).map(SizedOption::monthlyUsd).min(Comparator.naturalOrder());
        Optional<BigDecimal> express = plan.recommended().express().map(SizedOption::monthlyUsd);
        Optional<BigDecimal> serverless = swept.contains(Contender.SERVERLESS) ? serverlessAt(p, plan) : Optional.empty();
        Optional<BigDecimal> ec2 = swept.contains(Contender.SELF_MANAGED_EC2) ? WorkloadViews.standardPick(plan)
                .map(o -> calc.ec2().onDemand(WorkloadViews.selfManagedEc2(o, p, base.assumptions(), matrix.ops()))
                        .monthlyUsd()) : Optional.empty();
        return new Point(standard, express, serverless, ec2);
    }

    private Optional<BigDecimal> serverlessAt(WorkloadProfile p, Plan plan) {
        int partitions = Math.max(matrix.compactedPartitions(), WorkloadViews.serverlessPartitions(p,
                plan.partitions().recommended(), calc.limits().serverless()));
        return calc.serverless().monthlyUsdIfFits(WorkloadViews.serverless(p, partitions, matrix.compactedPartitions(),
                matrix.authentication()));
    }

    private Optional<BigDecimal> kinesisAt(double gbPerHour) {
        KinesisWorkload w = WorkloadViews.kinesis(profileAt(gbPerHour));
        if (!calc.kinesis().violations(w).isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(calc.kinesis().provisioned(w, KinesisShards.of(w, calc.limits().kinesis())).monthlyUsd());
    }

    private WorkloadProfile profileAt(double gbPerHour) {
        return SweptRange.profileAt(base.profile(), gbPerHour);
    }

    private double serverlessCeilingGBPerHour() {
        return SweptRange.serverlessCeilingGBPerHour(base.profile(), calc.limits().serverless());
    }

    private double maxRateMBps() {
        return SweptRange.maxRateMBps(base.profile());
    }
}
