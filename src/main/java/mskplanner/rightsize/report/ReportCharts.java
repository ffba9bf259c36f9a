package mskplanner.rightsize.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import mskplanner.app.Json;
import mskplanner.rightsize.RightsizeMapping;
import mskplanner.engine.rightsize.Crossing;
import mskplanner.engine.rightsize.RightsizeReport;
import mskplanner.engine.rightsize.SeriesView;
import mskplanner.engine.rightsize.Trend;
import mskplanner.engine.units.Units;

/** The data of the report's charts, as JSON for the page's chart script. Times are epoch milliseconds. */
final class ReportCharts {

    /**
     * One chart.
     *
     * @param id canvas id
     * @param title caption
     * @param unit y-axis unit
     * @param daily x-axis ticks show days rather than minutes
     * @param xMin left edge, epoch ms
     * @param xMax right edge, epoch ms
     * @param series the plotted series
     * @param lines horizontal threshold or capacity lines
     */
    record Chart(String id, String title, String unit, boolean daily, long xMin, long xMax, List<Series> series,
                 List<Line> lines) {
    }

    record Series(String label, List<double[]> points, boolean dashed) {
    }

    record Line(String label, double value) {
    }

    private ReportCharts() {
    }

    static List<Chart> charts(RightsizeReport r) {
        long from = r.window().start().toEpochMilli();
        long to = r.window().end().toEpochMilli();
        List<Chart> charts = new ArrayList<>();
        String bucket = " (largest value per " + bucketMinutes(r) + " min)";
        charts.add(new Chart("chart-cpu", "CPU per broker, CpuUser + CpuSystem" + bucket, "%", false, from, to,
                views(r, "CPU"), List.of(new Line("CPU alarm", limit(r, "CPU alarm")),
                new Line("no reassignment above", limit(r, "no partition reassignment above")))));
        charts.add(new Chart("chart-throughput", "Cluster bytes in and out, MB/s" + bucket, "MB/s", false, from, to,
                views(r, "Ingress", "Egress"), List.of(new Line("ingress capacity", r.capacity().ingressMBps()),
                new Line("egress capacity", r.capacity().egressMBps()))));
        List<Series> disk = views(r, "Disk used");
        if (!disk.isEmpty()) {
            charts.add(new Chart("chart-disk", "Data-log disk used per broker" + bucket, "%", false, from, to, disk,
                    List.of(new Line("right-size limit", limit(r, "disk right-size limit")),
                            new Line("disk alarm", limit(r, "disk alarm")))));
        }
        for (int i = 0; i < r.trends().size(); i++) {
            trendChart(r, r.trends().get(i), i).ifPresent(charts::add);
        }
        return charts;
    }

    static String json(List<Chart> charts) {
        try {
            return Json.mapper().writeValueAsString(Map.of("charts", charts));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("chart data cannot be written as JSON", e);
        }
    }

    private static Optional<Chart> trendChart(RightsizeReport r, Trend t, int index) {
        if (t.fit().isEmpty()) {
            return Optional.empty();
        }
        Trend.Fit fit = t.fit().get();
        LocalDate first = t.dailyP95().get(0).day();
        LocalDate last = t.dailyP95().get(t.dailyP95().size() - 1).day().plusDays(r.options().horizonDays());
        List<double[]> daily = t.dailyP95().stream().map(d -> point(d.day(), d.value())).toList();
        List<double[]> line = List.of(point(first, fit.valueOn(first)), point(last, fit.valueOn(last)));
        List<Line> limits = r.crossings().stream().filter(c -> c.series().equals(t.series()))
                .map(c -> new Line(c.threshold(), c.limit())).toList();
        return Optional.of(new Chart("chart-trend-" + index, t.series() + ": daily p95 and forecast to +"
                + r.options().horizonDays() + " days", t.unit(), true, epochMs(first), epochMs(last),
                List.of(new Series("daily p95", daily, false), new Series("trend", line, true)), limits));
    }

    private static List<Series> views(RightsizeReport r, String... metrics) {
        List<Series> out = new ArrayList<>();
        for (SeriesView v : r.history()) {
            for (String m : metrics) {
                if (v.metric().equals(m)) {
                    out.add(new Series(v.scope().equals("cluster") ? m : v.scope(), points(v), false));
                }
            }
        }
        return out;
    }

    private static List<double[]> points(SeriesView v) {
        long[] t = v.epochSeconds();
        double[] y = v.values();
        List<double[]> out = new ArrayList<>(t.length);
        for (int i = 0; i < t.length; i++) {
            out.add(new double[] {t[i] * 1000d, RightsizeMapping.round(y[i])});
        }
        return out;
    }

    private static double limit(RightsizeReport r, String threshold) {
        return r.crossings().stream().filter(c -> c.threshold().equals(threshold)).mapToDouble(Crossing::limit)
                .findFirst().orElse(0);
    }

    private static long bucketMinutes(RightsizeReport r) {
        return r.history().stream().mapToInt(SeriesView::bucketSeconds).max().orElse(r.window().periodSeconds()) / 60;
    }

    private static double[] point(LocalDate day, double value) {
        return new double[] {epochMs(day), RightsizeMapping.round(value)};
    }

    private static long epochMs(LocalDate day) {
        return day.atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();
    }
}
