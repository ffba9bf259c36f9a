package mskplanner.engine.matrix;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.DoubleFunction;
import mskplanner.engine.alternatives.CostSegment;
import mskplanner.engine.alternatives.CostSegmenter;
import mskplanner.engine.alternatives.KinesisShards;
import mskplanner.engine.alternatives.KinesisWorkload;
import mskplanner.engine.alternatives.PiecewiseCost;
import mskplanner.engine.limits.Limits;
import mskplanner.engine.sizing.WorkloadProfile;
import mskplanner.engine.units.BilledUnits;
import mskplanner.engine.units.Units;

/** Kinesis Data Streams (provisioned) along average ingress, for the break-even curves. */
final class KinesisCurve {
    /** Lines through real bills past the last of the MAX_STEPS shard steps the solver lists. */
    private static final int FINE_STAIRCASE_POINTS = 4;

    private final Calculators calc;
    private final DoubleFunction<WorkloadProfile> profileAt;
    private final WorkloadProfile profile;
    private final double x0;
    /** The stream at the workload's own ingress. */
    private final KinesisWorkload stream;

    KinesisCurve(Calculators calc, DoubleFunction<WorkloadProfile> profileAt, WorkloadProfile profile, double x0) {
        this.calc = calc;
        this.profileAt = profileAt;
        this.profile = profile;
        this.x0 = x0;
        this.stream = WorkloadViews.kinesis(profile);
    }

    /**
     * Kinesis steps where its shards do: multiples of a shard's ingress bytes, records and egress. Its bill is
     * shards x (shard-hours + extended retention) plus lines proportional to ingress (PUT payload units, long-term
     * retention), so it is solved rather than priced per step: the cost per shard and per GB/hour come from three
     * bills, each stretch's shards from the shard formula, and three stretches are checked against the real bill
     * (any disagreement, and the curve is priced step by step instead). Its limits (record size, consumers) do not
     * depend on ingress.
     */
    PiecewiseCost curve(double from, double to) {
        KinesisWorkload w = stream;
        if (!calc.kinesis().violations(w).isEmpty()) {
            return new PiecewiseCost(Contender.KINESIS.id(), List.of());
        }
        double[] steps = steps(w, to);
        List<CostSegment> solved = solvedKinesis(from, to, steps);
        if (solved.isEmpty() || !agreesWithTheBill(solved)) {
            return CostSegmenter.curve(Contender.KINESIS.id(), this::kinesisAt, from, to, steps, false);
        }
        double solvedTo = solved.get(solved.size() - 1).toGBPerHour();
        if (solvedTo < to) {
            // beyond the last step listed, steps of one shard in thousands: a line through two real bills of a line
            // plus a staircase stays within one step of it, so a few lines do
            solved = new ArrayList<>(solved);
            solved.addAll(CostSegmenter.staircase(this::kinesisAt, solvedTo, to, FINE_STAIRCASE_POINTS));
        }
        return new PiecewiseCost(Contender.KINESIS.id(), solved);
    }

    /**
     * Where the shard count can tick up: the multiples of each constraint's shard demand. All three demands grow in
     * proportion to ingress, so one that needs at least two shards fewer than the largest at the top of the range
     * grows more slowly everywhere and never sets the count; its multiples would only split stretches of one count
     * (for the example, 3,000 points where 1,000 matter). Those within a shard of the largest are all kept.
     */
    private double[] steps(KinesisWorkload w, double to) {
        Limits.Kinesis k = calc.limits().kinesis();
        KinesisShards top = KinesisShards.of(WorkloadViews.kinesis(profileAt.apply(to)), k);
        long most = top.shards();
        List<double[]> lists = new ArrayList<>(3);
        addIfSetting(lists, top.forIngressBytes(), most, k.shardIngressMiBps() * Units.MB_PER_MIB,
                w.traffic().peakIngressMBps(), to);
        addIfSetting(lists, top.forIngressRecords(), most, k.shardIngressRecordsPerSecond(), w.peakRecordsPerSecond(), to);
        addIfSetting(lists, top.forEgress(), most, k.shardEgressMiBps() * Units.MB_PER_MIB, w.traffic().peakEgressMBps(), to);
        return CostSegmenter.union(lists);
    }

