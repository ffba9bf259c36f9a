package mskplanner.web.page;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import mskplanner.engine.catalog.InstanceType;
import mskplanner.pricing.PricingData;

/**
 * The estimate form: region and hours, then {@link #ROWS} cluster rows whose inputs are named {@code c<row>.<field>}
 * after the API's {@code clusters[i].<field>}. A row left blank is not priced; an error on {@code clusters[i].x} is
 * shown beside input {@code c<row>.x} of the row that became cluster {@code i}.
 */
public final class EstimateForm {
    public static final int ROWS = 4;
    private static final Pattern CLUSTER_FIELD = Pattern.compile("clusters\\[(\\d+)](?:\\.(\\w+))?");

    private final List<Field> general;
    private final List<Field> cluster;

    public EstimateForm(PricingData pricing) {
        this.general = List.of(
                Field.select("region", "Region", "us-east-1", "Prices of this region are used.", regions(pricing)),
                Field.number("hoursPerMonth", "Hours per month", "h", "730", "730 is the average month; 744 for a 31-day month."));
        this.cluster = List.of(
                Field.text("name", "Name", "", "A label for the bill."),
                Field.select("type", "Type", "", null, List.of(new Field.Option("", "(not used)"),
                        new Field.Option("standard", "MSK Provisioned, Standard brokers"),
                        new Field.Option("express", "MSK Provisioned, Express brokers"),
                        new Field.Option("serverless", "MSK Serverless"),
                        new Field.Option("connect", "MSK Connect"),
                        new Field.Option("replicator", "MSK Replicator"))),
                Field.select("instanceType", "Broker size", "", "Standard and Express.", instanceTypes(pricing)),
                Field.wholeNumber("brokers", "Brokers", "", "", "Standard and Express: a multiple of the AZ count."),
                Field.number("storageGiBPerBroker", "EBS storage per broker", "GiB", "", "Standard."),
                Field.number("provisionedThroughputMiBps", "Provisioned storage throughput per broker", "MiB/s", "",
                        "Standard, 4xlarge and larger; empty or 0 = off."),
                Field.number("tieredStorageGiB", "Tiered storage", "GiB", "", "Standard: data in tiered storage, one copy."),
                Field.wholeNumber("availabilityZones", "Availability zones", "", "", "Standard: 2 or 3; empty = what the broker count fits."),
                Field.number("storageGiB", "Storage", "GiB-month", "", "Express and Serverless: data stored, one copy."),
                Field.number("dataInGiB", "Data written", "GiB per month", "", "Express and Serverless."),
                Field.number("dataOutGiB", "Data read", "GiB per month", "", "Serverless."),
                Field.wholeNumber("partitions", "Partitions", "", "", "Serverless."),
                Field.number("mcus", "MSK Connect units", "MCU", "", "Connect: workers x MCUs per worker."),
                Field.number("avgIngressMBps", "Average ingress", "MB/s", "",
                        "Standard and Express: bills cross-AZ transfer (and Express data written when that is empty)."),
                Field.number("avgEgressMBps", "Average egress", "MB/s", "",
                        "Standard and Express: all consumer groups; empty = the ingress."),
                Field.optionalYesNo("rackAwareConsumers", "Rack-aware consumers", "(empty: yes)",
                        "Standard and Express: consumers fetch from a replica in their own AZ."),
                Field.wholeNumber("replicators", "Replicators", "", "", "Replicator: empty = 1."),
                Field.number("dataReplicatedGiB", "Data replicated", "GiB per month", "", "Replicator."));
    }

    /** Which cluster types an input applies to; a small script hides the others. */
    static String appliesTo(String clusterField) {
        return switch (clusterField) {
            case "instanceType", "brokers" -> "standard express";
            case "storageGiBPerBroker", "provisionedThroughputMiBps", "tieredStorageGiB", "availabilityZones" -> "standard";
            case "storageGiB", "dataInGiB" -> "express serverless";
            case "dataOutGiB", "partitions" -> "serverless";
            case "mcus" -> "connect";
            case "avgIngressMBps", "avgEgressMBps", "rackAwareConsumers" -> "standard express";
            case "replicators", "dataReplicatedGiB" -> "replicator";
            default -> "standard express serverless connect replicator";
        };
    }

