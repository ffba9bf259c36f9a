package mskplanner.web.page.compare;

import java.util.List;
import mskplanner.web.page.PageFrame;

/**
 * The compare page: the scenario boxes, and the table once two or more scenarios plan.
 *
 * @param table null until two scenarios plan
 * @param notice what to do next, or null
 */
public record ComparePage(PageFrame frame, List<ScenarioInput> inputs, CompareTable table, String notice) {
    public ComparePage {
        inputs = List.copyOf(inputs);
    }

    public boolean hasErrors() {
        return inputs.stream().anyMatch(ScenarioInput::hasError);
    }
}
