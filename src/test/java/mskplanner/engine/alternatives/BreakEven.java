package mskplanner.engine.alternatives;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.function.DoubleFunction;
import mskplanner.engine.Inputs;
import mskplanner.engine.InvalidInputException;

/**
 * Section 5 of sizing-model.md: hold a workload's shape, sweep its average ingress, and find where deployments'
 * monthly costs cross. Generic: each deployment is a function from average ingress (data GB per hour) to its
 * cheapest monthly cost there, empty where it does not fit.
 *
 * <p>Algorithm: every deployment is sampled on a detection grid {@value #DEFAULT_REFINEMENT} times finer than the
 * {@link SweepGrid} (same spacing; the display grid's points are every {@value #DEFAULT_REFINEMENT}th of it, and only
 * they make up the curves). For each pair, the detection points where both fit are walked, and every interval whose
 * ends disagree on which is cheaper is bisected until it is no wider than the tolerance (0.1 GB/hour); the crossover
 * is the interval's midpoint. A point where either side does not fit is never a crossover: a run of fitting points
 * ends there. The edge of such a run (e.g. Serverless reaching its ingress quota between two points) is itself
 * located by bisection and checked, so a crossover just before an option stops fitting is not missed. Two crossovers
 * of the same pair between adjacent detection points cancel out and are missed: with the default 60-point log grid
 * from 0.1 to 1,341 GB/hour a detection step is 1.6% of the ingress, so a deployment must be cheaper over a range
 * narrower than that (e.g. 3 GB/hour around 200 GB/hour) to be missed.
 */
public final class BreakEven {
    public static final double DEFAULT_TOLERANCE_GB_PER_HOUR = 0.1;
    /** Detection points per display-grid interval. */
    public static final int DEFAULT_REFINEMENT = 10;

    /**
     * A deployment in the sweep.
     *
     * @param deployment its name, unique within a sweep
     * @param monthlyUsdAt monthly cost at an average ingress in data GB per hour; empty where it does not fit
     */
    public record Option(String deployment, DoubleFunction<Optional<BigDecimal>> monthlyUsdAt) {
        public Option {
            Inputs.present("deployment", deployment);
            Inputs.present("monthlyUsdAt", monthlyUsdAt);
        }

        Optional<BigDecimal> at(double gbPerHour) {
            return monthlyUsdAt.apply(gbPerHour);
        }
    }

    private BreakEven() {
    }

    /**
     * A deployment whose cost at each point is the cheapest of several candidates (e.g. every Standard broker size
     * that fits the broker quota), empty where none fits.
     */
    public static Option cheapestOf(String deployment, List<DoubleFunction<Optional<BigDecimal>>> candidates) {
        List<DoubleFunction<Optional<BigDecimal>>> all = List.copyOf(candidates);
        return new Option(deployment, x -> all.stream().map(c -> c.apply(x)).flatMap(Optional::stream)
                .min(Comparator.naturalOrder()));
    }

    public static BreakEvenResult sweep(List<Option> options, SweepGrid grid) {
        return sweep(options, grid, DEFAULT_TOLERANCE_GB_PER_HOUR);
    }

    public static BreakEvenResult sweep(List<Option> options, SweepGrid grid, double toleranceGBPerHour) {
        return sweep(options, grid, toleranceGBPerHour, DEFAULT_REFINEMENT);
    }

    public static BreakEvenResult sweep(List<Option> options, SweepGrid grid, double toleranceGBPerHour, int refinement) {
        Inputs.positive("toleranceGBPerHour", toleranceGBPerHour);
        Inputs.atLeast("refinement", refinement, 1);
        requireUniqueNames(options);
        double[] xs = new SweepGrid(grid.minGBPerHour(), grid.maxGBPerHour(), (grid.points() - 1) * refinement + 1,
                grid.spacing()).values();
        List<List<Optional<BigDecimal>>> sampled = options.stream().map(o -> sample(o, xs)).toList();
        List<CostCurve> curves = new ArrayList<>();
        for (int i = 0; i < options.size(); i++) {
            curves.add(curve(options.get(i).deployment(), xs, sampled.get(i), refinement));
        }
        List<Crossover> crossovers = new ArrayList<>();
        for (int i = 0; i < options.size(); i++) {
            for (int j = i + 1; j < options.size(); j++) {
                crossovers.addAll(new CrossoverSearch(options.get(i), options.get(j), toleranceGBPerHour)
                        .crossovers(xs, sampled.get(i), sampled.get(j)));
            }
        }
        crossovers.sort(Comparator.comparingDouble(Crossover::belowGBPerHour)
                .thenComparing(Crossover::cheaper).thenComparing(Crossover::than));
        return new BreakEvenResult(grid, toleranceGBPerHour, curves, crossovers);
    }

    private static void requireUniqueNames(List<Option> options) {
        if (options.isEmpty()) {
            throw new InvalidInputException("options", "[]", "at least one deployment");
        }
        var seen = new HashSet<String>();
        for (Option o : options) {
            if (!seen.add(o.deployment())) {
                throw new InvalidInputException("options", o.deployment(), "deployment names that are unique");
            }
        }
    }

    private static List<Optional<BigDecimal>> sample(Option option, double[] xs) {
        List<Optional<BigDecimal>> values = new ArrayList<>();
        for (double x : xs) {
            values.add(option.at(x));
        }
        return values;
    }

    private static CostCurve curve(String deployment, double[] xs, List<Optional<BigDecimal>> values, int every) {
        List<CurvePoint> points = new ArrayList<>();
        for (int k = 0; k < xs.length; k += every) {
            double x = xs[k];
            values.get(k).ifPresent(usd -> points.add(new CurvePoint(x, usd.doubleValue())));
        }
        return new CostCurve(deployment, points);
    }
}
