package mskplanner.engine.cost;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** The monthly cost of one cluster or option, line by line; the total is summed from the unrounded lines. */
public record CostBreakdown(String name, List<LineItem> lineItems) {
    public CostBreakdown {
        lineItems = List.copyOf(lineItems);
    }

    public BigDecimal monthlyUsd() {
        BigDecimal total = BigDecimal.ZERO;
        for (LineItem l : lineItems) {
            total = total.add(l.monthlyUsd());
        }
        return total;
    }

    public CostBreakdown plus(List<LineItem> more) {
        List<LineItem> all = new ArrayList<>(lineItems);
        all.addAll(more);
        return new CostBreakdown(name, all);
    }

    public CostBreakdown discounted(BigDecimal factor) {
        return new CostBreakdown(name, lineItems.stream().map(l -> l.discounted(factor)).toList());
    }
}
