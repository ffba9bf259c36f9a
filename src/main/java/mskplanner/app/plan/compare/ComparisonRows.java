package mskplanner.app.plan.compare;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import mskplanner.app.Json;
import mskplanner.app.plan.OptionDto;
import mskplanner.app.plan.PlanField;
import mskplanner.app.plan.PlanQuery;
import mskplanner.app.plan.PlanRequest;
import mskplanner.app.plan.PlanResponse;
import mskplanner.engine.units.Units;
import mskplanner.pricing.PricingData;

/** The lines of a comparison: the inputs that differ (a field left out counts as its default), then the results. */
final class ComparisonRows {
    private static final String USD_PER_MONTH = "USD/month";

    private ComparisonRows() {
    }

    static List<ComparisonRow> of(List<PlanRequest> requests, List<PlanResponse> plans, PricingData pricing) {
        List<ComparisonRow> rows = new ArrayList<>(differingInputs(requests, pricing));
        rows.add(row(plans, "partitions.recommended", "Partitions", "partitions", p -> p.partitions().recommended()));
        rows.add(overall(plans, "recommended.overall", "Overall pick", "", o -> o.instanceType() + " x " + o.brokers()));
        rows.add(overall(plans, "recommended.overall.monthlyUsd", "Overall pick, monthly", USD_PER_MONTH, OptionDto::monthlyUsd));
        rows.add(overall(plans, "recommended.overall.annualUsd", "Overall pick, annual", "USD/year",
                o -> Units.annual(o.monthlyUsd())));
        rows.add(overall(plans, "recommended.overall.bottleneck", "Overall pick, bottleneck", "", OptionDto::bottleneck));
        rows.add(overall(plans, "recommended.overall.storageGiBPerBroker", "Overall pick, storage per broker", "GiB",
                OptionDto::storageGiBPerBroker));
        rows.add(row(plans, "recommended.m5.monthlyUsd", "Cheapest m5, monthly", USD_PER_MONTH, p -> usd(p.recommended().m5())));
        rows.add(row(plans, "recommended.m7g.monthlyUsd", "Cheapest m7g, monthly", USD_PER_MONTH, p -> usd(p.recommended().m7g())));
        rows.add(row(plans, "recommended.express.monthlyUsd", "Cheapest Express, monthly", USD_PER_MONTH,
                p -> usd(p.recommended().express())));
        rows.add(row(plans, "serverless.monthlyUsd", "Serverless, monthly", USD_PER_MONTH,
                p -> p.serverless() == null ? null : p.serverless().monthlyUsd()));
        rows.add(row(plans, "serverless.fits", "Serverless fits", "", p -> p.serverless() == null ? null : p.serverless().fits()));
        rows.add(row(plans, "cheapest.deployment", "Cheapest deployment", "", p -> p.cheapest() == null ? null : p.cheapest().deployment()));
        rows.add(row(plans, "cheapest.monthlyUsd", "Cheapest deployment, monthly", USD_PER_MONTH,
                p -> p.cheapest() == null ? null : p.cheapest().monthlyUsd()));
        return rows;
    }

    private static List<ComparisonRow> differingInputs(List<PlanRequest> requests, PricingData pricing) {
        List<JsonNode> trees = requests.stream()
                .map(r -> (JsonNode) Json.mapper().valueToTree(r)).toList();
        List<ComparisonRow> rows = new ArrayList<>();
        for (PlanField field : PlanField.values()) {
            List<Object> values = trees.stream().map(t -> input(field, t, pricing)).toList();
            ComparisonRow row = ComparisonRow.of(field.fieldName(), field.label(), field.unit(), new ArrayList<>(values));
            if (row.differs()) {
                rows.add(row);
            }
        }
        return rows;
    }

    /** The value given, or the field's default; null when the default follows from other fields. */
    private static Object input(PlanField field, JsonNode request, PricingData pricing) {
        JsonNode given = request.get(field.fieldName());
        if (given == null || given.isNull()) {
            return PlanQuery.value(field, field.defaultValue(pricing));
        }
        if (given.isNumber()) {
            return given.numberValue();
        }
        return given.isBoolean() ? given.booleanValue() : given.asText();
    }

    private static ComparisonRow row(List<PlanResponse> plans, String name, String label, String unit,
                                     Function<PlanResponse, Object> value) {
        List<Object> values = new ArrayList<>();
        plans.forEach(p -> values.add(value.apply(p)));
        return ComparisonRow.of(name, label, unit, values);
    }

    private static ComparisonRow overall(List<PlanResponse> plans, String name, String label, String unit,
                                         Function<OptionDto, Object> value) {
        return row(plans, name, label, unit, p -> p.recommended().overall() == null ? null : value.apply(p.recommended().overall()));
    }

    private static Object usd(OptionDto pick) {
        return pick == null ? null : pick.monthlyUsd();
    }
}
