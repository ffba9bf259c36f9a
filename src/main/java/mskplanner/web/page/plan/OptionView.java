package mskplanner.web.page.plan;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import mskplanner.app.plan.OptionDto;
import mskplanner.web.page.EstimateLink;

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

    /** The option as the page shows it, with its "price this in Estimate" link for the plan's region and month. */
    static OptionView of(OptionDto option, String region, double hoursPerMonth) {
        List<ConstraintBar> bars = option.constraints().stream()
                .map(c -> new ConstraintBar(c.name(), c.brokersNeeded(), c.demand(), c.capacityPerBroker(), c.unit(),
                        option.brokers(), c.name().equals(option.bottleneck())))
                .toList();
        String href = option.estimateCluster() == null ? null
                : EstimateLink.to(region, hoursPerMonth, option.estimateCluster());
        return new OptionView(option, bars, List.of(), href);
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
