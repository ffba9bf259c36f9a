package mskplanner.web.page.plan;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import mskplanner.app.LineItemDto;

/**
 * Data of the stacked cost chart: one bar per option within the quota, one stack segment per kind of cost, each
 * segment the sum of the API's line items of that kind.
 *
 * @param kind how charts.js draws it, {@code stacked-cost}
 * @param currency currency of every amount
 * @param labels the options, e.g. {@code 12 × express.m7g.large}
 * @param datasets one per kind of cost, a value per option
 */
record CostChart(String kind, String currency, List<String> labels, List<Segment> datasets) {
    private static final String BROKER_HOURS = "Broker-hours";

    /** One kind of cost: its monthly amount for each option, in the order of the labels. */
    record Segment(String label, List<BigDecimal> data) {
        Segment {
            data = List.copyOf(data);
        }
    }

    CostChart {
        labels = List.copyOf(labels);
        datasets = List.copyOf(datasets);
    }

    static String json(List<OptionView> options, String currency) {
        List<OptionView> shown = options.stream().filter(o -> o.option().fitsQuota() && o.option().monthlyUsd() != null).toList();
        Map<String, BigDecimal[]> byCategory = new LinkedHashMap<>();
        for (int i = 0; i < shown.size(); i++) {
            for (LineItemDto line : shown.get(i).option().lineItems()) {
                BigDecimal[] values = byCategory.computeIfAbsent(category(line.item()), k -> zeros(shown.size()));
                values[i] = values[i].add(line.monthlyUsd());
            }
        }
        List<Segment> segments = new ArrayList<>();
        byCategory.forEach((category, values) -> segments.add(new Segment(category, Arrays.asList(values))));
        return ChartJson.of(new CostChart("stacked-cost", currency, shown.stream().map(OptionView::title).toList(), segments));
    }

    /** Broker-hours of every size stack together; other lines are their own kind. */
    static String category(String item) {
        return item.startsWith(BROKER_HOURS) ? BROKER_HOURS : item;
    }

    private static BigDecimal[] zeros(int n) {
        BigDecimal[] values = new BigDecimal[n];
        Arrays.fill(values, BigDecimal.ZERO);
        return values;
    }
}
