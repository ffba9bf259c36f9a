package mskplanner.web.page.plan;

import java.util.List;
import mskplanner.web.page.Step;
import mskplanner.web.page.TopicsView;

/**
 * The results part of the plan page.
 *
 * @param summary the workload in one line, as the engine resolved it
 * @param picks the overall pick first, then the pick per class
 * @param partitions the partition recommendation and its arithmetic
 * @param options every option, cheapest first (those beyond the broker quota last)
 * @param costChartJson data of the stacked cost chart, read by charts.js from a data attribute
 * @param ranking every way to run the workload, cheapest first (empty when the answer has none)
 * @param comparison Serverless and the alternatives beside the MSK pick (empty when the answer has none)
 * @param breakEven cost curves, or {@code null} when the answer has none
 * @param assumptions every factor the engine used
 * @param warnings what to know about the plan as a whole
 * @param pricingSource where the prices came from
 * @param api the same plan as API calls
 * @param topics the topic inventory's storage per topic and advice, or {@code null} without an inventory
 */
public record PlanResult(String summary, List<PickView> picks, PartitionsView partitions, List<OptionView> options,
                         String costChartJson, Ranking ranking, List<ComparisonRow> comparison, BreakEvenView breakEven,
                         List<Step> assumptions, List<String> warnings, String pricingSource,
                         ApiCall api, TopicsView topics) {
    public PlanResult {
        picks = List.copyOf(picks);
        options = List.copyOf(options);
        comparison = List.copyOf(comparison);
        assumptions = List.copyOf(assumptions);
        warnings = List.copyOf(warnings);
    }

    public boolean hasTopics() {
        return topics != null;
    }

    public boolean hasBreakEven() {
        return breakEven != null;
    }

    public PickView overall() {
        return picks.get(0);
    }
}
