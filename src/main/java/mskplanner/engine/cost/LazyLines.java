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
    private final Supplier<List<LineDraft>> draft;
    private final double estimatedUsd;
    private volatile List<LineItem> built;
    private volatile List<LineDraft> drafted;

    LazyLines(Supplier<List<LineItem>> build, double estimatedUsd) {
        this(build, null, estimatedUsd);
    }

    private LazyLines(Supplier<List<LineItem>> build, Supplier<List<LineDraft>> draft, double estimatedUsd) {
        this.build = build;
        this.draft = draft;
        this.estimatedUsd = estimatedUsd;
    }

    /** Lines written from drafts, which an exact comparison of two totals reads without writing them all. */
    static LazyLines drafted(Supplier<List<LineDraft>> draft, double estimatedUsd) {
        return new LazyLines(null, draft, estimatedUsd);
    }

    double estimatedUsd() {
        return estimatedUsd;
    }

    /** The drafts of the lines, or null when they were not written from drafts. */
    List<LineDraft> drafts() {
        if (draft == null) {
            return null;
        }
        List<LineDraft> d = drafted;
        if (d == null) {
            d = List.copyOf(draft.get());
            drafted = d;
        }
        return d;
    }

    private List<LineItem> built() {
        List<LineItem> b = built;
        if (b == null) {
            b = List.copyOf(build != null ? build.get() : LineDraft.lines(drafts()));
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
