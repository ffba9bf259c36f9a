package mskplanner.web.page.plan;

import java.math.BigDecimal;
import java.util.List;

/**
 * One way to run the workload, beside the MSK pick: Serverless, self-managed Kafka on EC2 (per way of paying), Kinesis.
 *
 * @param name e.g. {@code Kinesis Data Streams, on-demand}
 * @param detail how it is sized, e.g. {@code 240 shards}, or empty
 * @param monthlyUsd the monthly bill at list prices, or {@code null} when not priced
 * @param discountedMonthlyUsd the bill with the visitor's assumed MSK discount, or {@code null}
 * @param fits whether the workload fits, or {@code null} when there is nothing to fit
 * @param violations each limit the workload breaks, in a sentence
 * @param notes what else to know (older limits, assumptions, what is not priced)
 */
public record ComparisonRow(String name, String detail, BigDecimal monthlyUsd, BigDecimal discountedMonthlyUsd, Boolean fits, List<String> violations,
                            List<String> notes) {
    public ComparisonRow {
        violations = List.copyOf(violations);
        notes = List.copyOf(notes);
    }

    public BigDecimal annualUsd() {
        return Annual.usd(monthlyUsd);
    }

    public String fitText() {
        return fits == null ? "" : fits ? "fits" : "does not fit";
    }
}
