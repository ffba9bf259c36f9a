package mskplanner.web.page.plan;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import mskplanner.app.plan.BreakEvenDto;
import mskplanner.app.plan.CandidateDto;
import mskplanner.engine.format.Format;
import mskplanner.engine.units.BilledUnits;

/**
 * Data of the break-even chart: each deployment's monthly cost along average ingress in MB/s (the unit of every
 * input; tooltips add GB per hour) and the workload marked on every curve with the plan's own price for that
 * deployment (its ranking's list price; EC2 on-demand, Kinesis provisioned, as the curves price them).
 *
 * @param kind how charts.js draws it, {@code cost-curves}
 * @param currency currency of every amount
 * @param xTitle title of the ingress axis
 * @param xUnit unit of x, {@code MB/s}
 * @param altUnit the second unit tooltips show x in, {@code GB/hour}
 * @param altPerX how many {@code altUnit} one {@code xUnit} is (1 MB/s = 3.3528 GB/hour)
 * @param datasets one per deployment, then the workload's marks
 */
record BreakEvenChart(String kind, String currency, String xTitle, String xUnit, String altUnit, double altPerX,
                      List<Curve> datasets) {
    /** A curve, or the workload's marks ({@code marker} and {@code color} set only for those). */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Curve(String label, List<Point> data, Boolean marker, String color) {
        Curve {
            data = List.copyOf(data);
        }
    }

    /** A point: average ingress in MB/s, monthly cost; a mark's {@code label} names its deployment. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Point(double x, double y, String label) {
        Point(double x, double y) {
            this(x, y, null);
        }
    }

    private static final String MARKER_COLOR = "#cf222e";

    BreakEvenChart {
        datasets = List.copyOf(datasets);
    }

    /** The page's break-even section, or {@code null} when the answer has no curves. */
    static BreakEvenView of(BreakEvenDto breakEven, List<CandidateDto> ranking, String currency) {
        if (breakEven == null || breakEven.curves().isEmpty()) {
            return null;
        }
        double workload = breakEven.workloadMBps();
        String workloadText = Format.number(workload, 2) + " MB/s (" + Format.number(breakEven.workloadGBPerHour(), 1)
                + " GB/h)";
        List<Curve> curves = new ArrayList<>();
        List<Point> marks = new ArrayList<>();
        for (BreakEvenDto.CurveDto curve : breakEven.curves()) {
            List<Point> points = curve.points().stream()
                    .map(p -> new Point(BilledUnits.mbPerSecond(p.avgIngressGBPerHour()), p.monthlyUsd().doubleValue())).toList();
            curves.add(new Curve(curve.label(), points, null, null));
            planPrice(ranking, curve.deployment()).or(() -> boxed(interpolate(points, workload)))
                    .ifPresent(y -> marks.add(new Point(workload, y, curve.label() + ", this plan")));
        }
        if (!marks.isEmpty()) {
            curves.add(new Curve("This workload (" + Format.number(workload, 2) + " MB/s)", marks, true, MARKER_COLOR));
        }
        String json = ChartJson.of(new BreakEvenChart("cost-curves", currency, "Average ingress, MB/s", "MB/s", "GB/hour",
                BilledUnits.gbPerHour(1), curves));
        List<String> crossovers = breakEven.crossovers().stream().map(BreakEvenDto.CrossoverDto::sentence).toList();
        return new BreakEvenView(json, crossovers, workloadText, breakEven.notes(), BreakEvenView.RangeRow.of(breakEven),
                breakEven.rangeSentences());
    }

    /**
     * The plan's own monthly price of a deployment at the workload: its ranking entry at list price, on-demand for
     * EC2 and provisioned for Kinesis (the variants the curves price); empty when it does not fit.
     */
    static Optional<Double> planPrice(List<CandidateDto> ranking, String deployment) {
        if (ranking == null) {
            return Optional.empty();
        }
        return ranking.stream().filter(c -> c.deployment().equals(deployment))
                .filter(c -> switch (deployment) {
                    case "selfManagedEc2" -> "on-demand".equals(c.variant());
                    case "kinesis" -> c.variant() != null && c.variant().startsWith("provisioned");
                    default -> true;
                })
                .findFirst().map(c -> c.monthlyUsd().doubleValue());
    }

    private static Optional<Double> boxed(OptionalDouble d) {
        return d.isPresent() ? Optional.of(d.getAsDouble()) : Optional.empty();
    }

    /** The curve's cost at {@code x}, linear between samples; empty outside the curve (e.g. beyond Serverless quotas). */
    static OptionalDouble interpolate(List<Point> points, double x) {
        for (int i = 1; i < points.size(); i++) {
            Point a = points.get(i - 1);
            Point b = points.get(i);
            if (x >= a.x() && x <= b.x()) {
                return OptionalDouble.of(b.x() == a.x() ? a.y() : a.y() + (b.y() - a.y()) * (x - a.x()) / (b.x() - a.x()));
            }
        }
        return OptionalDouble.empty();
    }
}
