package mskplanner.engine.cost;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** The monthly cost of one cluster or option, line by line; the total is summed from the unrounded lines. */
public record CostBreakdown(String name, List<LineItem> lineItems) {
    public CostBreakdown {
        lineItems = lineItems instanceof LazyLines ? lineItems : List.copyOf(lineItems);
    }

    /**
     * The total as a double, for ranking and curves, never for a bill: the unrounded total converted, or, for a plan
     * option's bill whose lines are not written yet, its total summed in doubles (within about 10^-15 of the exact
     * total, relative).
     */
    public double estimatedMonthlyUsd() {
        return lineItems instanceof LazyLines lazy ? lazy.estimatedUsd() : monthlyUsd().doubleValue();
    }

    /**
     * How {@code a}'s total compares with {@code b}'s, exactly ({@link #monthlyUsd}'s), writing only the lines that
     * differ where both are a plan option's bills not written yet.
     */
    public static int compareMonthly(CostBreakdown a, CostBreakdown b) {
        if (a.lineItems instanceof LazyLines la && b.lineItems instanceof LazyLines lb && la.drafts() != null
                && lb.drafts() != null) {
            return LineDraft.compareTotals(la.drafts(), lb.drafts());
        }
        return a.monthlyUsd().compareTo(b.monthlyUsd());
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
