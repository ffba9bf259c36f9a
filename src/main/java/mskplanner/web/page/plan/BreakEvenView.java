package mskplanner.web.page.plan;

import java.util.List;
import mskplanner.app.plan.BreakEvenDto;
import mskplanner.engine.format.Format;

/**
 * Break-even cost curves of the plan page.
 *
 * @param chartJson data of the curves chart, read by charts.js from a data attribute
 * @param crossovers each crossover in words, e.g. "MSK Serverless is cheaper than MSK Standard below 61.3 GB/hour ingested"
 * @param workload the workload's average ingress, e.g. {@code 50 MB/s (167.6 GB/h)}
 * @param notes how the curves were computed
 * @param ranges the cheapest deployment per stretch of average ingress, as table rows
 * @param rangeSentences the same in words
 */
public record BreakEvenView(String chartJson, List<String> crossovers, String workload, List<String> notes,
                            List<RangeRow> ranges, List<String> rangeSentences) {
    public BreakEvenView {
        crossovers = List.copyOf(crossovers);
        notes = List.copyOf(notes);
        ranges = List.copyOf(ranges);
        rangeSentences = List.copyOf(rangeSentences);
    }

    /**
     * One range: from and to in MB/s, the cheapest deployment, its monthly cost at both ends, and whether it holds
     * the workload.
     */
    public record RangeRow(String fromMBps, String toMBps, String cheapest, String fromMonthly, String toMonthly,
                           boolean holdsWorkload) {
        static List<RangeRow> of(BreakEvenDto b) {
            return b.ranges().stream().map(r -> new RangeRow(Format.number(r.fromMBps(), 2), Format.number(r.toMBps(), 2),
                    r.label(), Format.usd(r.fromMonthlyUsd()), Format.usd(r.toMonthlyUsd()), r.holdsWorkload())).toList();
        }
    }
}
