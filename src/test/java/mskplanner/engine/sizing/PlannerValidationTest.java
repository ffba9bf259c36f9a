package mskplanner.engine.sizing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.function.Supplier;
import java.util.stream.Stream;
import mskplanner.engine.InvalidInputException;
import mskplanner.testing.Fixtures;
import mskplanner.testing.SizingFixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class PlannerValidationTest {
    static WorkloadProfileBuilder profile() {
        return WorkloadProfile.builder().avgIngressMBps(10.0);
    }

    static Assumptions.Builder assumptions() {
        return Assumptions.builder(SizingFixtures.limits());
    }

    static void plan(WorkloadProfileBuilder p, Assumptions.Builder a, String preset) {
        SizingFixtures.planner().plan(new PlanInput(p.build(), a.build(), Preset.fromId(preset)), Fixtures.usEast1());
    }

    static Stream<Arguments> invalid() {
        return Stream.of(
                bad("one AZ", () -> plan(profile().availabilityZones(1), assumptions(), null), "availabilityZones"),
                bad("four AZs", () -> plan(profile().availabilityZones(4), assumptions(), null), "availabilityZones"),
                bad("PST below 250 MiB/s", () -> plan(profile().provisionedThroughputMiBps(100.0), assumptions(), null),
                        "provisionedThroughputMiBps"),
                bad("PST above 1000 MiB/s", () -> plan(profile().provisionedThroughputMiBps(1001.0), assumptions(), null),
                        "provisionedThroughputMiBps"),
                bad("RF above the broker quota", () -> plan(profile().replicationFactor(61), assumptions(), null),
                        "replicationFactor"),
                bad("RF above a lowered quota", () -> plan(profile(), assumptions().brokerQuota(2), null), "replicationFactor"),
                bad("unknown preset", () -> plan(profile(), assumptions(), "aws-spreadsheet"), "preset"),
                bad("utilization 0", () -> plan(profile(), assumptions().utilizationStandard(0.0), null), "utilizationStandard"),
                bad("utilization above 1", () -> plan(profile(), assumptions().utilizationStandard(1.5), null), "utilizationStandard"),
                bad("NaN utilization", () -> plan(profile(), assumptions().utilizationExpress(Double.NaN), null), "utilizationExpress"),
                bad("zero write rate", () -> plan(profile(), assumptions().writeMBpsPerPartition(0.0), null), "writeMBpsPerPartition"),
                bad("negative read rate", () -> plan(profile(), assumptions().readMBpsPerPartition(-50.0), null), "readMBpsPerPartition"),
                bad("disk headroom below 1", () -> plan(profile(), assumptions().diskHeadroom(0.5), null), "diskHeadroom"),
                bad("more than 744 hours", () -> plan(profile(), assumptions().hoursPerMonth(800.0), null), "hoursPerMonth"),
                bad("zero hours", () -> plan(profile(), assumptions().hoursPerMonth(0.0), null), "hoursPerMonth"),
                bad("zero broker quota", () -> plan(profile(), assumptions().brokerQuota(0), null), "brokerQuota"));
    }

    private static Arguments bad(String why, Runnable call, String field) {
        return Arguments.of(why, call, field);
    }

    @ParameterizedTest(name = "{0} -> {2}")
    @MethodSource("invalid")
    void bad_settings_are_rejected_naming_the_request_field(String why, Runnable call, String field) {
        assertThatThrownBy(call::run)
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo(field));
    }

    @Test
    void an_unknown_preset_lists_the_known_ones() {
        assertThatThrownBy(() -> Preset.fromId("aws-spreadsheet"))
                .hasMessage("preset = aws-spreadsheet is not allowed: one of aws-workbook, sustained-throughput");
    }

    @Test
    void an_omitted_preset_is_the_workbook() {
        assertThat(Preset.fromId(null)).isEqualTo(Preset.AWS_WORKBOOK);
    }

    @Test
    void pst_from_250_to_1000_mib_per_s_is_accepted() {
        Supplier<Plan> plan = () -> SizingFixtures.plan(profile().provisionedThroughputMiBps(1000.0).build(), Preset.AWS_WORKBOOK);
        assertThat(plan.get().options()).isNotEmpty();
    }
}
