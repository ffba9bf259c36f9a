package mskplanner.web.page.plan;

import com.fasterxml.jackson.core.JsonProcessingException;
import mskplanner.app.Json;

/**
 * A chart's data as JSON for charts.js, written by Jackson from a record (the CSP allows no inline script, so the data
 * travels in a data attribute, which jte HTML-escapes).
 */
final class ChartJson {
    private ChartJson() {
    }

    static String of(Object chart) {
        try {
            return Json.mapper().writeValueAsString(chart);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("chart data of records must serialise: " + chart.getClass().getSimpleName(), e);
        }
    }
}
