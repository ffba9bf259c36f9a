package mskplanner.web.page.rightsize;

/**
 * A daily-p95 trend of the right-sizing report.
 *
 * @param id element id of its canvas
 * @param series what is trended, e.g. {@code Cluster ingress p95}
 * @param summary slope and fit in words, e.g. {@code +0.09 % per day, R² 0.01 (weak)}
 * @param chartJson data of the chart, read by charts.js from a data attribute
 */
public record TrendChart(String id, String series, String summary, String chartJson) {
}
