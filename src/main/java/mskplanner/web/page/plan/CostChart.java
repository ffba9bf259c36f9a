package mskplanner.web.page.plan;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import mskplanner.app.LineItemDto;

/**
 * Data of the stacked cost chart: one bar per option within the quota, one stack segment per kind of cost. Passed to
 * charts.js in a data attribute (the CSP allows no inline script, and a data attribute is HTML-escaped by jte).
 */
final class CostChart {
    private static final String BROKER_HOURS = "Broker-hours";

    private CostChart() {
    }

    static String json(List<OptionView> options, String currency) {
        List<OptionView> shown = options.stream().filter(o -> o.fitsQuota() && o.monthlyUsd() != null).toList();
        Map<String, BigDecimal[]> byCategory = new LinkedHashMap<>();
        for (int i = 0; i < shown.size(); i++) {
            for (LineItemDto line : shown.get(i).lineItems()) {
                BigDecimal[] values = byCategory.computeIfAbsent(category(line.item()), k -> zeros(shown.size()));
                values[i] = values[i].add(line.monthlyUsd());
            }
        }
        ObjectNode chart = JsonNodeFactory.instance.objectNode();
        chart.put("kind", "stacked-cost");
        chart.put("currency", currency);
        ArrayNode labels = chart.putArray("labels");
        shown.forEach(o -> labels.add(o.title()));
        ArrayNode datasets = chart.putArray("datasets");
        byCategory.forEach((category, values) -> {
            ObjectNode set = datasets.addObject();
            set.put("label", category);
            ArrayNode data = set.putArray("data");
            for (BigDecimal v : values) {
                data.add(v);
            }
        });
        return chart.toString();
    }

    /** Broker-hours of every size stack together; other lines are their own kind. */
    static String category(String item) {
        return item.startsWith(BROKER_HOURS) ? BROKER_HOURS : item;
    }

    private static BigDecimal[] zeros(int n) {
        BigDecimal[] values = new BigDecimal[n];
        java.util.Arrays.fill(values, BigDecimal.ZERO);
        return values;
    }
}
