package mskplanner.engine.sizing;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The pick per class: the cheapest option whose broker count fits the broker quota. Ties (common: MSK prices double
 * with the size, so 6 x large costs what 3 x xlarge does) go to the option listed first, the smaller size; sizing-model.md
 * does not say, and AWS's sizing script does the same (Python's {@code min} keeps the first). {@code overall} is the
 * cheapest of the three picks, ties in the order m5, m7g, express.
 *
 * @param m5 cheapest Standard m5 option within the quota
 * @param m7g cheapest Standard m7g option within the quota
 * @param express cheapest Express option within the quota
 * @param overall cheapest of the three
 */
public record Recommendations(Optional<SizedOption> m5, Optional<SizedOption> m7g, Optional<SizedOption> express,
                              Optional<SizedOption> overall) {
    public static final List<String> CLASSES = List.of("m5", "m7g", "express");

    public static Recommendations of(List<SizedOption> options) {
        // Each total once: summing an option's lines is the costly part of comparing two options.
        BigDecimal[] totals = new BigDecimal[options.size()];
        String[] classes = new String[options.size()];
        for (int i = 0; i < totals.length; i++) {
            SizedOption o = options.get(i);
            classes[i] = o.fitsQuota() ? o.recommendationClass().orElse(null) : null;
            totals[i] = classes[i] == null ? null : o.monthlyUsd();
        }
        Optional<SizedOption> m5 = cheapest(options, totals, classes, "m5");
        Optional<SizedOption> m7g = cheapest(options, totals, classes, "m7g");
        Optional<SizedOption> express = cheapest(options, totals, classes, "express");
        List<SizedOption> picks = new ArrayList<>();
        m5.ifPresent(picks::add);
        m7g.ifPresent(picks::add);
        express.ifPresent(picks::add);
        return new Recommendations(m5, m7g, express, min(picks));
    }

    /** The pick of a class by its name ({@code m5}, {@code m7g}, {@code express} or {@code overall}). */
    public Optional<SizedOption> of(String recommendationClass) {
        return switch (recommendationClass) {
            case "m5" -> m5;
            case "m7g" -> m7g;
            case "express" -> express;
            case "overall" -> overall;
            default -> Optional.empty();
        };
    }

    /** The classes an option is the pick of, e.g. {@code [m7g, overall]}; empty when it is no pick. */
    public List<String> classesOf(SizedOption option) {
        List<String> classes = new ArrayList<>();
        for (String c : List.of("m5", "m7g", "express", "overall")) {
            if (of(c).filter(pick -> pick == option).isPresent()) {
                classes.add(c);
            }
        }
        return classes;
    }

    /** The first of the cheapest options within the quota of a class. */
    private static Optional<SizedOption> cheapest(List<SizedOption> options, BigDecimal[] totals, String[] classes,
                                                  String recommendationClass) {
        int best = -1;
        for (int i = 0; i < totals.length; i++) {
            if (recommendationClass.equals(classes[i]) && (best < 0 || totals[i].compareTo(totals[best]) < 0)) {
                best = i;
            }
        }
        return best < 0 ? Optional.empty() : Optional.of(options.get(best));
    }

    private static Optional<SizedOption> min(List<SizedOption> options) {
        SizedOption best = null;
        for (SizedOption o : options) {
            if (best == null || o.monthlyUsd().compareTo(best.monthlyUsd()) < 0) {
                best = o;
            }
        }
        return Optional.ofNullable(best);
    }
}
