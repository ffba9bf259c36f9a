package mskplanner.pricing.refresh;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import mskplanner.pricing.refresh.ItemChange.Status;
import mskplanner.pricing.aws.UnmappedProduct;
import org.junit.jupiter.api.Test;

class RefreshReportTextTest {
    private static ItemChange change(String item, String old, String now, Status status) {
        return new ItemChange(item, Optional.ofNullable(old).map(BigDecimal::new), Optional.ofNullable(now).map(BigDecimal::new), status);
    }

    @Test
    void the_diff_counts_every_status_and_tabulates_changed_added_and_kept_items() {
        RefreshReport report = new RefreshReport("us-east-1", List.of(
                // (0.2142 - 0.204) / 0.204 = +5.00 %; (0.095 - 0.1) / 0.1 = -5.00 %
                change("broker-hour:kafka.m7g.large", "0.204", "0.2142", Status.CHANGED),
                change("broker-hour:kafka.m5.large", "0.21", "0.21", Status.UNCHANGED),
                change("storage-gb-month", "0.1", "0.095", Status.CHANGED),
                change("tiered-retrieval-gb", null, "0.0015", Status.CHANGED),
                change("express-data-in-gb", null, "0.01", Status.ADDED),
                change("tiered-storage-gb-month", "0.06", "0.06", Status.KEPT),
                change("pst-mibps-month", "0.08", "0.08", Status.UNCHANGED),
                change("ec2-sp-1yr-hour:m7g.large", "0.0599", "0.0599", Status.NOT_COVERED),
                change("replicator-data-gb", null, null, Status.STILL_UNKNOWN)),
                List.of(new UnmappedProduct("AmazonMSK", "USE1-Kafka.Quantum.Storage", "Q1", "0.5 per GB-Mo")),
                List.of("AmazonMSK USE1-Kafka.m5.large (SKU M5) has no USD price"),
                List.of("broker-hour:kafka.m8g.large 0.22 (USE1-Kafka.m8g.large)"));

        assertThat(RefreshReportText.lines(report)).containsExactly(
                "us-east-1.json: 3 changed, 1 added, 2 unchanged, 1 kept (missing from the answer), 1 still unknown, 1 not covered",
                "  item                         old      new      change",
                "  broker-hour:kafka.m7g.large  $0.204   $0.2142  +5.00%",
                "  storage-gb-month             $0.10    $0.095   -5.00%",
                "  tiered-retrieval-gb          unknown  $0.0015  was unknown",
                "  express-data-in-gb           -        $0.01    added",
                "  tiered-storage-gb-month      $0.06    $0.06    kept: missing from the answer",
                "  unknown usage types, not mapped (1):",
                "    AmazonMSK USE1-Kafka.Quantum.Storage (SKU Q1): 0.5 per GB-Mo",
                "  priced by AWS but not used by msk-planner, not written (1):",
                "    broker-hour:kafka.m8g.large 0.22 (USE1-Kafka.m8g.large)",
                "  problems (1):",
                "    AmazonMSK USE1-Kafka.m5.large (SKU M5) has no USD price");
    }

    @Test
    void a_refresh_that_changes_nothing_prints_only_the_counts() {
        RefreshReport report = new RefreshReport("eu-west-1", List.of(change("storage-gb-month", "0.11", "0.11", Status.UNCHANGED)),
                List.of(), List.of(), List.of());
        assertThat(RefreshReportText.lines(report)).containsExactly(
                "eu-west-1.json: 0 changed, 0 added, 1 unchanged, 0 kept (missing from the answer), 0 still unknown, 0 not covered");
    }
}
