package mskplanner.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import mskplanner.app.plan.BreakEvenDto;
import mskplanner.app.plan.BreakEvenDto.CurveDto;
import mskplanner.app.plan.BreakEvenDto.PointDto;
import mskplanner.app.plan.BreakEvenFormats;
import org.junit.jupiter.api.Test;

class BreakEvenTableTest {
    private static final BreakEvenDto TWO_CURVES = new BreakEvenDto(1.5, 0.1, List.of(
            new CurveDto("standard", "MSK Standard", List.of(new PointDto(0.5, new BigDecimal("457.93")),
                    new PointDto(1.25, new BigDecimal("1200.10")))),
            new CurveDto("serverless", "MSK Serverless", List.of(new PointDto(0.5, new BigDecimal("563.42"))))),
            List.of(), List.of(), 0.4, List.of(), List.of());

    @Test
    void theTableShowsEveryCurveAtEveryIngressOfTheCsvWithADashWhereACurveHasNoPoint() {
        String table = BreakEvenTable.of(TWO_CURVES);

        assertThat(table).contains("  avgIngressGBPerHour         standard      serverless");
        assertThat(table).contains("  0.5                           457.93          563.42");
        assertThat(table).contains("  1.25                         1200.10               -");
        // The CSV is written from the same grid: the same rows, empty where the table shows "-".
        assertThat(BreakEvenFormats.curvesCsv(TWO_CURVES)).isEqualTo(
                "avgIngressGBPerHour,standardMonthlyUsd,serverlessMonthlyUsd\r\n0.5,457.93,563.42\r\n1.25,1200.10,\r\n");
    }
}