    public List<Field> general() {
        return general;
    }

    /** The inputs of one cluster row, named {@code c<row>.<field>}. */
    public List<EstimatePage.RowInput> row(int row) {
        return cluster.stream().map(f -> new EstimatePage.RowInput(f.named(rowInput(row, f.name())), appliesTo(f.name()))).toList();
    }

    public static String rowInput(int row, String field) {
        return "c" + row + "." + field;
    }

    /** A fresh form: two example clusters a visitor can price at once, two rows free. */
    public FormState defaults() {
        Map<String, String> values = new LinkedHashMap<>();
        general.forEach(f -> values.put(f.name(), f.defaultValue()));
        put(values, 0, Map.of("name", "orders", "type", "standard", "instanceType", "kafka.m7g.large", "brokers", "3",
                "storageGiBPerBroker", "1000"));
        put(values, 1, Map.of("name", "analytics", "type", "express", "instanceType", "express.m7g.large", "brokers", "3",
                "storageGiB", "500", "dataInGiB", "2000"));
        return FormState.of(values);
    }

    private static void put(Map<String, String> values, int row, Map<String, String> fields) {
        fields.forEach((k, v) -> values.put(rowInput(row, k), v));
    }

    /** True when the query carries any input of this form, i.e. the visitor asked for an estimate. */
    public boolean isSubmitted(Map<String, List<String>> query) {
        return inputNames().stream().anyMatch(query::containsKey);
    }

    /** The submitted values, exactly as typed; an input missing from the query is blank. */
    public FormState read(Map<String, List<String>> query) {
        Map<String, String> values = new LinkedHashMap<>();
        for (String name : inputNames()) {
            List<String> v = query.get(name);
            values.put(name, v == null || v.isEmpty() ? "" : v.get(0));
        }
        return FormState.of(values);
    }

    /** Every input's name: region, hoursPerMonth and {@code c<row>.<field>} for each row (the GET estimate API reads these too). */
    public List<String> inputNames() {
        List<String> names = new ArrayList<>(general.stream().map(Field::name).toList());
        for (int row = 0; row < ROWS; row++) {
            for (Field f : cluster) {
                names.add(rowInput(row, f.name()));
            }
        }
        return names;
    }

    /**
     * The estimate request in the API's JSON shape (so the API's own parsing and error paths apply) and, for each
     * cluster in it, the form row it came from.
     */
    public record Request(ObjectNode json, List<Integer> rows) {
        /** The input an error on API field {@code field} belongs to, or {@link FormState#FORM}. */
        public String inputFor(String field) {
            if (field == null) {
                return FormState.FORM;
            }
            Matcher m = CLUSTER_FIELD.matcher(field);
            if (m.matches()) {
                int index = Integer.parseInt(m.group(1));
                if (index >= rows.size()) {
                    return FormState.FORM;
                }
                return rowInput(rows.get(index), m.group(2) == null ? "type" : m.group(2));
            }
            return field.equals("region") || field.equals("hoursPerMonth") ? field : FormState.FORM;
        }
    }

    public Request request(FormState form) {
        ObjectNode json = JsonNodeFactory.instance.objectNode();
        for (Field f : general) {
            RequestJson.put(json, f, form.value(f.name()));
        }
        ArrayNode clusters = json.putArray("clusters");
        List<Integer> rows = new ArrayList<>();
        for (int row = 0; row < ROWS; row++) {
            ObjectNode c = JsonNodeFactory.instance.objectNode();
            for (Field f : cluster) {
                RequestJson.put(c, f, form.value(rowInput(row, f.name())));
            }
            if (!c.isEmpty()) {
                clusters.add(c);
                rows.add(row);
            }
        }
        return new Request(json, rows);
    }

    private static List<Field.Option> regions(PricingData pricing) {
        return pricing.regions().stream().map(r -> new Field.Option(r, pricing.regionLabel(r))).toList();
    }

    private static List<Field.Option> instanceTypes(PricingData pricing) {
        List<Field.Option> options = new ArrayList<>(List.of(new Field.Option("", "(none)")));
        for (InstanceType t : pricing.catalog().instanceTypes()) {
            options.add(new Field.Option(t.name(), t.name()));
        }
        return options;
    }
}
