package mskplanner.web.page.plan;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import mskplanner.app.plan.BreakEvenDto;
import mskplanner.engine.format.Format;

/**
 * Data of the break-even chart: each deployment's monthly cost along average ingress (data GB per hour) and the
 * workload marked on every curve it reaches.
 *
 * @param kind how charts.js draws it, {@code cost-curves}
 * @param currency currency of every amount
 * @param xTitle title of the ingress axis
 * @param datasets one per deployment, then the workload's marks
 */
record BreakEvenChart(String kind, String currency, String xTitle, List<Curve> datasets) {
    /** A curve, or the workload's marks ({@code marker} and {@code color} set only for those). */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Curve(String label, List<Point> data, Boolean marker, String color) {
        Curve {
            data = List.copyOf(data);
        }
    }

    /** A point: average ingress in GB per hour, monthly cost. */
    record Point(double x, double y) {
    }

    private static final String MARKER_COLOR = "#cf222e";

    BreakEvenChart {
        datasets = List.copyOf(datasets);
    }

    /** The page's break-even section, or {@code null} when the answer has no curves. */
    static BreakEvenView of(BreakEvenDto breakEven, String currency) {
        if (breakEven == null || breakEven.curves().isEmpty()) {
            return null;
        }
        double workload = breakEven.workloadGBPerHour();
        String workloadText = Format.number(workload, 1) + " GB/h";
        List<Curve> curves = new ArrayList<>();
        List<Point> marks = new ArrayList<>();
        for (BreakEvenDto.CurveDto curve : breakEven.curves()) {
            List<Point> points = curve.points().stream().map(p -> new Point(p.avgIngressGBPerHour(), p.monthlyUsd().doubleValue())).toList();
            curves.add(new Curve(curve.label(), points, null, null));
            interpolate(points, workload).ifPresent(y -> marks.add(new Point(workload, y)));
        }
        if (!marks.isEmpty()) {
            curves.add(new Curve("This workload (" + workloadText + ")", marks, true, MARKER_COLOR));
        }
        String json = ChartJson.of(new BreakEvenChart("cost-curves", currency, "Average ingress, GB per hour", curves));
        List<String> crossovers = breakEven.crossovers().stream().map(BreakEvenDto.CrossoverDto::sentence).toList();
        return new BreakEvenView(json, crossovers, workloadText, breakEven.notes());
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
