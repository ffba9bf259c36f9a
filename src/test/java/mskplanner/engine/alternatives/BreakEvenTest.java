package mskplanner.engine.alternatives;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.function.DoubleUnaryOperator;
import mskplanner.engine.InvalidInputException;
import mskplanner.testing.BruteForceSweep;
import org.junit.jupiter.api.Test;

class BreakEvenTest {
    /** 60 log-spaced points from 0.1 to 1,000 GB/hour (each 16.9% above the last). */
    private static final SweepGrid GRID = new SweepGrid(0.1, 1000, 60, SweepGrid.Spacing.LOGARITHMIC);

    private static BreakEven.Option option(String name, DoubleUnaryOperator usd) {
        return new BreakEven.Option(name, x -> Optional.of(BigDecimal.valueOf(usd.applyAsDouble(x))));
    }

    private static BreakEven.Option fitsUpTo(String name, double maxGBPerHour, DoubleUnaryOperator usd) {
        return new BreakEven.Option(name, x -> x <= maxGBPerHour
                ? Optional.of(BigDecimal.valueOf(usd.applyAsDouble(x))) : Optional.empty());
    }

    @Test
    void two_straight_lines_cross_once_where_their_costs_are_equal() {
        // 100 + 10x = 500 + 2x at x = 50: the steeper, cheaper-at-zero line is cheaper below 50 GB/hour
        BreakEvenResult result = BreakEven.sweep(List.of(option("flat", x -> 500 + 2 * x), option("steep", x -> 100 + 10 * x)), GRID);

        assertThat(result.crossovers()).singleElement().satisfies(c -> {
            assertThat(c.cheaper()).isEqualTo("steep");
            assertThat(c.than()).isEqualTo("flat");
            assertThat(c.belowGBPerHour()).isCloseTo(50, within(0.05));
        });
    }

    @Test
    void a_crossover_reads_as_a_sentence() {
        assertThat(new Crossover("MSK Serverless", "MSK Standard", 61.2649).sentence())
                .isEqualTo("MSK Serverless is cheaper than MSK Standard below 61.3 GB/hour ingested");
    }

    @Test
    void a_curve_that_dips_below_another_gives_two_crossovers_each_reported() {
        // 500 + 10 (x - 50)^2 = 1,000 at x = 50 -/+ sqrt(50) = 42.929 and 57.071
        BreakEvenResult result = BreakEven.sweep(List.of(option("constant", x -> 1000),
                option("dip", x -> 500 + 10 * (x - 50) * (x - 50))), GRID);

        assertThat(result.crossovers()).hasSize(2);
        assertThat(result.crossovers().get(0)).satisfies(c -> {
            assertThat(c.cheaper()).isEqualTo("constant");
            assertThat(c.belowGBPerHour()).isCloseTo(50 - Math.sqrt(50), within(0.05));
        });
        assertThat(result.crossovers().get(1)).satisfies(c -> {
            assertThat(c.cheaper()).isEqualTo("dip");
            assertThat(c.belowGBPerHour()).isCloseTo(50 + Math.sqrt(50), within(0.05));
        });
    }

    @Test
    void lines_that_never_meet_in_range_have_no_crossover() {
        BreakEvenResult result = BreakEven.sweep(List.of(option("cheap", x -> 100 + x), option("dear", x -> 200 + 2 * x)), GRID);

        assertThat(result.crossovers()).isEmpty();
    }

    @Test
    void an_option_that_stops_fitting_while_cheaper_has_no_crossover_there() {
        // 600 + x < 900 + 0.5x until x = 600, but the first option only fits up to 100 GB/hour
        BreakEvenResult result = BreakEven.sweep(List.of(fitsUpTo("serverless-like", 100, x -> 600 + x),
                option("provisioned-like", x -> 900 + 0.5 * x)), GRID);

        assertThat(result.crossovers()).isEmpty();
        assertThat(result.curves().get(0).points()).allMatch(p -> p.avgIngressGBPerHour() <= 100);
        assertThat(result.curves().get(1).points()).hasSize(60);
    }

    @Test
    void a_crossover_between_the_last_fitting_grid_point_and_the_fit_limit_is_found() {
        // without refinement, grid points 131.4 and 153.6 GB/hour straddle the 150 limit; 600 + 2x = 740 + x at 140
        BreakEvenResult result = BreakEven.sweep(List.of(fitsUpTo("serverless-like", 150, x -> 600 + 2 * x),
                option("provisioned-like", x -> 740 + x)), GRID, 0.1, 1);

        assertThat(result.crossovers()).singleElement().satisfies(c -> {
            assertThat(c.cheaper()).isEqualTo("serverless-like");
            assertThat(c.belowGBPerHour()).isCloseTo(140, within(0.05));
        });
    }

