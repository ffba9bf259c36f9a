package mskplanner.engine.sizing;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import mskplanner.engine.cost.CostBreakdown;

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
    /** Far above the error of a total in doubles (10^-15), far below a real price difference. */
    private static final double NEAR = 1e-9;

    public static Recommendations of(List<SizedOption> options) {
        // one pass sorts the options within the quota into their classes, in plan order
        List<SizedOption> m5 = new ArrayList<>();
        List<SizedOption> m7g = new ArrayList<>();
        List<SizedOption> express = new ArrayList<>();
        for (SizedOption o : options) {
            if (o.fitsQuota()) {
                switch (o.recommendationClass().orElse("")) {
                    case "m5" -> m5.add(o);
                    case "m7g" -> m7g.add(o);
                    case "express" -> express.add(o);
                    default -> { }
                }
            }
        }
        Optional<SizedOption> m5Pick = min(m5);
        Optional<SizedOption> m7gPick = min(m7g);
        Optional<SizedOption> expressPick = min(express);
        List<SizedOption> picks = new ArrayList<>(3);
        m5Pick.ifPresent(picks::add);
        m7gPick.ifPresent(picks::add);
        expressPick.ifPresent(picks::add);
        return new Recommendations(m5Pick, m7gPick, expressPick, min(picks));
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

    /**
     * The first of the cheapest, by exact totals. The totals in doubles ({@code CostBreakdown.estimatedMonthlyUsd},
     * within about 10^-15 of the exact ones) rule out every option clearly dearer than the cheapest estimate; only
     * those within {@link #NEAR} of it, usually the tied sizes, have their exact bills compared (only the lines in
     * which they differ are written: {@link CostBreakdown#compareMonthly}).
     */
    private static Optional<SizedOption> min(List<SizedOption> options) {
        if (options.isEmpty()) {
            return Optional.empty();
        }
        double[] estimates = new double[options.size()];
        double lowest = Double.POSITIVE_INFINITY;
        for (int i = 0; i < estimates.length; i++) {
            estimates[i] = options.get(i).cost().estimatedMonthlyUsd();
            lowest = Math.min(lowest, estimates[i]);
        }
        double near = lowest + NEAR * Math.max(Math.abs(lowest), 1);
        SizedOption best = null;
        for (int i = 0; i < estimates.length; i++) {
            if (estimates[i] > near) {
                continue;
            }
            SizedOption o = options.get(i);
            // one alone is the cheapest exactly; a second near one is compared by its exact bill
            if (best == null || CostBreakdown.compareMonthly(o.cost(), best.cost()) < 0) {
                best = o;
            }
        }
        return Optional.of(best);
    }
}
