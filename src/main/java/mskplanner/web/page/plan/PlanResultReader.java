package mskplanner.web.page.plan;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import mskplanner.app.LineItemDto;
import mskplanner.web.page.Nodes;

/** Turns the plan API's JSON answer into what the page shows. */
final class PlanResultReader {
    static final List<String> PICK_KEYS = List.of("overall", "m5", "m7g", "express");
    private static final Map<String, String> PICK_LABELS = Map.of("overall", "Overall", "m5", "Standard m5",
            "m7g", "Standard m7g", "express", "Express");
    private static final BigDecimal MONTHS_PER_YEAR = BigDecimal.valueOf(12);

    private PlanResultReader() {
    }

    static PlanResult read(JsonNode answer, Map<String, List<String>> request, ApiCall api) {
        List<OptionView> options = new ArrayList<>();
        for (JsonNode o : Nodes.list(answer, "options")) {
            options.add(option(o));
        }
        List<PickView> picks = picks(answer.get("recommended"), options);
        List<OptionView> marked = options.stream().map(o -> o.withPicks(picksOf(o, picks)))
                .sorted(Comparator.comparing((OptionView o) -> !o.fitsQuota()).thenComparing(OptionView::monthlyUsd,
                        Comparator.nullsLast(Comparator.naturalOrder())))
                .toList();
        List<PickView> markedPicks = picks.stream().map(p -> p.present()
                ? new PickView(p.key(), p.label(), p.option().withPicks(picksOf(p.option(), picks))) : p).toList();
        return new PlanResult(PlanSummary.of(answer), markedPicks, PartitionSteps.of(answer, request), marked,
                CostChart.json(marked, currency(answer)), Ranking.of(answer), Comparisons.of(answer, markedPicks.get(0)),
                BreakEvenChart.of(answer, currency(answer)), Nodes.flatten(answer.get("assumptions")),
                Nodes.texts(answer, "warnings"), pricingSource(answer.get("pricing")), api);
    }

    private static OptionView option(JsonNode o) {
        int brokers = Nodes.integer(o, "brokers");
        String bottleneck = Nodes.text(o, "bottleneck");
        List<ConstraintBar> bars = Nodes.list(o, "constraints").stream()
                .map(c -> new ConstraintBar(Nodes.text(c, "name"), Nodes.integer(c, "brokersNeeded"),
                        Nodes.number(c, "demand", 0), Nodes.number(c, "capacityPerBroker", 0), Nodes.text(c, "unit"),
                        brokers, Nodes.text(c, "name").equals(bottleneck)))
                .toList();
        BigDecimal monthly = Nodes.decimal(o, "monthlyUsd");
        BigDecimal annual = Nodes.decimal(o, "annualUsd");
        if (annual == null && monthly != null) {
            annual = monthly.multiply(MONTHS_PER_YEAR);
        }
        return new OptionView(Nodes.text(o, "deployment"), Nodes.text(o, "instanceType"), brokers, bottleneck, bars,
                Nodes.number(o, "storageGiBPerBroker", 0), Nodes.number(o, "tieredStorageGiB", 0),
                Nodes.number(o, "sustainedLimitMBps").isPresent() ? Nodes.number(o, "sustainedLimitMBps").getAsDouble() : null,
                monthly, Nodes.decimal(o, "discountedMonthlyUsd"), annual, lineItems(o), Nodes.flag(o, "fitsQuota", true),
                Nodes.texts(o, "warnings"), List.of());
    }

    private static List<LineItemDto> lineItems(JsonNode o) {
        List<LineItemDto> lines = new ArrayList<>();
        for (JsonNode l : Nodes.list(o, "lineItems")) {
            lines.add(new LineItemDto(Nodes.text(l, "item"), Nodes.decimal(l, "quantity"), Nodes.text(l, "unit"),
                    Nodes.decimal(l, "unitPriceUsd"), Nodes.decimal(l, "monthlyUsd")));
        }
        return lines;
    }

    /** The API names a pick by an option object, an instance type or an index into the options. */
    private static List<PickView> picks(JsonNode recommended, List<OptionView> options) {
        List<PickView> picks = new ArrayList<>();
        for (String key : PICK_KEYS) {
            JsonNode ref = recommended == null ? null : recommended.get(key);
            picks.add(new PickView(key, PICK_LABELS.get(key), resolve(ref, options)));
        }
        return picks;
    }

    private static OptionView resolve(JsonNode ref, List<OptionView> options) {
        if (ref == null || ref.isNull()) {
            return null;
        }
        if (ref.isInt() && ref.asInt() >= 0 && ref.asInt() < options.size()) {
            return options.get(ref.asInt());
        }
        String type = ref.isTextual() ? ref.asText() : Nodes.text(ref, "instanceType");
        return options.stream().filter(o -> o.instanceType().equals(type)).findFirst()
                .orElseGet(() -> ref.isObject() ? option(ref) : null);
    }

    private static List<String> picksOf(OptionView option, List<PickView> picks) {
        return picks.stream().filter(p -> p.present() && p.option().instanceType().equals(option.instanceType()))
                .map(PickView::key).toList();
    }

    private static String currency(JsonNode answer) {
        String c = Nodes.text(answer.get("pricing"), "currency");
        return c.isEmpty() ? "USD" : c;
    }

    private static String pricingSource(JsonNode pricing) {
        if (pricing == null) {
            return "";
        }
        String published = Nodes.text(pricing, "publicationDate");
        return Nodes.text(pricing, "source") + (published.isEmpty() ? "" : ", published " + published);
    }
}