    @Test
    void an_option_that_starts_fitting_between_grid_points_is_checked_from_its_first_fit() {
        // fits from 140 up; 1,000 - x = 700 + x at 150, between grid points 131.4 and 153.6
        BreakEvenResult result = BreakEven.sweep(List.of(new BreakEven.Option("big-only", x -> x >= 140
                        ? Optional.of(BigDecimal.valueOf(1000 - x)) : Optional.empty()),
                option("linear", x -> 700 + x)), GRID, 0.1, 1);

        assertThat(result.crossovers()).singleElement().satisfies(c -> {
            assertThat(c.cheaper()).isEqualTo("linear");
            assertThat(c.belowGBPerHour()).isCloseTo(150, within(0.05));
        });
    }

    @Test
    void bisection_agrees_with_a_fine_brute_force_sweep_on_step_functions() {
        // broker-like steps of $300 every 40 GB/hour against straight lines and an option that stops fitting
        List<BreakEven.Option> options = List.of(
                option("stepped", x -> 300 * Math.ceil(x / 40) + 100),
                option("linear", x -> 5 * x + 150),
                fitsUpTo("capped", 360, x -> 550 + 0.36 * x * x / 10),
                option("flat", x -> 2000));

        List<Crossover> bisected = BreakEven.sweep(options, GRID).crossovers();
        List<Crossover> bruteForce = BruteForceSweep.crossovers(options, 0.1, 1000, 0.01);

        assertThat(bisected).hasSizeGreaterThan(5);
        assertAgree(bisected, bruteForce);
    }

    static void assertAgree(List<Crossover> bisected, List<Crossover> bruteForce) {
        assertThat(bisected).hasSameSizeAs(bruteForce);
        for (Crossover expected : bruteForce) {
            assertThat(bisected).as("a bisected crossover near %s", expected).anySatisfy(c -> {
                assertThat(c.cheaper()).isEqualTo(expected.cheaper());
                assertThat(c.than()).isEqualTo(expected.than());
                assertThat(c.belowGBPerHour()).isCloseTo(expected.belowGBPerHour(), within(0.1));
            });
        }
    }

    @Test
    void a_deployment_can_be_the_cheapest_of_several_candidates_at_each_point() {
        // min(1,000, 100 + 10x, empty above 50): 100 + 10x up to 50 GB/hour, then 1,000
        BreakEven.Option standard = BreakEven.cheapestOf("standard", List.of(
                x -> Optional.of(BigDecimal.valueOf(1000)),
                x -> x <= 50 ? Optional.of(BigDecimal.valueOf(100 + 10 * x)) : Optional.empty()));

        assertThat(standard.monthlyUsdAt().apply(20)).contains(BigDecimal.valueOf(300.0));
        assertThat(standard.monthlyUsdAt().apply(80)).contains(BigDecimal.valueOf(1000));
        assertThat(BreakEven.cheapestOf("none", List.of(x -> Optional.empty())).monthlyUsdAt().apply(1)).isEmpty();
    }

    @Test
    void crossovers_are_listed_by_ingress() {
        BreakEvenResult result = BreakEven.sweep(List.of(option("constant", x -> 1000),
                option("dip", x -> 500 + 10 * (x - 50) * (x - 50)), option("steep", x -> 100 + 10 * x)), GRID);

        assertThat(result.crossovers()).extracting(Crossover::belowGBPerHour).isSorted();
    }

    @Test
    void the_default_grid_runs_from_near_zero_to_twice_the_ceiling() {
        // Serverless 200 MB/s quota with peak = 2 x average: average 100 MB/s = 3.6e11 B / 2^30 = 335.276 GB/hour;
        // grid to 670.552
        SweepGrid grid = SweepGrid.beyondCeiling(SweepGrid.serverlessIngressCeilingGBPerHour(200, 2));

        double[] xs = grid.values();
        assertThat(xs).hasSize(60);
        assertThat(xs[0]).isCloseTo(0.1, within(1e-12));
        assertThat(xs[59]).isCloseTo(670.5522537231445, within(1e-9));
        assertThat(xs[1] / xs[0]).isCloseTo(xs[59] / xs[58], within(1e-9));
    }

    @Test
    void a_linear_grid_has_equal_steps() {
        double[] xs = new SweepGrid(10, 100, 10, SweepGrid.Spacing.LINEAR).values();

        assertThat(xs[1] - xs[0]).isCloseTo(10, within(1e-9));
        assertThat(xs[9]).isEqualTo(100);
    }

    @Test
    void two_options_with_the_same_name_are_rejected() {
        assertThatThrownBy(() -> BreakEven.sweep(List.of(option("a", x -> 1), option("a", x -> 2)), GRID))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("options = a is not allowed: deployment names that are unique");
    }
}
