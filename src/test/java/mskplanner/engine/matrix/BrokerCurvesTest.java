package mskplanner.engine.matrix;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.assertj.core.api.Assertions.withinPercentage;

import mskplanner.engine.alternatives.CostSegment;
import mskplanner.engine.alternatives.PiecewiseCost;
import mskplanner.engine.catalog.InstanceType;
import mskplanner.engine.price.PriceSheet;
import mskplanner.engine.sizing.Plan;
import mskplanner.engine.sizing.PlanInput;
import mskplanner.engine.sizing.Preset;
import mskplanner.engine.sizing.SizedOption;
import mskplanner.engine.sizing.WorkloadProfile;
import mskplanner.engine.units.BilledUnits;
import mskplanner.testing.Fixtures;
import mskplanner.testing.SizingFixtures;
import org.junit.jupiter.api.Test;

/** The steps of one broker size's cost, from its constraints. */
class BrokerCurvesTest {
    private final PriceSheet prices = Fixtures.usEast1();
    private final PlanInput input = new PlanInput(DecisionMatrixTest.tenMBps().build(), SizingFixtures.defaults(),
            Preset.AWS_WORKBOOK);
    private final Plan plan = SizingFixtures.planner().plan(input, prices);
    private final double x0 = BilledUnits.gbPerHour(10);
    private final BrokerCurves curves = new BrokerCurves(SizingFixtures.planner(), prices, plan,
            x -> input.withProfile(input.profile().scaledTo(BilledUnits.mbPerSecond(x))), x0);

    @Test
    void express_m7g_large_steps_from_3_to_6_brokers_where_peak_ingress_fills_3_brokers() {
        InstanceType large = curves.expressTypes().get(0);

        PiecewiseCost curve = curves.curve(large, 0.1, 200, Double.POSITIVE_INFINITY);

        // 15.625 MiB/s sustained x 0.75 utilization x 3 brokers = 35.15625 MiB/s = 36.864 MB/s peak (steady: the
        // average); 36.864 MB/s x 3,600 s x 10^6 / 2^30 = 123.5962 GB/hour
        CostSegment first = curve.segments().get(0);
        assertThat(large.name()).isEqualTo("express.m7g.large");
        assertThat(first.tag()).isEqualTo(3);
        assertThat(first.toGBPerHour()).isCloseTo(123.5962, within(1e-4));
        assertThat(curve.segments().get(1).tag()).isEqualTo(6);
    }

    @Test
    void between_steps_the_curve_is_the_planners_own_bill() {
        InstanceType large = curves.expressTypes().get(0);
        PiecewiseCost curve = curves.curve(large, 0.1, 200, Double.POSITIVE_INFINITY);

        double planned = plan.options().stream().filter(o -> o.instanceType().equals(large)).findFirst().orElseThrow()
                .monthlyUsd().doubleValue();

        // Express bills are lines in ingress (storage, data written, cross-AZ) on top of fixed broker-hours
        assertThat(curve.at(x0).getAsDouble()).isCloseTo(planned, within(1e-6));
    }
    @Test
    void past_the_quota_and_a_hundred_steps_a_size_is_a_bounded_staircase_through_its_own_bills() {
        // 100 MB/s peaking at 500, 2 groups, 45 years on broker storage: every Standard size needs thousands of
        // brokers across the range, for its storage (100 x 3,600 x 394,200 x 3 x 2 / 1,024 GiB / 16,384 GiB a broker)
        PlanInput decades = new PlanInput(WorkloadProfile.builder().avgIngressMBps(100.0).peakIngressMBps(500.0)
                .consumerGroups(2).retentionHours(394_200.0).build(), SizingFixtures.defaults(), Preset.AWS_WORKBOOK);
        Plan decadesPlan = SizingFixtures.planner().plan(decades, prices);
        double at = BilledUnits.gbPerHour(100);
        BrokerCurves c = new BrokerCurves(SizingFixtures.planner(), prices, decadesPlan,
                x -> decades.withProfile(decades.profile().scaledTo(BilledUnits.mbPerSecond(x))), at);
        InstanceType m5 = c.standardTypes().get(0);

        PiecewiseCost curve = c.curve(m5, 0.1, 4 * at, 0.1);

        // at most 100 exact steps (two segments' worth each at most) and 31 staircase lines, not one per step
        assertThat(curve.segments().size()).isLessThanOrEqualTo(2 * BrokerCurves.EXACT_STEPS + BrokerCurves.COARSE_POINTS);
        SizedOption direct = c.optionAt(m5, at).orElseThrow();
        assertThat(direct.brokers()).isGreaterThan(BrokerCurves.EXACT_STEPS * 3);
        // a line through two real bills, steps of 3 brokers (and their whole-GiB volumes) of thousands apart: within
        // 0.01% of the planner's own bill at the workload's ingress (the sweep oracle calls 0.1% too close to call)
        assertThat(curve.at(at).getAsDouble()).isCloseTo(direct.monthlyUsd().doubleValue(), withinPercentage(0.01));
    }
}
