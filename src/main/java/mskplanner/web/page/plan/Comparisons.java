package mskplanner.web.page.plan;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import mskplanner.web.page.Nodes;

/**
 * The plan answer's {@code serverless} and {@code alternatives} parts as comparison rows, beside the overall MSK pick,
 * each with whether the workload fits and why not. Parts the answer does not carry are not shown.
 */
final class Comparisons {
    private Comparisons() {
    }

    static List<ComparisonRow> of(JsonNode answer, PickView overall) {
        List<ComparisonRow> rows = new ArrayList<>();
        JsonNode serverless = answer.get("serverless");
        JsonNode alternatives = answer.get("alternatives");
        if (isAbsent(serverless) && isAbsent(alternatives)) {
            return rows;
        }
        if (overall.present()) {
            OptionView o = overall.option();
            rows.add(new ComparisonRow("MSK Provisioned (the overall pick)", o.title(), o.monthlyUsd(), o.discountedMonthlyUsd(),
                    o.fitsQuota(), List.of(), List.of()));
        }
        if (!isAbsent(serverless)) {
            List<String> notes = new ArrayList<>(Nodes.texts(serverless, "notes"));
            notes.addAll(history(serverless));
            String partitions = Nodes.integer(serverless, "partitions") > 0 ? Nodes.integer(serverless, "partitions") + " partitions" : "";
            rows.add(new ComparisonRow("MSK Serverless", partitions, monthly(serverless),
                    Nodes.decimal(serverless, "discountedMonthlyUsd"), fits(serverless), violations(serverless), notes));
        }
        if (!isAbsent(alternatives)) {
            ec2(alternatives.get("selfManagedEc2"), rows);
            kinesis(alternatives.get("kinesis"), rows);
            JsonNode connect = alternatives.get("connect");
            if (!isAbsent(connect)) {
                rows.add(new ComparisonRow("MSK Connect (in addition)", connectSizing(connect), monthly(connect), null, null,
                        List.of(), Nodes.texts(connect, "notes")));
            }
        }
        return rows;
    }

    /** One row, on-demand: the ranking lists every way of paying for the instances. */
    private static void ec2(JsonNode ec2, List<ComparisonRow> rows) {
        if (isAbsent(ec2)) {
            return;
        }
        String type = Nodes.text(ec2, "instanceType").isEmpty() ? Nodes.text(ec2, "ec2Type") : Nodes.text(ec2, "instanceType");
        String sizing = type.isEmpty() ? "" : Nodes.integer(ec2, "brokers") + " \u00D7 " + type;
        rows.add(new ComparisonRow("Self-managed Kafka on EC2, on-demand", sizing, monthly(ec2.get("onDemand")), null, null,
                List.of(), Nodes.texts(ec2, "notes")));
    }

    private static void kinesis(JsonNode kinesis, List<ComparisonRow> rows) {
        if (isAbsent(kinesis)) {
            return;
        }
        JsonNode shards = kinesis.get("shards");
        String detail = shards == null ? "" : shards.isNumber() ? shards.asLong() + " shards"
                : Nodes.integer(shards, "shards") + " shards";
        String bottleneck = Nodes.text(kinesis, "shardBottleneck");
        if (!detail.isEmpty() && !bottleneck.isEmpty()) {
            detail += " (for " + bottleneck + ")";
        }
        rows.add(new ComparisonRow("Kinesis Data Streams, provisioned", detail, monthly(kinesis.get("provisioned")), null,
                fits(kinesis), violations(kinesis), Nodes.texts(kinesis, "notes")));
        rows.add(new ComparisonRow("Kinesis Data Streams, on-demand", "", monthly(kinesis.get("onDemand")), null, fits(kinesis),
                violations(kinesis), List.of()));
    }

    private static String connectSizing(JsonNode connect) {
        int workers = Nodes.integer(connect, "connectWorkers");
        return workers == 0 ? "" : workers + " workers \u00D7 " + Nodes.number(connect, "mcuPerWorker", 1) + " MCU";
    }

    /** A bill's total: {@code monthlyUsd} on the node itself or on its {@code cost}. */
    private static BigDecimal monthly(JsonNode node) {
        if (isAbsent(node)) {
            return null;
        }
        BigDecimal direct = Nodes.decimal(node, "monthlyUsd");
        return direct != null ? direct : Nodes.decimal(node.get("cost"), "monthlyUsd");
    }

    private static Boolean fits(JsonNode node) {
        JsonNode v = node.get("fits");
        return v != null && v.isBoolean() ? v.asBoolean() : null;
    }

    private static List<String> violations(JsonNode node) {
        return Nodes.list(node, "violations").stream().map(v -> v.isTextual() ? v.asText()
                : !Nodes.text(v, "message").isEmpty() ? Nodes.text(v, "message")
                : Nodes.text(v, "quota") + ": " + Nodes.text(v, "workloadValue") + " > " + Nodes.text(v, "limit")).toList();
    }

    private static List<String> history(JsonNode serverless) {
        return Nodes.list(serverless, "history").stream().map(h -> h.isTextual() ? h.asText()
                : "Older limit (" + Nodes.text(h, "asOf") + "): " + Nodes.text(h, "quota") + " " + Nodes.text(h, "olderLimit")
                + ", now " + Nodes.text(h, "currentLimit") + ".").toList();
    }

    private static boolean isAbsent(JsonNode node) {
        return node == null || node.isNull() || node.isMissingNode();
    }
}
