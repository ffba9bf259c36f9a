package mskplanner.engine.matrix;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;
import mskplanner.engine.alternatives.CostSegment;
import mskplanner.engine.alternatives.KinesisShards;
import mskplanner.engine.alternatives.KinesisWorkload;
import mskplanner.engine.alternatives.PiecewiseCost;
import mskplanner.engine.limits.Limits;
import mskplanner.engine.sizing.WorkloadProfile;
import mskplanner.engine.units.BilledUnits;
import mskplanner.testing.Fixtures;
import org.junit.jupiter.api.Test;

/**
 * The solved Kinesis curve against the real provisioned bill, on workloads where each of its three shard constraints
 * (ingress bytes, records, egress) is the one that binds: at random points of the curve, the segment's cost is the
 * bill and its tag the shard count there; past the 4,000 steps the solver lists, within one shard of the bill.
 */
class KinesisCurveTest {
    private static final Limits LIMITS = Fixtures.bundled().limits();
    private static final Calculators CALC = Calculators.of(Fixtures.usEast1(), LIMITS, 730);

    @Test
    void the_solved_curve_is_the_real_bill_and_shard_count_wherever_it_is_read_whichever_constraint_binds() {
        Random random = new Random(20261205);
        int[] bound = new int[3];
        int beyond = 0;
        for (int trial = 0; trial < 300; trial++) {
            double avg = 0.2 + random.nextDouble() * 50;
            WorkloadProfile base = WorkloadProfile.builder().avgIngressMBps(avg)
                    .peakIngressMBps(avg * (1 + random.nextDouble() * 4))
                    // 30-byte messages make records bind, many groups egress, 1 KiB and up ingress bytes
                    .avgMessageBytes(random.nextBoolean() ? 30 + random.nextDouble() * 2_000 : 2_000 + random.nextDouble() * 50_000)
                    .consumerGroups(1 + random.nextInt(8)).retentionHours(24.0 + random.nextInt(100)).build();
            double x0 = BilledUnits.gbPerHour(base.avgIngressMBps());
            PiecewiseCost curve = new KinesisCurve(CALC, x -> SweptRange.profileAt(base, x), base, x0).curve(x0 / 20, x0 * 20);
            if (curve.segments().isEmpty()) {
                continue; // a record or consumer limit Kinesis cannot meet at any ingress
            }
            for (int i = 0; i < 20; i++) {
                double x = x0 / 20 + random.nextDouble() * (x0 * 20 - x0 / 20);
                int index = curve.indexAt(x);
                assertThat(index).as("trial %d at %s GB/h", trial, x).isNotNegative();
                CostSegment s = curve.segments().get(index);
                KinesisWorkload w = WorkloadViews.kinesis(SweptRange.profileAt(base, x));
                KinesisShards shards = KinesisShards.of(w, LIMITS.kinesis());
                double bill = CALC.kinesis().provisioned(w, shards).monthlyUsd().doubleValue();
                if (shards.shards() <= ExactBreakEvenCurves.MAX_STEPS) {
                    assertThat(s.tag()).as("trial %d: shards at %s GB/h", trial, x).isEqualTo((int) shards.shards());
                    assertThat(s.at(x)).as("trial %d: cost at %s GB/h", trial, x).isCloseTo(bill, within(1e-6 * bill + 1e-6));
                } else {
                    // past the steps the solver lists, a line through real bills: within one shard of the bill
                    double oneShard = CALC.kinesis().provisioned(w, new KinesisShards(0, 0, 0, shards.shards() + 1))
                            .monthlyUsd().doubleValue() - bill;
                    assertThat(s.at(x)).as("trial %d: cost at %s GB/h (%d shards)", trial, x, shards.shards())
                            .isCloseTo(bill, within(oneShard + 1e-6 * bill));
                    beyond++;
                }
                bound[shards.shards() == shards.forIngressBytes() ? 0 : shards.shards() == shards.forIngressRecords() ? 1 : 2]++;
            }
        }
        assertThat(beyond).as("points read past %d shards", ExactBreakEvenCurves.MAX_STEPS).isGreaterThan(100);
        // each constraint was the binding one at many of the points read
        assertThat(java.util.Arrays.stream(bound).min().orElse(0)).as("points per binding constraint: %s", java.util.Arrays.toString(bound)).isGreaterThan(200);
    }
}
