package mskplanner.app.plan;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import mskplanner.engine.alternatives.BreakEvenResult;
import mskplanner.engine.alternatives.Crossover;
import mskplanner.engine.alternatives.CurvePoint;
import mskplanner.engine.cost.Money;
import mskplanner.engine.matrix.Contender;
import mskplanner.engine.matrix.Matrix;

/**
 * The break-even sweep: the workload's shape at other average ingress rates (GB/hour, GB = 2^30 bytes), each
 * deployment's cheapest monthly cost at each point (points where it does not fit are left out), and each crossover
 * located by bisection to {@code toleranceGBPerHour}. Curves are at list prices; the EC2 curve is on-demand and the
 * Kinesis curve provisioned.
 */
public record BreakEvenDto(double workloadGBPerHour, double toleranceGBPerHour, List<CurveDto> curves,
                           List<CrossoverDto> crossovers, List<String> notes) {
    /** Decimals of the ingress axis: 0.0001 GB/hour is far below the 0.1 GB/hour tolerance. */
    private static final int GB_PER_HOUR_DECIMALS = 4;

    /** One deployment's curve; {@code deployment} is its id (as in {@code cheapest}), {@code label} its name. */
    public record CurveDto(String deployment, String label, List<PointDto> points) {
    }

    public record PointDto(double avgIngressGBPerHour, BigDecimal monthlyUsd) {
        static PointDto of(CurvePoint p) {
            return new PointDto(gbPerHour(p.avgIngressGBPerHour()), Money.cents(p.monthlyUsd()));
        }
    }

    /** Below {@code belowGBPerHour}, {@code cheaper} costs less than {@code than}; above, the reverse. */
    public record CrossoverDto(String cheaper, String than, double belowGBPerHour, String sentence) {
        static CrossoverDto of(Crossover c) {
            Contender cheaper = Contender.fromId(c.cheaper());
            Contender than = Contender.fromId(c.than());
            return new CrossoverDto(cheaper.id(), than.id(), gbPerHour(c.belowGBPerHour()),
                    new Crossover(cheaper.curveLabel(), than.curveLabel(), c.belowGBPerHour()).sentence());
        }
    }

    static BreakEvenDto of(Matrix.BreakEvenOutcome o) {
        BreakEvenResult r = o.result();
        return new BreakEvenDto(gbPerHour(o.workloadGBPerHour()), r.toleranceGBPerHour(),
                r.curves().stream().map(c -> new CurveDto(c.deployment(), Contender.fromId(c.deployment()).curveLabel(),
                        c.points().stream().map(PointDto::of).toList())).toList(),
                r.crossovers().stream().map(CrossoverDto::of).toList(), o.notes());
    }

    static double gbPerHour(double value) {
        return BigDecimal.valueOf(value).setScale(GB_PER_HOUR_DECIMALS, RoundingMode.HALF_UP).doubleValue();
    }
}
