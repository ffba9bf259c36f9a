package mskplanner.engine.alternatives;

import java.util.List;

/**
 * The break-even answer: each deployment's cost curve, every crossover between pairs of deployments, and the cheapest
 * deployment over each stretch of ingress.
 *
 * @param grid the ingress values the curves show
 * @param toleranceGBPerHour how closely each crossover was located
 * @param curves one per deployment, in the order given
 * @param crossovers ascending by ingress
 * @param ranges contiguous stretches with their cheapest deployment, ascending (empty from the sampled sweep)
 */
public record BreakEvenResult(SweepGrid grid, double toleranceGBPerHour, List<CostCurve> curves, List<Crossover> crossovers,
                              List<CheapestRange> ranges) {
    public BreakEvenResult {
        curves = List.copyOf(curves);
        crossovers = List.copyOf(crossovers);
        ranges = List.copyOf(ranges);
    }

    /** A sampled sweep's answer, which has no ranges. */
    public BreakEvenResult(SweepGrid grid, double toleranceGBPerHour, List<CostCurve> curves, List<Crossover> crossovers) {
        this(grid, toleranceGBPerHour, curves, crossovers, List.of());
    }
}
