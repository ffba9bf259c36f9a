package mskplanner.web.page.rightsize;

import mskplanner.engine.format.Format;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import mskplanner.app.LineItemDto;
import mskplanner.engine.format.Format;
import mskplanner.web.page.Nodes;
import mskplanner.web.page.Step;

/** Turns the right-sizing report's JSON (the same as {@code rightsize --format json}) into what the page shows. */
final class RightsizeResultReader {
    private RightsizeResultReader() {
    }

    static RightsizeResult read(JsonNode report) {
        JsonNode verdict = report.get("verdict");
        JsonNode target = verdict == null ? null : verdict.get("target");
        return new RightsizeResult(Nodes.text(report.get("cluster"), "region"), Nodes.text(verdict, "kind"), Nodes.text(verdict, "headline"),
                Nodes.decimal(verdict, "currentMonthlyUsd"), Nodes.decimal(verdict, "monthlyChangeUsd"),
                target == null || target.isNull() ? "" : Nodes.text(target, "description"), evidence(verdict),
                cluster(report), Nodes.flatten(report.get("profile")), lines(report.get("currentCost")),
                alternatives(report), metrics(report, "clusterMetrics"), metrics(report, "brokerMetrics"), trends(report),
                crossings(report), Nodes.flatten(report.get("assumptions")), Nodes.texts(report, "warnings"));
    }

    private static List<EvidenceBar> evidence(JsonNode verdict) {
        return Nodes.list(verdict, "evidence").stream()
                .map(e -> new EvidenceBar(Nodes.text(e, "check"), Nodes.number(e, "measured", 0), Nodes.number(e, "limit", 0),
                        Nodes.text(e, "unit"), Nodes.flag(e, "breached", false), Nodes.text(e, "note")))
                .toList();
    }

    private static List<Step> cluster(JsonNode report) {
        JsonNode c = report.get("cluster");
        JsonNode w = report.get("window");
        JsonNode s = report.get("source");
        List<Step> facts = new ArrayList<>();
        facts.add(new Step("Cluster", Nodes.text(c, "name") + " (" + Nodes.text(c, "region") + ")"));
        facts.add(new Step("Brokers", Nodes.integer(c, "brokerCount") + " \u00D7 " + Nodes.text(c, "instanceType")
                + " over " + Nodes.integer(c, "availabilityZones") + " AZs"));
        Nodes.number(c, "volumeSizeGiB").ifPresent(v -> facts.add(new Step("Storage per broker",
                Format.number(v, 0) + " GiB, " + Nodes.text(c, "storageMode").toLowerCase(java.util.Locale.ROOT))));
        facts.add(new Step("History", Nodes.text(w, "start") + " to " + Nodes.text(w, "end") + " ("
                + Format.number(Nodes.number(w, "days", 0), 1) + " days, one point per " + Nodes.integer(w, "periodSeconds") + " s)"));
        facts.add(new Step("Source", Nodes.text(s, "kind") + ": " + Nodes.text(s, "detail")));
        return facts;
    }

    private static List<LineItemDto> lines(JsonNode cost) {
        return Nodes.list(cost, "lineItems").stream().map(l -> new LineItemDto(Nodes.text(l, "item"), Nodes.decimal(l, "quantity"),
                Nodes.text(l, "unit"), Nodes.decimal(l, "unitPriceUsd"), Nodes.decimal(l, "monthlyUsd"))).toList();
    }

    private static List<Step> alternatives(JsonNode report) {
        return Nodes.list(report, "alternatives").stream()
                .map(a -> new Step(Nodes.text(a, "description"), Format.usd(Nodes.decimal(a, "monthlyUsd")) + " per month"))
                .toList();
    }

    private static List<MetricRow> metrics(JsonNode report, String field) {
        return Nodes.list(report, field).stream()
                .map(m -> new MetricRow(Nodes.text(m, "metric"), Nodes.text(m, "scope"), Nodes.text(m, "unit"),
                        Nodes.integer(m, "points"), Nodes.integer(m, "missingPoints"), stat(m, "mean"), stat(m, "p50"),
                        stat(m, "p95"), stat(m, "p99"), stat(m, "max")))
                .toList();
    }

    private static String stat(JsonNode metric, String field) {
        OptionalDouble v = Nodes.number(metric, field);
        return v.isPresent() ? Format.number(v.getAsDouble()) : "";
    }

    private static List<TrendChart> trends(JsonNode report) {
        List<TrendChart> charts = new ArrayList<>();
        List<JsonNode> trends = Nodes.list(report, "trends");
        for (int i = 0; i < trends.size(); i++) {
            JsonNode t = trends.get(i);
            String unit = Nodes.text(t, "unit");
            OptionalDouble slope = Nodes.number(t, "slopePerDay");
            OptionalDouble r2 = Nodes.number(t, "rSquared");
            String summary = slope.isPresent()
                    ? (slope.getAsDouble() >= 0 ? "+" : "") + Format.number(slope.getAsDouble(), 3) + " " + unit + " per day"
                    + (r2.isPresent() ? ", R\u00B2 " + Format.number(r2.getAsDouble(), 2) : "")
                    : "not enough days for a trend";
            charts.add(new TrendChart("trend-" + i, Nodes.text(t, "series"), summary, dailyChart(t, unit)));
        }
        return charts;
    }

    private static String dailyChart(JsonNode trend, String unit) {
        ObjectNode chart = JsonNodeFactory.instance.objectNode();
        chart.put("kind", "daily");
        chart.put("unit", unit);
        ArrayNode labels = chart.putArray("labels");
        ObjectNode set = chart.putArray("datasets").addObject();
        set.put("label", Nodes.text(trend, "series") + " (" + unit + ")");
        ArrayNode data = set.putArray("data");
        for (JsonNode d : Nodes.list(trend, "dailyP95")) {
            labels.add(Nodes.text(d, "day"));
            data.add(Nodes.number(d, "value", 0));
        }
        return chart.toString();
    }

    private static List<Step> crossings(JsonNode report) {
        return Nodes.list(report, "crossings").stream()
                .map(c -> new Step(Nodes.text(c, "series") + " vs " + Nodes.text(c, "threshold") + " ("
                        + Format.number(Nodes.number(c, "limit", 0)) + " " + Nodes.text(c, "unit") + ")", crossingText(c)))
                .toList();
    }

    private static String crossingText(JsonNode c) {
        String date = Nodes.text(c, "date");
        String status = Nodes.text(c, "status").replace('-', ' ');
        String text = date.isEmpty() ? status : status + ": " + date;
        return Nodes.flag(c, "weakTrend", false) ? text + " (weak trend)" : text;
    }
}