    /**
     * A constraint's shard steps (the multiples of one shard's capacity its demand reaches), when the shards it needs
     * at the top of the range are within one of the most any needs there.
     */
    private void addIfSetting(List<double[]> lists, long shardsAtTop, long most, double perShard, double demandAtX0,
                              double to) {
        if (shardsAtTop >= most - 1) {
            lists.add(CostSegmenter.multiplesOf(perShard, demandAtX0, x0, to, ExactBreakEvenCurves.MAX_STEPS));
        }
    }

    private List<CostSegment> solvedKinesis(double from, double to, double[] steps) {
        double perShard = kinesisUsd(x0, 2) - kinesisUsd(x0, 1);
        double perGBPerHour = (kinesisUsd(to, 1) - kinesisUsd(from, 1)) / (to - from);
        double base = kinesisUsd(from, 1) - perShard - perGBPerHour * from;
        double[] xs = CostSegmenter.inside(steps, from, to);
        List<CostSegment> segments = new ArrayList<>();
        // consecutive stretches of one shard count are one segment: it is written when the count changes
        double runFrom = from;
        long runShards = -1;
        double start = from;
        for (int i = 0; i < xs.length; i++) {
            long shards = kinesisShards((start + xs[i]) / 2);
            if (runShards >= 0 && shards != runShards) {
                segments.add(segment(base, perShard, perGBPerHour, runFrom, start, runShards));
                runFrom = start;
            }
            runShards = shards;
            start = xs[i];
        }
        // The steps stop at MAX_STEPS: past the last one listed the count may still climb (thousands of shards), and
        // the solved curve stops there; curve() goes on with a staircase. One step more than listed is one shard in
        // thousands, within the staircase's error, so only a climb of two or more counts.
        long last = kinesisShards((start + to) / 2);
        boolean climbs = kinesisShards(to - (to - start) * 1e-6) > last + 1;
        if (runShards >= 0 && last != runShards) {
            segments.add(segment(base, perShard, perGBPerHour, runFrom, start, runShards));
            runFrom = start;
        }
        if (!climbs) {
            segments.add(segment(base, perShard, perGBPerHour, runFrom, to, last));
        } else if (runFrom < start) {
            segments.add(segment(base, perShard, perGBPerHour, runFrom, start, runShards));
        }
        return segments;
    }

    private static CostSegment segment(double base, double perShard, double perGBPerHour, double from, double to, long shards) {
        return new CostSegment(from, to, base + perShard * shards + perGBPerHour * from,
                base + perShard * shards + perGBPerHour * to, (int) Math.min(Integer.MAX_VALUE, shards));
    }

    /** The solved curve against the real bill in the middle of its first, middle and last stretch. */
    private boolean agreesWithTheBill(List<CostSegment> segments) {
        for (CostSegment s : List.of(segments.get(0), segments.get(segments.size() / 2), segments.get(segments.size() - 1))) {
            double x = (s.fromGBPerHour() + s.toGBPerHour()) / 2;
            double real = kinesisAt(x).orElseThrow().monthlyUsd();
            if (Math.abs(real - s.at(x)) > 1e-9 * Math.abs(real) + 1e-6) {
                return false;
            }
        }
        return true;
    }

    private Optional<CostSegmenter.Priced> kinesisAt(double x) {
        KinesisWorkload at = WorkloadViews.kinesis(profileAt.apply(x));
        if (!calc.kinesis().violations(at).isEmpty()) {
            return Optional.empty();
        }
        KinesisShards shards = KinesisShards.of(at, calc.limits().kinesis());
        return Optional.of(new CostSegmenter.Priced(calc.kinesis().provisioned(at, shards).monthlyUsd().doubleValue(),
                (int) Math.min(Integer.MAX_VALUE, shards.shards())));
    }

    /**
     * The shard formula at {@code x}, on the stream scaled there rather than on the whole profile scaled and viewed
     * again (the shards read only its rates, which scale alike): it is asked once per shard step.
     */
    private long kinesisShards(double x) {
        return KinesisShards.of(stream.scaledToAvgIngress(BilledUnits.mbPerSecond(x)), calc.limits().kinesis()).shards();
    }

    /** The provisioned bill at {@code x} with {@code shards} shards, whatever the shard formula says. */
    private double kinesisUsd(double x, long shards) {
        return calc.kinesis().provisioned(WorkloadViews.kinesis(profileAt.apply(x)), new KinesisShards(shards, 0, 0, shards))
                .monthlyUsd().doubleValue();
    }
}
