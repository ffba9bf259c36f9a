package mskplanner.engine.cost;

import java.util.AbstractList;
import java.util.List;
import java.util.function.Supplier;

/**
 * The lines of a plan option's bill, written when first read, and meanwhile the bill's total in doubles. A plan sizes
 * and prices every broker size but shows a bill only where one is read (the plan's JSON, a table, a batch row's pick):
 * ranking the sizes and drawing the break-even curves need only totals, and building every line of every size in
 * BigDecimal was most of a plan's time. The lines, once read, are exactly {@link CostCalculator#monthly}'s.
 * Unmodifiable; safe to share between threads (racing first readers build equal lists, one is kept).
 */
final class LazyLines extends AbstractList<LineItem> {
    private final Supplier<List<LineItem>> build;
    private final double estimatedUsd;
    private volatile List<LineItem> built;

    LazyLines(Supplier<List<LineItem>> build, double estimatedUsd) {
        this.build = build;
        this.estimatedUsd = estimatedUsd;
    }

    double estimatedUsd() {
        return estimatedUsd;
    }

    private List<LineItem> built() {
        List<LineItem> b = built;
        if (b == null) {
            b = List.copyOf(build.get());
            built = b;
        }
        return b;
    }

    @Override
    public LineItem get(int index) {
        return built().get(index);
    }

    @Override
    public int size() {
        return built().size();
    }
}
