package mskplanner.web.page.plan;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import mskplanner.app.plan.OptionDto;

/**
 * One broker option of the plan, as the page shows it: the API's option itself, with what the page adds to it.
 *
 * @param option the option exactly as {@code GET /api/v1/plan} answers it (every figure the page shows comes from it)
 * @param constraints every constraint, as bars
 * @param picks the recommendation classes this option is the pick of, e.g. {@code overall}
 * @param estimateHref a link to the estimate page priced with this option's cluster, or {@code null} (no link shown)
 */
public record OptionView(OptionDto option, List<ConstraintBar> constraints, List<String> picks, String estimateHref) {
    public OptionView {
        Objects.requireNonNull(option, "option");
        constraints = List.copyOf(constraints);
        picks = List.copyOf(picks);
    }

    static OptionView of(OptionDto option) {
        List<ConstraintBar> bars = option.constraints().stream()
                .map(c -> new ConstraintBar(c.name(), c.brokersNeeded(), c.demand(), c.capacityPerBroker(), c.unit(),
                        option.brokers(), c.name().equals(option.bottleneck())))
                .toList();
        // the estimate link joins here once each option carries its estimateCluster (set by the estimate-link branch)
        return new OptionView(option, bars, List.of(), null);
    }

    public String anchor() {
        return "option-" + option.instanceType();
    }

    public String title() {
        return option.brokers() + " \u00D7 " + option.instanceType();
    }

    /** The API's monthly bill x 12 (the plan answer carries no annual figure per option). */
    public BigDecimal annualUsd() {
        return Annual.usd(option.monthlyUsd());
    }

    public boolean isPick() {
        return !picks.isEmpty();
    }

    public boolean hasEstimateLink() {
        return estimateHref != null;
    }

    OptionView withPicks(List<String> classes) {
        return new OptionView(option, constraints, classes, estimateHref);
    }
}
