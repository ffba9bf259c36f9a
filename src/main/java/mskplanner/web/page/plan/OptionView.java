package mskplanner.web.page.plan;

import java.math.BigDecimal;
import java.util.List;
import mskplanner.app.LineItemDto;

/**
 * One broker option of the plan, as the page shows it.
 *
 * @param deployment standard or express
 * @param instanceType the broker size
 * @param brokers brokers needed
 * @param bottleneck the constraint that decides the broker count
 * @param constraints every constraint, as bars
 * @param storageGiBPerBroker EBS storage per broker, GiB
 * @param tieredStorageGiB tiered storage, GiB
 * @param sustainedLimitMBps Equation 1's sustained ingress limit, MB/s, or {@code null}
 * @param monthlyUsd the monthly bill in cents
 * @param discountedMonthlyUsd the bill with the visitor's assumed MSK discount, or {@code null}
 * @param annualUsd the annual bill
 * @param lineItems the bill line by line
 * @param fitsQuota whether the broker count is within the quota
 * @param warnings what to know about this option
 * @param picks the recommendation classes this option is the pick of, e.g. {@code overall}
 */
public record OptionView(String deployment, String instanceType, int brokers, String bottleneck,
                         List<ConstraintBar> constraints, double storageGiBPerBroker, double tieredStorageGiB,
                         Double sustainedLimitMBps, BigDecimal monthlyUsd, BigDecimal discountedMonthlyUsd, BigDecimal annualUsd, List<LineItemDto> lineItems,
                         boolean fitsQuota, List<String> warnings, List<String> picks) {
    public OptionView {
        constraints = List.copyOf(constraints);
        lineItems = List.copyOf(lineItems);
        warnings = List.copyOf(warnings);
        picks = List.copyOf(picks);
    }

    public String anchor() {
        return "option-" + instanceType;
    }

    public String title() {
        return brokers + " \u00D7 " + instanceType;
    }

    public boolean isPick() {
        return !picks.isEmpty();
    }

    public OptionView withPicks(List<String> classes) {
        return new OptionView(deployment, instanceType, brokers, bottleneck, constraints, storageGiBPerBroker,
                tieredStorageGiB, sustainedLimitMBps, monthlyUsd, discountedMonthlyUsd, annualUsd, lineItems, fitsQuota, warnings, classes);
    }
}
