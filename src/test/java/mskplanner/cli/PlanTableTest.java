package mskplanner.cli;

import static org.assertj.core.api.Assertions.assertThat;

import mskplanner.app.plan.OptionDto;
import mskplanner.app.plan.PlanRequest;
import mskplanner.app.plan.PlanResponse;
import mskplanner.app.plan.PlanService;
import mskplanner.engine.format.Format;
import mskplanner.testing.Fixtures;
import org.junit.jupiter.api.Test;

class PlanTableTest {
    /** 10 MiB/s (10.48576 MB/s) in, avg = peak, one group, 24 h retention. */
    private final PlanResponse response = new PlanService(Fixtures.bundled()).plan(new PlanRequest(null, 10.48576, null, null,
            null, 1, null, null, null, null, null, null, null, null, null, 24.0, null, null, null, null, null, null, null, null,
            null, null, null));

    @Test
    void the_table_shows_partitions_picks_and_every_option() {
        assertThat(PlanTable.of(response)).contains("Partitions: 3 (by ingress 1, by egress 1, by consumer parallelism 1, by availability zones 3)",
                "overall  3 x kafka.m7g.large, bound by ingress", "express.m7g.16xlarge");
    }

    @Test
    void every_amount_is_written_as_a_person_reads_money() {
        String table = PlanTable.of(response);
        OptionDto overall = response.recommended().overall();
        assertThat(table).contains("overall  3 x kafka.m7g.large, bound by ingress: " + Format.usd(overall.monthlyUsd())
                + " per month");
        for (OptionDto o : response.options()) {
            assertThat(table).contains(" " + Format.usd(o.monthlyUsd()) + " ");
        }
        assertThat(table).doesNotContain("USD/month").doesNotContainPattern("\\d{4}\\.\\d\\d USD");
    }
}
