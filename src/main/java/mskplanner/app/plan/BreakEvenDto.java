package mskplanner.app.plan;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import mskplanner.engine.alternatives.BreakEvenResult;
import mskplanner.engine.alternatives.CheapestRange;
import mskplanner.engine.alternatives.Crossover;
import mskplanner.engine.alternatives.CurvePoint;
import mskplanner.engine.cost.Money;
import mskplanner.engine.matrix.Contender;
import mskplanner.engine.matrix.Matrix;
import mskplanner.engine.matrix.RangeSentences;
import mskplanner.engine.units.BilledUnits;
import mskplanner.engine.units.Decimals;

/**
 * The break-even answer: the workload's shape at other average ingress rates (GB/hour, GB = 2^30 bytes, and MB/s),
 * each deployment's cheapest monthly cost at each curve point (points where it does not fit are left out), each
 * crossover (solved from the cost steps, stated to {@code toleranceGBPerHour}), and the {@code ranges}: contiguous
 * stretches of average ingress with the cheapest deployment in each, the one holding the workload marked, in words in
 * {@code rangeSentences}. Curves are at list prices; the EC2 curve is on-demand and the Kinesis curve provisioned.
 */
public record BreakEvenDto(double workloadGBPerHour, double toleranceGBPerHour, List<CurveDto> curves,
                           List<CrossoverDto> crossovers, List<String> notes, double workloadMBps, List<RangeDto> ranges,
                           List<String> rangeSentences) {
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

    /**
     * A stretch of average ingress with one cheapest deployment (adjacent ranges differ).
     *
     * @param cheapest its id; {@code label} its name
     * @param fromMonthlyUsd its monthly cost at the start; {@code toMonthlyUsd} at the end
     * @param runnerUp the deployment closest to it over the whole range (null when no other fits throughout)
     * @param runnerUpAbovePercent how much more the runner-up costs at most over the range, percent
     * @param holdsWorkload true for the one range holding the workload's own average ingress
     */
    public record RangeDto(double fromMBps, double toMBps, double fromGBPerHour, double toGBPerHour, String cheapest,
                           String label, BigDecimal fromMonthlyUsd, BigDecimal toMonthlyUsd, String runnerUp,
                           Double runnerUpAbovePercent, boolean holdsWorkload) {
        static List<RangeDto> of(List<CheapestRange> ranges, double workloadGBPerHour) {
            List<RangeDto> out = new ArrayList<>();
            boolean marked = false;
            for (int i = 0; i < ranges.size(); i++) {
                CheapestRange r = ranges.get(i);
                boolean holds = !marked && r.holds(workloadGBPerHour, i == ranges.size() - 1);
                marked |= holds;
                out.add(new RangeDto(mbps(r.fromGBPerHour()), mbps(r.toGBPerHour()), gbPerHour(r.fromGBPerHour()),
                        gbPerHour(r.toGBPerHour()), r.cheapest(), Contender.fromId(r.cheapest()).curveLabel(),
                        Money.cents(BigDecimal.valueOf(r.fromUsd())), Money.cents(BigDecimal.valueOf(r.toUsd())),
                        r.runnerUp().orElse(null), r.runnerUp().isPresent()
                        ? Decimals.roundHalfUp(r.runnerUpAboveFraction() * 100, 2)
                        : null, holds));
            }
            return out;
        }
    }

    static BreakEvenDto of(Matrix.BreakEvenOutcome o) {
        BreakEvenResult r = o.result();
        return new BreakEvenDto(gbPerHour(o.workloadGBPerHour()), r.toleranceGBPerHour(),
                r.curves().stream().map(c -> new CurveDto(c.deployment(), Contender.fromId(c.deployment()).curveLabel(),
                        c.points().stream().map(PointDto::of).toList())).toList(),
                r.crossovers().stream().map(CrossoverDto::of).toList(), o.notes(), mbps(o.workloadGBPerHour()),
                RangeDto.of(r.ranges(), o.workloadGBPerHour()), RangeSentences.of(r.ranges(), o.workloadGBPerHour()));
    }

    /** MB/s to the same 4 decimals as the GB/hour axis. */
    static double mbps(double gbPerHour) {
        return gbPerHour(BilledUnits.mbPerSecond(gbPerHour));
    }

    static double gbPerHour(double value) {
        return Decimals.roundHalfUp(value, GB_PER_HOUR_DECIMALS);
    }
}
