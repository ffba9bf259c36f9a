package mskplanner.engine.matrix;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import mskplanner.engine.alternatives.BreakEven;
import mskplanner.engine.alternatives.BreakEvenResult;
import mskplanner.engine.alternatives.CheapestRange;
import mskplanner.engine.alternatives.Crossover;
import mskplanner.engine.alternatives.SweepGrid;
import mskplanner.engine.price.PriceSheet;
import mskplanner.engine.sizing.Plan;
import mskplanner.engine.sizing.PlanInput;
import mskplanner.engine.sizing.Preset;
import mskplanner.engine.sizing.WorkloadProfile;
import mskplanner.engine.sizing.WorkloadProfileBuilder;
import mskplanner.testing.Fixtures;
import mskplanner.testing.SizingFixtures;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The solved break-even against the sampled sweep it replaced (kept here as the oracle, {@link BreakEvenSweep}: the
 * real planner and calculators priced at ~600 points and bisected to 0.1 GB/hour), on workloads of many shapes: every
 * crossover the sweep finds has an exact one of the same pair within one detection step, and at every point of the
 * curves the exact ranges name the deployment a direct plan finds cheapest.
 */
class ExactBreakEvenAgainstSweepTest {
    private static final PriceSheet PRICES = Fixtures.usEast1();
    /** Whole-GiB EBS volumes make Standard a staircase of brokers x $0.10 that the solved lines go through the ends of. */
    private static final double STAIRCASE_FRACTION = 1e-3;

    static Stream<Arguments> workloads() {
        return Stream.of(
                Arguments.of("10 MB/s steady, 24 h", profile(10).retentionHours(24.0)),
                Arguments.of("1 MB/s, 3 groups, 7 days", profile(1).consumerGroups(3).retentionHours(168.0)),
                Arguments.of("50 MB/s peaking at 150, 2 groups", profile(50).peakIngressMBps(150.0).consumerGroups(2)
                        .retentionHours(72.0)),
                Arguments.of("3 MB/s, 30 days (beyond the Standard quota)", profile(2.982616).consumerGroups(2)
                        .retentionHours(720.0)),
                Arguments.of("20 MB/s tiered, 30 days, 1 day local", profile(20).retentionHours(720.0)
                        .localRetentionHours(24.0)),
                Arguments.of("5 MB/s, 96 partitions held", profile(5).partitions(96).retentionHours(24.0)),
                Arguments.of("100 MB/s, 5 groups, 2 AZs", profile(100).consumerGroups(5).availabilityZones(2)
                        .replicationFactor(2).minInsyncReplicas(1).retentionHours(48.0)),
                Arguments.of("200 MB/s with 500 MiB/s PST", profile(200).peakIngressMBps(300.0)
                        .provisionedThroughputMiBps(500.0).retentionHours(24.0)),
                Arguments.of("0.5 MB/s of 100-byte messages", profile(0.5).avgMessageBytes(100.0).retentionHours(24.0)),
                Arguments.of("17.9 MB/s, 1 group, 7 days", profile(17.895697).consumerGroups(1).retentionHours(168.0)),
                Arguments.of("30 MB/s, 10 groups, not rack-aware", profile(30).consumerGroups(10).rackAwareConsumers(false)
                        .retentionHours(12.0)),
                Arguments.of("8 MB/s, 48 consumers in parallel", profile(8).maxConsumerParallelism(48).retentionHours(24.0)),
                Arguments.of("100 MB/s peaking at 500, 45 years (thousands of brokers past the quota)", profile(100)
                        .peakIngressMBps(500.0).consumerGroups(2).retentionHours(394_200.0)),
                Arguments.of("3 MB/s, 2 groups, 10 years", profile(3).consumerGroups(2).retentionHours(87_600.0)));
    }

