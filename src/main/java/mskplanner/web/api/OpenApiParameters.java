package mskplanner.web.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import mskplanner.app.CsvLayout;
import mskplanner.app.Representation;
import mskplanner.app.Select;
import mskplanner.app.plan.PlanField;
import mskplanner.pricing.PricingData;

/** The query parameters of the OpenAPI document: the plan's from {@link PlanField}, and those of the answer's form. */
final class OpenApiParameters {
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private final PricingData pricing;

    OpenApiParameters(PricingData pricing) {
        this.pricing = pricing;
    }

    void plan(ObjectNode op) {
        for (PlanField f : PlanField.values()) {
            ObjectNode schema = switch (f.kind()) {
                case NUMBER -> JSON.objectNode().put("type", "number");
                case WHOLE_NUMBER -> JSON.objectNode().put("type", "integer");
                case YES_NO -> JSON.objectNode().put("type", "boolean");
                case CHOICE -> choice(f.choices(pricing).stream().map(PlanField.Choice::value).toList());
            };
            String byDefault = f.defaultValue(pricing);
            if (!byDefault.isEmpty()) {
                schema.set("default", typed(f.kind(), byDefault));
            }
            String range = f.range(pricing);
            schema.put("x-accepted", range);
            String unit = f.unit().isEmpty() ? "" : " (" + f.unit() + ")";
            String derived = f.derivedDefault().map(d -> " Default: " + d + ".").orElse("");
            parameter(op, f.fieldName(), schema, f.label() + unit + ". " + f.help() + " Accepted: " + range + "." + derived);
        }
    }

    void representation(ObjectNode op) {
        parameter(op, Representation.FORMAT, choice(List.of("json", "csv")).put("default", "json"),
                "The answer's form; Accept: text/csv also asks for CSV. Accepted: csv or json.");
        parameter(op, Select.PARAMETER, JSON.objectNode().put("type", "string"),
                "One value of the JSON answer as text/plain, by a path of field names and indexes joined by dots "
                        + "(e.g. recommended.overall.monthlyUsd or options.0.brokers). Not with format=csv.");
        csvLayout(op, false);
    }

    void csvLayout(ObjectNode op, boolean withFormat) {
        if (withFormat) {
            parameter(op, Representation.FORMAT, choice(List.of("json", "csv")).put("default", "json"),
                    "The answer's form; Accept: text/csv also asks for CSV. Accepted: csv or json.");
        }
        parameter(op, CsvLayout.FIELDS, JSON.objectNode().put("type", "string"),
                "CSV only: the columns to answer, comma-separated, in that order (e.g. instanceType,monthlyUsd).");
        parameter(op, CsvLayout.HEADER, JSON.objectNode().put("type", "boolean").put("default", true),
                "CSV only: false leaves out the header row. Accepted: true or false.");
        parameter(op, CsvLayout.DELIMITER, choice(List.of("comma", "semicolon")).put("default", "comma"),
                "CSV only: the cell separator (semicolon for spreadsheets whose decimal mark is a comma).");
        parameter(op, Representation.CACHE_BUSTER, JSON.objectNode().put("type", "string"),
                "Ignored: a cache-buster a spreadsheet may add (&_=123) to refresh.");
    }

    static void parameter(ObjectNode op, String name, ObjectNode schema, String description) {
        ObjectNode p = op.withArray("parameters").addObject();
        p.put("name", name).put("in", "query").put("required", false).put("description", description);
        p.set("schema", schema);
    }

    static ObjectNode choice(List<String> values) {
        ObjectNode schema = JSON.objectNode().put("type", "string");
        ArrayNode allowed = schema.putArray("enum");
        values.forEach(allowed::add);
        return schema;
    }

    /** A default in the field's own JSON type, so a client generated from the document gets a number, not text. */
    private static JsonNode typed(PlanField.Kind kind, String value) {
        return switch (kind) {
            case NUMBER -> JSON.numberNode(Double.parseDouble(value));
            case WHOLE_NUMBER -> JSON.numberNode(Integer.parseInt(value));
            case YES_NO -> JSON.booleanNode(Boolean.parseBoolean(value));
            case CHOICE -> JSON.textNode(value);
        };
    }
}
