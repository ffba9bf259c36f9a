package mskplanner.engine.alternatives;

import java.util.List;

/**
 * The break-even sweep: each deployment's cost curve and every crossover between pairs of deployments.
 *
 * @param grid the sampled ingress values
 * @param toleranceGBPerHour how closely each crossover was located
 * @param curves one per deployment, in the order given
 * @param crossovers ascending by ingress
 */
public record BreakEvenResult(SweepGrid grid, double toleranceGBPerHour, List<CostCurve> curves, List<Crossover> crossovers) {
    public BreakEvenResult {
        curves = List.copyOf(curves);
        crossovers = List.copyOf(crossovers);
    }
}
