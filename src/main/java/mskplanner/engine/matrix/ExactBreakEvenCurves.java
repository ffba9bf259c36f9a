package mskplanner.engine.matrix;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import mskplanner.engine.alternatives.BreakEvenResult;
import mskplanner.engine.alternatives.CostCurve;
import mskplanner.engine.alternatives.CostSegment;
import mskplanner.engine.alternatives.CostSegmenter;
import mskplanner.engine.alternatives.CurvePoint;
import mskplanner.engine.alternatives.Envelope;
import mskplanner.engine.alternatives.ExactBreakEven;
import mskplanner.engine.alternatives.PiecewiseCost;
import mskplanner.engine.alternatives.SweepGrid;
import mskplanner.engine.catalog.InstanceType;
import mskplanner.engine.limits.Limits;
import mskplanner.engine.price.PriceSheet;
import mskplanner.engine.sizing.PartitionPlanner;
import mskplanner.engine.sizing.Plan;
import mskplanner.engine.sizing.PlanInput;
import mskplanner.engine.sizing.Planner;
import mskplanner.engine.sizing.WorkloadProfile;
import mskplanner.engine.units.BilledUnits;

/**
 * Section 5 of sizing-model.md, solved: hold the workload's shape (peak/average ratio, fan-out, retention, message
 * size, settings), let its average ingress vary, and build every deployment's cost as a step / piecewise-linear
 * function of it ({@link PiecewiseCost}): each MSK broker size from its constraint thresholds ({@link BrokerCurves}),
 * Standard and Express as the cheapest size within the broker quota (the planner's picks), EC2 as the copy of the
 * Standard pick, Serverless from its partition steps and quotas, Kinesis from its shard steps. Crossovers and the
 * cheapest deployment per stretch then follow from the lines ({@link ExactBreakEven}); the curves shown are the
 * functions at the {@link SweepGrid}'s points. Partitions are held when the user gave them; otherwise the partition
 * formula decides at each ingress, as it would for a workload of that size.
 */
final class ExactBreakEvenCurves {
    /** How precisely a crossover is stated: the ingress axis's resolution in the answer (4 decimals). */
    static final double TOLERANCE_GB_PER_HOUR = 0.0001;
    static final int MAX_STEPS = 4000;
    /** Lines per stretch of the EC2 copy where the Standard size it copies is a coarse staircase. */
    private static final int EC2_COARSE_POINTS = 4;

    private final PriceSheet prices;
    private final Calculators calc;
    private final PlanInput base;
    private final MatrixInput matrix;
    private final BrokerCurves brokers;
    private final double x0;

    ExactBreakEvenCurves(Planner planner, PriceSheet prices, Calculators calc, PlanInput base, MatrixInput matrix, Plan plan) {
        this.prices = prices;
        this.calc = calc;
        this.base = base;
        this.matrix = matrix;
        this.x0 = BilledUnits.gbPerHour(base.profile().avgIngressMBps());
        this.brokers = new BrokerCurves(planner, prices, plan, x -> base.withProfile(profileAt(x)), x0);
    }

    Matrix.BreakEvenOutcome run(Set<Contender> priced) {
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
        SweepGrid grid = grid();
        List<PiecewiseCost> curves = curves(priced, Math.min(grid.minGBPerHour(), x0), Math.max(grid.maxGBPerHour(), x0));
        BreakEvenResult result = new BreakEvenResult(grid, TOLERANCE_GB_PER_HOUR, curves.stream().map(c -> sampled(c, grid))
                .toList(), ExactBreakEven.crossovers(curves), ExactBreakEven.ranges(curves));
        return new Matrix.BreakEvenOutcome(result, x0, notes);
    }

    /** One curve per deployment, in {@link Contender} order, named by its id. */
    List<PiecewiseCost> curves(Set<Contender> priced, double from, double to) {
        List<InstanceType> standardTypes = brokers.standardTypes();
        List<PiecewiseCost> standard = new ArrayList<>();
        double beyond = standardTypes.stream().mapToDouble(brokers::quotaEdge).max().orElse(to);
        for (InstanceType t : standardTypes) {
            standard.add(brokers.curve(t, from, to, beyond));
        }
        List<CostSegment> pick = Envelope.lowest(standard.stream().map(brokers::withinQuota).toList());
        List<PiecewiseCost> express = brokers.expressTypes().stream()
                .map(t -> brokers.withinQuota(brokers.curve(t, from, to, Double.POSITIVE_INFINITY))).toList();
        List<PiecewiseCost> curves = new ArrayList<>();
        curves.add(new PiecewiseCost(Contender.STANDARD.id(), pick));
        curves.add(new PiecewiseCost(Contender.EXPRESS.id(), Envelope.lowest(express)));
        if (priced.contains(Contender.SERVERLESS)) {
            curves.add(serverless(from, to));
        }
        if (priced.contains(Contender.SELF_MANAGED_EC2)) {
            curves.add(selfManagedEc2(standardTypes, Envelope.withFallback(pick, Envelope.lowest(standard))));
        }
        if (priced.contains(Contender.KINESIS)) {
            curves.add(new KinesisCurve(calc, this::profileAt, base.profile(), x0).curve(from, to));
        }
        return curves;
    }

