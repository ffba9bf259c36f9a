package mskplanner.engine.sizing;

import java.util.AbstractList;
import java.util.List;
import java.util.function.Supplier;

/**
 * An option's warnings, written only when someone reads them. Sizing every broker size of a plan used to build every
 * size's sentences (string concatenation and formatting) although a batch row, a break-even curve or a
 * recommendation reads none of them; now the sentences are built on first access and kept. Unmodifiable, and safe to
 * share between threads: the list is built at most a few times by racing readers, each build gives the same
 * sentences, and the one published is an unmodifiable copy.
 */
final class LazyWarnings extends AbstractList<String> {
    private final Supplier<List<String>> build;
    private volatile List<String> built;

    LazyWarnings(Supplier<List<String>> build) {
        this.build = build;
    }

    private List<String> built() {
        List<String> b = built;
        if (b == null) {
            b = List.copyOf(build.get());
            built = b;
        }
        return b;
    }

    @Override
    public String get(int index) {
        return built().get(index);
    }

    @Override
    public int size() {
        return built().size();
    }
}
