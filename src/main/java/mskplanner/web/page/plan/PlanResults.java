package mskplanner.web.page.plan;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;
import mskplanner.app.PricingInfo;
import mskplanner.app.plan.OptionDto;
import mskplanner.app.plan.PlanRequest;
import mskplanner.app.plan.PlanResponse;

/** The plan service's typed answer as what the results part of the page shows; every figure is the answer's own. */
final class PlanResults {
    /** The recommendation classes in the order the page shows them, overall first. */
    private enum PickClass {
        OVERALL("overall", "Cheapest MSK cluster", PlanResponse.Recommended::overall, o -> true),
        M5("m5", "Standard m5", PlanResponse.Recommended::m5, o -> o.instanceType().startsWith("kafka.m5.")),
        M7G("m7g", "Standard m7g", PlanResponse.Recommended::m7g, o -> o.instanceType().startsWith("kafka.m7g.")),
        EXPRESS("express", "Express", PlanResponse.Recommended::express, o -> o.instanceType().startsWith("express."));

        final String key;
        final String label;
        final Function<PlanResponse.Recommended, OptionDto> pick;
        final Predicate<OptionDto> member;

        PickClass(String key, String label, Function<PlanResponse.Recommended, OptionDto> pick, Predicate<OptionDto> member) {
            this.key = key;
            this.label = label;
            this.member = member;
            this.pick = pick;
        }
    }

    private PlanResults() {
    }

    static PlanResult of(PlanResponse answer, PlanRequest request, ApiCall api) {
        List<PickView> picks = picks(answer);
        List<OptionView> options = answer.options().stream()
                .map(o -> OptionView.of(o, answer.region(), answer.assumptions().hoursPerMonth()).withPicks(picksOf(o, answer.recommended())))
                .sorted(Comparator.comparing((OptionView o) -> !o.option().fitsQuota()).thenComparing(o -> o.option().monthlyUsd(),
                        Comparator.nullsLast(Comparator.naturalOrder())))
                .toList();
        String currency = currency(answer.pricing());
        return new PlanResult(PlanSummary.of(answer), picks, PartitionSteps.of(answer, request.consumerGroups()), options,
                CostChart.json(options, currency), Ranking.of(answer), Comparisons.of(answer, picks.get(0)),
                BreakEvenChart.of(answer.breakEven(), answer.ranking(), currency), AssumptionSteps.of(answer.assumptions()),
                answer.warnings(), pricingSource(answer.pricing()), api, mskplanner.web.page.TopicsView.forPlan(answer.topics()));
    }

    private static List<PickView> picks(PlanResponse answer) {
        PlanResponse.Recommended recommended = answer.recommended();
        List<PickView> picks = new ArrayList<>();
        for (PickClass c : PickClass.values()) {
            OptionDto pick = c.pick.apply(recommended);
            picks.add(new PickView(c.key, c.label, pick == null ? null
                    : OptionView.of(pick, answer.region(), answer.assumptions().hoursPerMonth()).withPicks(picksOf(pick, recommended)),
                    pick == null ? List.of() : ties(answer, c, pick)));
        }
        return picks;
    }

    /** The class's other options within the quota that cost the pick's amount to the cent. */
    private static List<OptionDto> ties(PlanResponse answer, PickClass c, OptionDto pick) {
        return answer.options().stream()
                .filter(o -> o.fitsQuota() && c.member.test(o) && !o.instanceType().equals(pick.instanceType()))
                .filter(o -> o.monthlyUsd() != null && o.monthlyUsd().compareTo(pick.monthlyUsd()) == 0)
                .toList();
    }

    /** The classes {@code option} is the pick of, in the order the page lists the picks. */
    private static List<String> picksOf(OptionDto option, PlanResponse.Recommended recommended) {
        return Arrays.stream(PickClass.values()).filter(c -> {
            OptionDto pick = c.pick.apply(recommended);
            return pick != null && pick.instanceType().equals(option.instanceType());
        }).map(c -> c.key).toList();
    }

    private static String currency(PricingInfo pricing) {
        return pricing == null || pricing.currency() == null || pricing.currency().isEmpty() ? "USD" : pricing.currency();
    }

    private static String pricingSource(PricingInfo pricing) {
        if (pricing == null) {
            return "";
        }
        String published = pricing.publicationDate();
        return pricing.source() + (published == null || published.isEmpty() ? "" : ", published " + published);
    }
}