    private static WorkloadProfileBuilder profile(double avgIngressMBps) {
        return WorkloadProfile.builder().avgIngressMBps(avgIngressMBps);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("workloads")
    void every_crossover_the_sweep_finds_is_within_one_sweep_step_of_an_exact_one(String name, WorkloadProfileBuilder b) {
        Given g = new Given(b.build());
        double stepRatio = g.detectionStepRatio();

        for (Crossover sampled : g.sweep().crossovers()) {
            double step = Math.max(sampled.belowGBPerHour() * stepRatio, BreakEven.DEFAULT_TOLERANCE_GB_PER_HOUR);
            assertThat(g.exact().crossovers()).as("%s: an exact crossover near %s", name, sampled).anySatisfy(c -> {
                assertThat(c.cheaper()).isEqualTo(sampled.cheaper());
                assertThat(c.than()).isEqualTo(sampled.than());
                assertThat(Math.abs(c.belowGBPerHour() - sampled.belowGBPerHour())).isLessThanOrEqualTo(step);
            });
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("workloads")
    void the_cheapest_range_at_each_curve_point_is_what_a_direct_plan_finds_cheapest(String name, WorkloadProfileBuilder b) {
        Given g = new Given(b.build());
        List<BreakEven.Option> direct = g.directCostFunctions();
        int compared = 0;

        for (double x : g.exact().grid().values()) {
            List<Optional<BigDecimal>> costs = direct.stream().map(o -> o.monthlyUsdAt().apply(x)).toList();
            Optional<Integer> cheapest = cheapestClearly(costs);
            if (cheapest.isEmpty()) {
                continue;
            }
            compared++;
            assertThat(rangeAt(g.exact().ranges(), x)).as("%s: the range holding %s GB/hour", name, x)
                    .hasValueSatisfying(r -> assertThat(r.cheapest()).isEqualTo(direct.get(cheapest.get()).deployment()));
        }
        assertThat(compared).as("points compared").isGreaterThan(40);
    }

    /** The index of the cheapest cost, unless the runner-up is within the staircase of it (too close to call). */
    private static Optional<Integer> cheapestClearly(List<Optional<BigDecimal>> costs) {
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < costs.size(); i++) {
            if (costs.get(i).isPresent()) {
                order.add(i);
            }
        }
        order.sort((i, j) -> costs.get(i).get().compareTo(costs.get(j).get()));
        if (order.isEmpty()) {
            return Optional.empty();
        }
        if (order.size() > 1) {
            double best = costs.get(order.get(0)).get().doubleValue();
            double next = costs.get(order.get(1)).get().doubleValue();
            if (next - best <= STAIRCASE_FRACTION * best) {
                return Optional.empty();
            }
        }
        return Optional.of(order.get(0));
    }

    private static Optional<CheapestRange> rangeAt(List<CheapestRange> ranges, double x) {
        for (int i = 0; i < ranges.size(); i++) {
            if (ranges.get(i).holds(x, i == ranges.size() - 1)) {
                return Optional.of(ranges.get(i));
            }
        }
        return Optional.empty();
    }

    /** One workload planned, solved and swept, on the bundled us-east-1 prices. */
    private static final class Given {
        private final PlanInput input;
        private final Matrix.BreakEvenOutcome exact;
        private final Calculators calc = Calculators.of(PRICES, SizingFixtures.limits(), 730);

        Given(WorkloadProfile profile) {
            this.input = new PlanInput(profile, SizingFixtures.defaults(), Preset.AWS_WORKBOOK);
            Plan plan = SizingFixtures.planner().plan(input, PRICES);
            this.exact = new DecisionMatrix(SizingFixtures.planner()).compare(input, plan, MatrixInput.defaults(), PRICES)
                    .breakEven().orElseThrow();
        }

        BreakEvenResult exact() {
            return exact.result();
        }

        BreakEvenResult sweep() {
            return new BreakEvenSweep(SizingFixtures.planner(), PRICES, calc, input, MatrixInput.defaults())
                    .run(EnumSet.allOf(Contender.class), exact.workloadGBPerHour()).result();
        }

        List<BreakEven.Option> directCostFunctions() {
            return new BreakEvenSweep(SizingFixtures.planner(), PRICES, calc, input, MatrixInput.defaults())
                    .options(EnumSet.allOf(Contender.class));
        }

        /** The sweep's detection grid: one step is this fraction of the ingress (log spacing). */
        double detectionStepRatio() {
            SweepGrid grid = exact.result().grid();
            int steps = (grid.points() - 1) * BreakEven.DEFAULT_REFINEMENT;
            return Math.pow(grid.maxGBPerHour() / grid.minGBPerHour(), 1.0 / steps) - 1;
        }
    }
}
