package mskplanner.pricing.aws;

import java.math.BigDecimal;
import java.util.Locale;

/** How a published price turns into the price per planner unit. Exact: every factor is a finite decimal. */
enum Conversion {
    /** The AWS unit is the planner unit. */
    NONE,
    /** gp3 throughput is published per GiBps-month; the planner prices MiB/s-month (1 GiB/s = 1,024 MiB/s). */
    GIBPS_TO_MIBPS,
    /** Kinesis PUT payload units are published per unit; the planner prices 1,000,000 units. */
    PER_UNIT_TO_PER_MILLION;

    private static final BigDecimal MIB_PER_GIB = BigDecimal.valueOf(1024);
    private static final BigDecimal MILLION = BigDecimal.valueOf(1_000_000);

    /** What one AWS-priced unit is worth in planner units, given the unit string AWS published. */
    BigDecimal plannerUnitsPerAwsUnit(String awsUnit) {
        String unit = awsUnit == null ? "" : awsUnit.toLowerCase(Locale.ROOT);
        return switch (this) {
            case NONE -> BigDecimal.ONE;
            case GIBPS_TO_MIBPS -> unit.contains("gibps") ? MIB_PER_GIB : BigDecimal.ONE;
            case PER_UNIT_TO_PER_MILLION -> unit.contains("million") ? BigDecimal.ONE : BigDecimal.ONE.divide(MILLION);
        };
    }

    /** The price per planner unit. */
    BigDecimal toPlannerPrice(BigDecimal awsUsd, String awsUnit) {
        return awsUsd.divide(plannerUnitsPerAwsUnit(awsUnit));
    }

    /** The published price that gives {@code plannerUsd}, for offer files built from a price file. */
    BigDecimal toAwsPrice(BigDecimal plannerUsd, String awsUnit) {
        return plannerUsd.multiply(plannerUnitsPerAwsUnit(awsUnit));
    }
}