    /**
     * EC2 copies the Standard pick (the cheapest m5 or m7g size within the quota, else the cheapest beyond it). Its
     * steps beyond the pick's brokers (gp3 volumes per broker, throughput billed above their free baseline) are found
     * by checking each stretch's middle against its line: cheaper here than tracking them as states.
     */
    private PiecewiseCost selfManagedEc2(List<InstanceType> standardTypes, List<CostSegment> pick) {
        List<CostSegment> segments = new ArrayList<>();
        for (CostSegment s : pick) {
            InstanceType t = standardTypes.get(s.tag());
            CostSegmenter.Pricing ec2 = x -> {
                PlanInput at = base.withProfile(profileAt(x));
                return brokers.optionFor(t, at).map(o -> new CostSegmenter.Priced(calc.ec2()
                        .onDemandMonthlyUsd(WorkloadViews.selfManagedEc2(o, at.profile(), base.assumptions(), matrix.ops())),
                        o.brokers()));
            };
            if (s.fromGBPerHour() >= brokers.coarseFrom(t) * (1 - 1e-12)) {
                // the copied size is on its coarse staircase there (hundreds of brokers past the quota): so is EC2
                segments.addAll(CostSegmenter.staircase(ec2, s.fromGBPerHour(), s.toGBPerHour(), EC2_COARSE_POINTS));
            } else {
                segments.addAll(CostSegmenter.segments(ec2, s.fromGBPerHour(), s.toGBPerHour(), new double[0], true));
            }
        }
        return new PiecewiseCost(Contender.SELF_MANAGED_EC2.id(), segments);
    }

    /** Serverless steps where its partitions do: the partition formula's and the per-partition quotas' multiples. */
    private PiecewiseCost serverless(double from, double to) {
        WorkloadProfile p = base.profile();
        Limits.Serverless q = calc.limits().serverless();
        double upTo = Math.min(to, serverlessCeilingGBPerHour() * (1 + 1e-9));
        double perGroup = p.peakEgressPerConsumerGroupMBps();
        double[] steps = CostSegmenter.union(List.of(
                CostSegmenter.multiplesOf(q.maxIngressPerPartitionMBps(), p.peakIngressMBps(), x0, upTo, MAX_STEPS),
                CostSegmenter.multiplesOf(q.maxEgressPerPartitionMBps(), p.peakEgressMBps(), x0, upTo, MAX_STEPS),
                CostSegmenter.multiplesOf(base.assumptions().writeMBpsPerPartition(), p.peakIngressMBps(), x0, upTo, MAX_STEPS),
                CostSegmenter.multiplesOf(base.assumptions().readMBpsPerPartition(), perGroup, x0, upTo, MAX_STEPS),
                new double[] {serverlessCeilingGBPerHour()}));
        CostSegmenter.Pricing pricing = x -> {
            WorkloadProfile at = profileAt(x);
            int planned = PartitionPlanner.recommended(at, base.assumptions());
            int partitions = Math.max(matrix.compactedPartitions(), WorkloadViews.serverlessPartitions(at, planned, q));
            OptionalDouble usd = calc.serverless().estimatedMonthlyUsdIfFits(WorkloadViews.serverless(at, partitions,
                    matrix.compactedPartitions(), matrix.authentication()));
            return usd.isPresent() ? Optional.of(new CostSegmenter.Priced(usd.getAsDouble(), partitions))
                    : Optional.<CostSegmenter.Priced>empty();
        };
        return CostSegmenter.curve(Contender.SERVERLESS.id(), pricing, from, to, steps, false);
    }

    private static CostCurve sampled(PiecewiseCost c, SweepGrid grid) {
        List<CurvePoint> points = new ArrayList<>();
        for (double x : grid.values()) {
            OptionalDouble usd = c.at(x);
            if (usd.isPresent()) {
                points.add(new CurvePoint(x, usd.getAsDouble()));
            }
        }
        return new CostCurve(c.deployment(), points);
    }

    /**
     * From near zero to twice the higher of the workload's own ingress and the point where its peaks reach
     * Serverless's ingress or egress quota, within the highest rate the profile accepts.
     */
    SweepGrid grid() {
        return SweepGrid.beyondCeiling(Math.min(Math.max(serverlessCeilingGBPerHour(), x0),
                BilledUnits.gbPerHour(maxRateMBps()) / SweepGrid.BEYOND_CEILING_FACTOR));
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
