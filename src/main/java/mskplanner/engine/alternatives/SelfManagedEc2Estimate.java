package mskplanner.engine.alternatives;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import mskplanner.engine.Inputs;
import mskplanner.engine.cost.CostBreakdown;

/**
 * Self-managed Kafka on EC2, one monthly bill per way of paying for the instances. Storage, cross-AZ transfer and
 * the ops assumption are the same in each; only the instance-hour line differs. A commitment whose rate the region's
 * price sheet does not know is left out and said so in {@code notes}.
 *
 * @param ec2Type the EC2 type priced
 * @param brokers instance count
 * @param onDemand on-demand instance-hours
 * @param reserved1yr 1-year Standard RI, No Upfront
 * @param reserved3yr 3-year Standard RI, No Upfront
 * @param savingsPlan1yr 1-year Compute Savings Plan, No Upfront
 * @param savingsPlan3yr 3-year Compute Savings Plan, No Upfront
 * @param crossAz the cross-AZ data behind the transfer lines
 * @param notes variants left out, prices that are derived rather than published, and the model's assumptions
 */
public record SelfManagedEc2Estimate(String ec2Type, int brokers, CostBreakdown onDemand,
                                     Optional<CostBreakdown> reserved1yr, Optional<CostBreakdown> reserved3yr,
                                     Optional<CostBreakdown> savingsPlan1yr, Optional<CostBreakdown> savingsPlan3yr,
                                     CrossAzTraffic crossAz, List<String> notes) {
    public SelfManagedEc2Estimate {
        Inputs.present("onDemand", onDemand);
        notes = List.copyOf(notes);
    }

    /** Every priced variant, on-demand first. */
    public List<CostBreakdown> variants() {
        return Stream.of(Optional.of(onDemand), reserved1yr, reserved3yr, savingsPlan1yr, savingsPlan3yr)
                .flatMap(Optional::stream).toList();
    }

    /** The cheapest priced variant (on-demand when nothing else is priced). */
    public CostBreakdown cheapest() {
        return variants().stream().min(Comparator.comparing(CostBreakdown::monthlyUsd)).orElseThrow();
    }
}
