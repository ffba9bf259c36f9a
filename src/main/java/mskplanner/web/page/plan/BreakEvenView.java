package mskplanner.web.page.plan;

import java.util.List;

/**
 * Break-even cost curves of the plan page.
 *
 * @param chartJson data of the curves chart, read by charts.js from a data attribute
 * @param crossovers each crossover in words, e.g. "MSK Serverless is cheaper than MSK Standard below 61.3 GB/hour ingested"
 * @param workload the workload's average ingress, e.g. {@code 167.6 GB/h}
 * @param notes how the curves were computed
 */
public record BreakEvenView(String chartJson, List<String> crossovers, String workload, List<String> notes) {
    public BreakEvenView {
        crossovers = List.copyOf(crossovers);
        notes = List.copyOf(notes);
    }
}
