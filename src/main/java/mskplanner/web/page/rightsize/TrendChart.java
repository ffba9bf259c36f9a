package mskplanner.web.page.rightsize;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.util.ArrayList;
import java.util.List;
import mskplanner.app.Json;
import mskplanner.engine.format.Format;
import mskplanner.engine.rightsize.DailyValue;
import mskplanner.engine.rightsize.Trend;
import mskplanner.rightsize.RightsizeMapping;

/**
 * A daily-p95 trend of the right-sizing report.
 *
 * @param id element id of its canvas
 * @param series what is trended, e.g. {@code Cluster ingress p95}
 * @param summary slope and fit in words, e.g. {@code +0.09 % per day, R² 0.01}
 * @param chartJson data of the chart, read by charts.js from a data attribute
 */
public record TrendChart(String id, String series, String summary, String chartJson) {
    /** What charts.js draws as a {@code daily} chart. */
    public record Chart(String kind, String unit, List<String> labels, List<Dataset> datasets) {
    }

    public record Dataset(String label, List<Double> data) {
    }

    static List<TrendChart> of(List<Trend> trends) {
        List<TrendChart> charts = new ArrayList<>();
        for (int i = 0; i < trends.size(); i++) {
            Trend t = trends.get(i);
            String summary = t.fit().map(f -> (f.slopePerDay() >= 0 ? "+" : "") + Format.number(f.slopePerDay(), 3) + " "
                    + t.unit() + " per day, R\u00B2 " + Format.number(f.rSquared(), 2)).orElse("not enough days for a trend");
            charts.add(new TrendChart("trend-" + i, t.series(), summary, json(t)));
        }
        return charts;
    }

    private static String json(Trend t) {
        Chart chart = new Chart("daily", t.unit(), t.dailyP95().stream().map(d -> d.day().toString()).toList(),
                List.of(new Dataset(t.series() + " (" + t.unit() + ")",
                        t.dailyP95().stream().map(DailyValue::value).map(RightsizeMapping::round).toList())));
        try {
            return Json.mapper().writeValueAsString(chart);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("trend chart cannot be written as JSON", e);
        }
    }
}
