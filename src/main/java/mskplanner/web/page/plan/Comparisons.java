package mskplanner.web.page.plan;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import mskplanner.web.page.Nodes;

/**
 * The plan answer's {@code serverless} and {@code alternatives} parts as comparison rows, beside the overall MSK pick.
 * Parts the answer does not carry are simply not shown.
 */
final class Comparisons {
    private static final Map<String, String> EC2_VARIANTS = new java.util.LinkedHashMap<>();

    static {
        EC2_VARIANTS.put("onDemand", "on-demand");
        EC2_VARIANTS.put("reserved1yr", "1-year Reserved Instances");
        EC2_VARIANTS.put("reserved3yr", "3-year Reserved Instances");
        EC2_VARIANTS.put("savingsPlan1yr", "1-year Savings Plan");
        EC2_VARIANTS.put("savingsPlan3yr", "3-year Savings Plan");
    }

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
            rows.add(new ComparisonRow("MSK Provisioned (the overall pick)", overall.option().title(),
                    overall.option().monthlyUsd(), overall.option().fitsQuota(), List.of(), List.of()));
        }
        if (!isAbsent(serverless)) {
            rows.add(new ComparisonRow("MSK Serverless", "", monthly(serverless), fits(serverless), violations(serverless),
                    history(serverless)));
        }
        if (!isAbsent(alternatives)) {
            ec2(alternatives.get("selfManagedEc2"), rows);
            kinesis(alternatives.get("kinesis"), rows);
            JsonNode connect = alternatives.get("connect");
            if (!isAbsent(connect)) {
                rows.add(new ComparisonRow("MSK Connect (in addition)", "", monthly(connect), null, List.of(),
                        Nodes.texts(connect, "notes")));
            }
        }
        return rows;
    }

    private static void ec2(JsonNode ec2, List<ComparisonRow> rows) {
        if (isAbsent(ec2)) {
            return;
        }
        String sizing = Nodes.integer(ec2, "brokers") + " \u00D7 " + Nodes.text(ec2, "ec2Type");
        List<String> notes = Nodes.texts(ec2, "notes");
        EC2_VARIANTS.forEach((key, label) -> {
            JsonNode variant = ec2.get(key);
            if (!isAbsent(variant) && monthly(variant) != null) {
                rows.add(new ComparisonRow("Self-managed Kafka on EC2, " + label, sizing, monthly(variant), null, List.of(),
                        key.equals("onDemand") ? notes : List.of()));
            }
        });
    }

    private static void kinesis(JsonNode kinesis, List<ComparisonRow> rows) {
        if (isAbsent(kinesis)) {
            return;
        }
        JsonNode shards = kinesis.get("shards");
        String detail = shards == null ? "" : Nodes.integer(shards, "shards") + " shards";
        rows.add(new ComparisonRow("Kinesis Data Streams, provisioned", detail, monthly(kinesis.get("provisioned")),
                fits(kinesis), violations(kinesis), Nodes.texts(kinesis, "notes")));
        rows.add(new ComparisonRow("Kinesis Data Streams, on-demand", "", monthly(kinesis.get("onDemand")), fits(kinesis),
                violations(kinesis), List.of()));
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
