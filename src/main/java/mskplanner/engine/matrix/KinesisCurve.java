package mskplanner.engine.matrix;

import java.util.ArrayList;
import java.util.Arrays;
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
import mskplanner.engine.units.Units;

/** Kinesis Data Streams (provisioned) along average ingress, for the break-even curves. */
final class KinesisCurve {
    private final Calculators calc;
    private final DoubleFunction<WorkloadProfile> profileAt;
    private final WorkloadProfile profile;
    private final double x0;

    KinesisCurve(Calculators calc, DoubleFunction<WorkloadProfile> profileAt, WorkloadProfile profile, double x0) {
        this.calc = calc;
        this.profileAt = profileAt;
        this.profile = profile;
        this.x0 = x0;
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
        KinesisWorkload w = WorkloadViews.kinesis(profile);
        Limits.Kinesis k = calc.limits().kinesis();
        double[] steps = CostSegmenter.union(List.of(
                CostSegmenter.multiplesOf(k.shardIngressMiBps() * Units.MB_PER_MIB, w.traffic().peakIngressMBps(), x0, to, ExactBreakEvenCurves.MAX_STEPS),
                CostSegmenter.multiplesOf(k.shardIngressRecordsPerSecond(), w.peakRecordsPerSecond(), x0, to, ExactBreakEvenCurves.MAX_STEPS),
                CostSegmenter.multiplesOf(k.shardEgressMiBps() * Units.MB_PER_MIB, w.traffic().peakEgressMBps(), x0, to, ExactBreakEvenCurves.MAX_STEPS)));
        if (!calc.kinesis().violations(w).isEmpty()) {
            return new PiecewiseCost(Contender.KINESIS.id(), List.of());
        }
        List<CostSegment> solved = solvedKinesis(from, to, steps);
        if (solved.isEmpty() || !agreesWithTheBill(solved)) {
            return CostSegmenter.curve(Contender.KINESIS.id(), this::kinesisAt, from, to, steps, false);
        }
        return new PiecewiseCost(Contender.KINESIS.id(), solved);
    }

    private List<CostSegment> solvedKinesis(double from, double to, double[] steps) {
        double perShard = kinesisUsd(x0, 2) - kinesisUsd(x0, 1);
        double perGBPerHour = (kinesisUsd(to, 1) - kinesisUsd(from, 1)) / (to - from);
        double base = kinesisUsd(from, 1) - perShard - perGBPerHour * from;
        double[] xs = Arrays.stream(steps).filter(x -> x > from && x < to).sorted().distinct().toArray();
        List<CostSegment> segments = new ArrayList<>();
        double start = from;
        for (int i = 0; i <= xs.length; i++) {
            double end = i < xs.length ? xs[i] : to;
            long shards = kinesisShards((start + end) / 2);
            double fromUsd = base + perShard * shards + perGBPerHour * start;
            double toUsd = base + perShard * shards + perGBPerHour * end;
            int last = segments.size() - 1;
            if (last >= 0 && segments.get(last).tag() == shards) {
                segments.set(last, new CostSegment(segments.get(last).fromGBPerHour(), end, segments.get(last).fromUsd(),
                        toUsd, (int) shards));
            } else {
                segments.add(new CostSegment(start, end, fromUsd, toUsd, (int) Math.min(Integer.MAX_VALUE, shards)));
            }
            start = end;
        }
        return segments;
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

    private long kinesisShards(double x) {
        return KinesisShards.of(WorkloadViews.kinesis(profileAt.apply(x)), calc.limits().kinesis()).shards();
    }

    /** The provisioned bill at {@code x} with {@code shards} shards, whatever the shard formula says. */
    private double kinesisUsd(double x, long shards) {
        return calc.kinesis().provisioned(WorkloadViews.kinesis(profileAt.apply(x)), new KinesisShards(shards, 0, 0, shards))
                .monthlyUsd().doubleValue();
    }
}
