package mskplanner.engine.matrix;

import static org.assertj.core.api.Assertions.assertThat;

import mskplanner.engine.sizing.Plan;
import mskplanner.engine.sizing.PlanInput;
import mskplanner.engine.sizing.Preset;
import mskplanner.engine.sizing.WorkloadProfile;
import mskplanner.testing.Fixtures;
import mskplanner.testing.SizingFixtures;
import org.junit.jupiter.api.Test;

/** Workloads of the same shape share their break-even sweep; the answer is the one a fresh sweep gives. */
class SweepMemoTest {
    private static Matrix.BreakEvenOutcome sweep(DecisionMatrix matrix, double avgMBps, double peakMBps) {
        PlanInput in = new PlanInput(WorkloadProfile.builder().avgIngressMBps(avgMBps).peakIngressMBps(peakMBps)
                .consumerGroups(2).retentionHours(72.0).build(), SizingFixtures.defaults(), Preset.AWS_WORKBOOK);
        Plan plan = SizingFixtures.planner().plan(in, Fixtures.usEast1());
        return matrix.compare(in, plan, MatrixInput.defaults(), Fixtures.usEast1()).breakEven().orElseThrow();
    }

    @Test
    void a_second_workload_of_the_same_shape_gets_the_curves_a_fresh_sweep_gives_and_its_own_marker() {
        DecisionMatrix shared = new DecisionMatrix(SizingFixtures.planner());
        Matrix.BreakEvenOutcome first = sweep(shared, 10, 30);
        Matrix.BreakEvenOutcome second = sweep(shared, 20, 60);
        Matrix.BreakEvenOutcome fresh = sweep(new DecisionMatrix(SizingFixtures.planner()), 20, 60);
        assertThat(second.result()).isSameAs(first.result());
        assertThat(second.result()).isEqualTo(fresh.result());
        assertThat(second.workloadGBPerHour()).isEqualTo(fresh.workloadGBPerHour()).isNotEqualTo(first.workloadGBPerHour());
    }

    @Test
    void a_workload_of_another_shape_is_swept_anew() {
        DecisionMatrix shared = new DecisionMatrix(SizingFixtures.planner());
        Matrix.BreakEvenOutcome steady = sweep(shared, 10, 10);
        Matrix.BreakEvenOutcome bursty = sweep(shared, 10, 50);
        assertThat(bursty.result()).isNotSameAs(steady.result());
        assertThat(bursty.result()).isEqualTo(sweep(new DecisionMatrix(SizingFixtures.planner()), 10, 50).result());
    }
}
