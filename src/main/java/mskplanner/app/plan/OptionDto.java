package mskplanner.app.plan;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.util.List;
import mskplanner.app.LineItemDto;
import mskplanner.app.estimate.EstimateClusters;
import mskplanner.app.estimate.EstimateRequest;
import mskplanner.engine.cost.Money;
import mskplanner.engine.sizing.Constraint;
import mskplanner.engine.sizing.SizedOption;

/**
 * One sized broker size in the JSON contract. {@code monthlyUsd} is the unrounded lines summed, then rounded to cents;
 * each line is rounded on its own. {@code sustainedLimitMBps} is null for Express. {@code discountedMonthlyUsd} is the
 * same bill with the user's {@code mskDiscountPercent} on its MSK lines (an assumption, not an AWS price), null without.
 * {@code storageGiBPerBroker} is the whole-GiB EBS volume MSK provisions. {@code estimateCluster} is the cluster of a
 * {@code POST /api/v1/estimate} request that prices this option to the cent (same region and hours per month).
 * {@code recommendedFor} names the classes the option is the pick of ({@code m5}, {@code m7g}, {@code express},
 * {@code overall}), as the engine's picks say ({@code Recommendations.classesOf}); empty when it is no pick.
 * {@code apply} (how to create it) is on the picks ({@code recommended.*}) only, and left out of {@code options}.
 */
public record OptionDto(String deployment, String instanceType, int brokers, String bottleneck,
                        List<ConstraintDto> constraints, int storageGiBPerBroker, double tieredStorageGiB,
                        Double sustainedLimitMBps, BigDecimal monthlyUsd, List<LineItemDto> lineItems, boolean fitsQuota,
                        List<String> warnings, BigDecimal discountedMonthlyUsd,
                        EstimateRequest.ClusterRequest estimateCluster, List<String> recommendedFor,
                        @JsonInclude(JsonInclude.Include.NON_NULL) ApplyDto apply) {

    /** One constraint: the brokers it alone needs, and its demand and per-broker capacity in {@code unit}. */
    public record ConstraintDto(String name, int brokersNeeded, double demand, double capacityPerBroker, String unit) {
        static ConstraintDto of(Constraint c) {
            return new ConstraintDto(c.name().id(), c.brokersNeeded(), c.demand(), c.capacityPerBroker(), c.unit());
        }
    }

    public static OptionDto of(SizedOption o, List<String> recommendedFor) {
        return of(o, null, recommendedFor);
    }

    /** With the user's MSK discount applied ({@code discountedMonthlyUsd}, null without a discount). */
    public static OptionDto of(SizedOption o, BigDecimal discountedMonthlyUsd, List<String> recommendedFor) {
        return new OptionDto(o.deployment().id(), o.instanceType().name(), o.brokers(), o.bottleneck().id(),
                o.constraints().stream().map(ConstraintDto::of).toList(), o.storageGiBPerBroker(), o.tieredStorageGiB(),
                o.sustainedLimitMBps().isPresent() ? o.sustainedLimitMBps().getAsDouble() : null,
                Money.cents(o.monthlyUsd()), o.cost().lineItems().stream().map(LineItemDto::of).toList(), o.fitsQuota(),
                o.warnings(), discountedMonthlyUsd == null ? null : Money.cents(discountedMonthlyUsd),
                EstimateClusters.of(o.spec()), List.copyOf(recommendedFor), null);
    }

    /** The same option with how to create it, as a pick carries it. */
    OptionDto withApply(ApplyDto how) {
        return new OptionDto(deployment, instanceType, brokers, bottleneck, constraints, storageGiBPerBroker,
                tieredStorageGiB, sustainedLimitMBps, monthlyUsd, lineItems, fitsQuota, warnings, discountedMonthlyUsd,
                estimateCluster, recommendedFor, how);
    }
}
