package mskplanner.web.page.plan;

import mskplanner.engine.format.Format;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import mskplanner.engine.format.Format;
import mskplanner.web.page.Nodes;

/**
 * The plan answer's {@code breakEven} part: each deployment's monthly cost along average ingress (data GB per hour),
 * the workload marked on every curve, and the crossovers in words (which carry the numbers without the chart).
 */
final class BreakEvenChart {
    /** 1 MB/s for an hour is 3,600 MB = 3.6e9 bytes = 3.35 GB of 2^30 bytes, the GB the API bills and sweeps in. */
    static final double GB_PER_HOUR_PER_MBPS = 3.6e9 / (1L << 30);

    private BreakEvenChart() {
    }

    static BreakEvenView of(JsonNode answer, String currency) {
        JsonNode breakEven = answer.get("breakEven");
        if (breakEven == null || breakEven.isNull() || Nodes.list(breakEven, "curves").isEmpty()) {
            return null;
        }
        OptionalDouble workload = workloadGBPerHour(answer, breakEven);
        ObjectNode chart = JsonNodeFactory.instance.objectNode();
        chart.put("kind", "cost-curves");
        chart.put("currency", currency);
        chart.put("xTitle", "Average ingress, GB per hour");
        ArrayNode datasets = chart.putArray("datasets");
        ArrayNode marks = JsonNodeFactory.instance.arrayNode();
        for (JsonNode curve : Nodes.list(breakEven, "curves")) {
            ObjectNode set = datasets.addObject();
            set.put("label", Nodes.text(curve, "label").isEmpty() ? Nodes.text(curve, "deployment") : Nodes.text(curve, "label"));
            ArrayNode data = set.putArray("data");
            List<JsonNode> points = Nodes.list(curve, "points");
            points.forEach(p -> data.addObject().put("x", Nodes.number(p, "avgIngressGBPerHour", 0))
                    .put("y", Nodes.number(p, "monthlyUsd", 0)));
            workload.ifPresent(x -> interpolate(points, x).ifPresent(y -> marks.addObject().put("x", x).put("y", y)));
        }
        if (workload.isPresent() && !marks.isEmpty()) {
            ObjectNode marker = datasets.addObject();
            marker.put("label", "This workload (" + Format.number(workload.getAsDouble(), 1) + " GB/h)");
            marker.put("marker", true);
            marker.put("color", "#cf222e");
            marker.set("data", marks);
        }
        List<String> crossovers = new ArrayList<>();
        for (JsonNode c : Nodes.list(breakEven, "crossovers")) {
            crossovers.add(!Nodes.text(c, "sentence").isEmpty() ? Nodes.text(c, "sentence")
                    : Nodes.text(c, "cheaper") + " is cheaper than " + Nodes.text(c, "than") + " below "
                    + Format.number(Nodes.number(c, "belowGBPerHour", 0), 1) + " GB/hour ingested");
        }
        return new BreakEvenView(chart.toString(), crossovers,
                workload.isPresent() ? Format.number(workload.getAsDouble(), 1) + " GB/h" : "", Nodes.texts(breakEven, "notes"));
    }

    private static OptionalDouble workloadGBPerHour(JsonNode answer, JsonNode breakEven) {
        OptionalDouble given = Nodes.number(breakEven, "workloadGBPerHour");
        if (given.isPresent()) {
            return given;
        }
        OptionalDouble avg = Nodes.number(answer.get("workload"), "avgIngressMBps");
        return avg.isPresent() ? OptionalDouble.of(avg.getAsDouble() * GB_PER_HOUR_PER_MBPS) : OptionalDouble.empty();
    }

    /** The curve's cost at {@code x}, linear between samples; empty outside the curve (e.g. beyond Serverless quotas). */
    static OptionalDouble interpolate(List<JsonNode> points, double x) {
        for (int i = 1; i < points.size(); i++) {
            double x0 = Nodes.number(points.get(i - 1), "avgIngressGBPerHour", 0);
            double x1 = Nodes.number(points.get(i), "avgIngressGBPerHour", 0);
            if (x >= x0 && x <= x1) {
                double y0 = Nodes.number(points.get(i - 1), "monthlyUsd", 0);
                double y1 = Nodes.number(points.get(i), "monthlyUsd", 0);
                return OptionalDouble.of(x1 == x0 ? y0 : y0 + (y1 - y0) * (x - x0) / (x1 - x0));
            }
        }
        return OptionalDouble.empty();
    }
}
