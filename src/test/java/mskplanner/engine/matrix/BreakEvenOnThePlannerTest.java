package mskplanner.engine.matrix;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.EnumSet;
import java.util.List;
import mskplanner.engine.alternatives.BreakEven;
import mskplanner.engine.alternatives.Crossover;
import mskplanner.engine.price.PriceSheet;
import mskplanner.engine.sizing.Plan;
import mskplanner.engine.sizing.PlanInput;
import mskplanner.engine.sizing.Preset;
import mskplanner.testing.BruteForceSweep;
import mskplanner.testing.Fixtures;
import mskplanner.testing.SizingFixtures;
import org.junit.jupiter.api.Test;

/**
 * The plan's crossovers against the slow, obvious search: the same cost functions (the real planner and the
 * alternatives' calculators on the bundled us-east-1 prices) stepped every 0.01 GB/hour. The profile, 10 MB/s steady
 * with 24 h retention, has crossovers a few GB/hour apart: Serverless vs Express near 3.7, EC2 vs Standard near 10.2,
 * EC2 vs Express near 23, and Standard and Express trading places with their broker steps between 65 and 132.
 */
class BreakEvenOnThePlannerTest {
    private static final double STEP_GB_PER_HOUR = 0.01;

    private final PriceSheet prices = Fixtures.usEast1();
    private final PlanInput input = new PlanInput(DecisionMatrixTest.tenMBps().build(), SizingFixtures.defaults(),
            Preset.AWS_WORKBOOK);
    private final Plan plan = SizingFixtures.planner().plan(input, prices);
    private final Matrix matrix = new DecisionMatrix(SizingFixtures.planner()).compare(input, plan, MatrixInput.defaults(),
            prices);

    private List<BreakEven.Option> sameCostFunctions() {
        Calculators calc = Calculators.of(prices, SizingFixtures.limits(), 730);
        return new BreakEvenSweep(SizingFixtures.planner(), prices, calc, input, MatrixInput.defaults())
                .options(EnumSet.allOf(Contender.class));
    }

    private List<Crossover> planCrossoversBetween(double from, double to) {
        return matrix.breakEven().orElseThrow().result().crossovers().stream()
                .filter(c -> c.belowGBPerHour() > from && c.belowGBPerHour() < to).toList();
    }

    @Test
    void crossovers_below_30_gb_per_hour_agree_with_brute_force() {
        List<Crossover> bruteForce = BruteForceSweep.crossovers(sameCostFunctions(), 0.1, 30, STEP_GB_PER_HOUR);

        assertThat(bruteForce).hasSizeGreaterThanOrEqualTo(3);
        assertAgree(planCrossoversBetween(0.1, 30), bruteForce);
    }

    @Test
    void crossovers_where_standard_and_express_trade_places_agree_with_brute_force() {
        List<Crossover> bruteForce = BruteForceSweep.crossovers(sameCostFunctions(), 60, 135, STEP_GB_PER_HOUR);

        assertThat(bruteForce).hasSizeGreaterThanOrEqualTo(3);
        assertAgree(planCrossoversBetween(60, 135), bruteForce);
    }

    private static void assertAgree(List<Crossover> bisected, List<Crossover> bruteForce) {
        assertThat(bisected).hasSameSizeAs(bruteForce);
        for (Crossover expected : bruteForce) {
            assertThat(bisected).as("a plan crossover near %s", expected).anySatisfy(c -> {
                assertThat(c.cheaper()).isEqualTo(expected.cheaper());
                assertThat(c.than()).isEqualTo(expected.than());
                assertThat(c.belowGBPerHour()).isCloseTo(expected.belowGBPerHour(), within(0.1));
            });
        }
    }
}
