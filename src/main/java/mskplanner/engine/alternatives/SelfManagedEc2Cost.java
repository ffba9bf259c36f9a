package mskplanner.engine.alternatives;

import static mskplanner.engine.price.PriceItem.EBS_GP3_GB_MONTH;
import static mskplanner.engine.price.PriceItem.EBS_GP3_IOPS_MONTH;
import static mskplanner.engine.price.PriceItem.EBS_GP3_THROUGHPUT_MIBPS_MONTH;
import static mskplanner.engine.price.PriceItem.INTER_AZ_GB;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import mskplanner.engine.Inputs;
import mskplanner.engine.cost.CostBreakdown;
import mskplanner.engine.cost.CostCalculator;
import mskplanner.engine.cost.LineItem;
import mskplanner.engine.cost.Money;
import mskplanner.engine.limits.Limits;
import mskplanner.engine.price.PriceSheet;
import mskplanner.engine.price.UnknownPriceException;

/**
 * Section 6 of sizing-model.md: the monthly bill of running the same Kafka cluster on EC2 yourself.
 *
 * <p>Lines, each priced from the region's sheet (pricing-data/README.md):
 * <ul>
 *   <li>instance-hours: brokers x hours per month at {@code ec2-hour:<type>} (on-demand) or the commitment's
 *   effective hourly rate ({@code ec2-ri-1yr-hour}, {@code ec2-ri-3yr-hour}, {@code ec2-sp-1yr-hour},
 *   {@code ec2-sp-3yr-hour});</li>
 *   <li>gp3 storage: brokers x GiB per broker, GB-month; gp3 throughput and IOPS above the free baseline per volume
 *   ({@link Gp3Layout}), per MiB/s-month and IOPS-month;</li>
 *   <li>cross-AZ replication, producer and consumer traffic ({@link CrossAzTraffic}), each GB billed
 *   {@code inter-az-gb} on both sides: quantity = GB x 2;</li>
 *   <li>optionally the user's operations assumption ({@link OpsAssumption}).</li>
 * </ul>
 * An unknown on-demand, storage or transfer price fails the estimate ({@link UnknownPriceException}); an unknown
 * commitment rate only leaves that variant out, with a note.
 */
public final class SelfManagedEc2Cost {
    private static final BigDecimal BOTH_SIDES = BigDecimal.valueOf(2);

    private final PriceSheet prices;
    private final Limits.Ec2 ec2Limits;
    private final CostCalculator calculator;
    private final double hoursPerMonth;
    /**
     * The on-demand estimate's fixed rates (NaN where the sheet has none), read once: the break-even's EC2 curve
     * prices a few hundred points a plan, and a map lookup per line per point was a fifth of its work.
     */
    private final double gp3GbUsd;
    private final double gp3ThroughputUsd;
    private final double gp3IopsUsd;
    private final double interAzUsd;
    /** The last type's on-demand hour, by type name object: a curve asks for one or two types in a row. */
    private OnDemandHour lastHour;

    public SelfManagedEc2Cost(PriceSheet prices, Limits limits, double hoursPerMonth) {
        this.prices = prices;
        this.ec2Limits = limits.ec2();
        this.hoursPerMonth = Inputs.hoursPerMonth(hoursPerMonth);
        this.calculator = new CostCalculator(prices, hoursPerMonth);
        this.gp3GbUsd = calculator.itemUsd(EBS_GP3_GB_MONTH);
        this.gp3ThroughputUsd = calculator.itemUsd(EBS_GP3_THROUGHPUT_MIBPS_MONTH);
        this.gp3IopsUsd = calculator.itemUsd(EBS_GP3_IOPS_MONTH);
        this.interAzUsd = calculator.itemUsd(INTER_AZ_GB);
    }

    /** Immutable, so a thread that reads another's holder reads it whole. */
    private record OnDemandHour(String ec2Type, String item, double usd) {
    }

    public SelfManagedEc2Estimate estimate(SelfManagedEc2Input in) {
        prices.require(Ec2Commitment.ON_DEMAND.priceItem(in.ec2Type()));
        CrossAzTraffic crossAz = CrossAzTraffic.of(in.traffic(), in.replicationFactor(), in.availabilityZones(),
                in.rackAwareConsumers(), hoursPerMonth);
        List<LineItem> shared = sharedLines(in, crossAz);
        List<String> notes = new ArrayList<>();
        Map<Ec2Commitment, CostBreakdown> priced = new EnumMap<>(Ec2Commitment.class);
        for (Ec2Commitment commitment : Ec2Commitment.values()) {
            price(in, commitment, shared, notes).ifPresent(b -> priced.put(commitment, b));
        }
        if (in.rackAwareConsumers()) {
            notes.add("consumers fetch from a replica in their own AZ (rack-aware), so consumer traffic does not cross AZs");
        }
        return new SelfManagedEc2Estimate(in.ec2Type(), in.brokers(), priced.get(Ec2Commitment.ON_DEMAND),
                Optional.ofNullable(priced.get(Ec2Commitment.RESERVED_1YR)),
                Optional.ofNullable(priced.get(Ec2Commitment.RESERVED_3YR)),
                Optional.ofNullable(priced.get(Ec2Commitment.SAVINGS_PLAN_1YR)),
                Optional.ofNullable(priced.get(Ec2Commitment.SAVINGS_PLAN_3YR)), crossAz, notes);
    }

    /** The on-demand bill alone (e.g. for a break-even curve); fails on any unknown price. */
    public CostBreakdown onDemand(SelfManagedEc2Input in) {
        return priced(in, Ec2Commitment.ON_DEMAND, sharedLines(in, CrossAzTraffic.of(in.traffic(),
                in.replicationFactor(), in.availabilityZones(), in.rackAwareConsumers(), hoursPerMonth)));
    }

    /**
     * {@link #onDemand}'s total in doubles, for a break-even curve, never for a bill: the same lines (each left out
     * where its quantity is 0, and an unknown price throws as the bill would), summed without writing them; within
     * about 10^-15 of the bill's total, relative, as a Standard option's estimate is
     * ({@code CostBreakdown.estimatedMonthlyUsd}).
     */
    public double onDemandMonthlyUsd(SelfManagedEc2Input in) {
        CrossAzTraffic crossAz = CrossAzTraffic.of(in.traffic(), in.replicationFactor(), in.availabilityZones(),
                in.rackAwareConsumers(), hoursPerMonth);
        Gp3Layout gp3 = Gp3Layout.of(ec2Limits, in.storageGiBPerBroker(), in.storageThroughputMiBpsPerBroker(),
                in.storageIopsPerBroker());
        double brokers = in.brokers();
        OnDemandHour hour = lastHour;
        if (hour == null || hour.ec2Type() != in.ec2Type()) {
            String item = Ec2Commitment.ON_DEMAND.priceItem(in.ec2Type());
            hour = new OnDemandHour(in.ec2Type(), item, calculator.itemUsd(item));
            lastHour = hour;
        }
        double usd = calculator.estimate(brokers * hoursPerMonth, hour.usd(), hour.item())
                + calculator.estimate(brokers * in.storageGiBPerBroker(), gp3GbUsd, EBS_GP3_GB_MONTH)
                + calculator.estimate(brokers * gp3.billableThroughputMiBps(), gp3ThroughputUsd, EBS_GP3_THROUGHPUT_MIBPS_MONTH)
                + calculator.estimate(brokers * gp3.billableIops(), gp3IopsUsd, EBS_GP3_IOPS_MONTH)
                + calculator.estimate(crossAz.replicationGb() * 2, interAzUsd, INTER_AZ_GB)
                + calculator.estimate(crossAz.producerGb() * 2, interAzUsd, INTER_AZ_GB)
                + calculator.estimate(crossAz.consumerGb() * 2, interAzUsd, INTER_AZ_GB);
        if (in.ops().isPresent() && in.ops().get().opsHoursPerMonth() > 0) {
            usd += in.ops().get().opsHoursPerMonth() * in.ops().get().opsHourlyUsd().doubleValue();
        }
        return usd;
    }

    private Optional<CostBreakdown> price(SelfManagedEc2Input in, Ec2Commitment commitment, List<LineItem> shared,
                                          List<String> notes) {
        String item = commitment.priceItem(in.ec2Type());
        try {
            CostBreakdown bill = priced(in, commitment, shared);
            prices.find(item).filter(p -> !"confirmed".equals(p.confidence())).ifPresent(p -> notes.add(
                    commitment.label() + ": the rate for " + in.ec2Type() + " is " + p.confidence() + " (" + p.source() + ")"));
            return Optional.of(bill);
        } catch (UnknownPriceException e) {
            if (commitment == Ec2Commitment.ON_DEMAND) {
                throw e;
            }
            notes.add(commitment.label() + " left out: " + e.getMessage());
            return Optional.empty();
        }
    }

    private CostBreakdown priced(SelfManagedEc2Input in, Ec2Commitment commitment, List<LineItem> shared) {
        List<LineItem> lines = new ArrayList<>();
        calculator.add(lines, "EC2 instance-hours " + in.ec2Type() + " (" + commitment.label() + ")",
                BigDecimal.valueOf(in.brokers()).multiply(Money.of(hoursPerMonth)), commitment.priceItem(in.ec2Type()));
        lines.addAll(shared);
        return new CostBreakdown("Self-managed Kafka on EC2 (" + commitment.label() + ")", lines);
    }

    private List<LineItem> sharedLines(SelfManagedEc2Input in, CrossAzTraffic crossAz) {
        List<LineItem> lines = new ArrayList<>();
        BigDecimal brokers = BigDecimal.valueOf(in.brokers());
        Gp3Layout gp3 = Gp3Layout.of(ec2Limits, in.storageGiBPerBroker(), in.storageThroughputMiBpsPerBroker(),
                in.storageIopsPerBroker());
        calculator.add(lines, "EBS gp3 storage", brokers.multiply(Money.of(in.storageGiBPerBroker())), EBS_GP3_GB_MONTH);
        calculator.add(lines, "EBS gp3 throughput above the free baseline",
                brokers.multiply(Money.of(gp3.billableThroughputMiBps())), EBS_GP3_THROUGHPUT_MIBPS_MONTH);
        calculator.add(lines, "EBS gp3 IOPS above the free baseline", brokers.multiply(Money.of(gp3.billableIops())),
                EBS_GP3_IOPS_MONTH);
        calculator.add(lines, "Cross-AZ replication traffic (sent + received)", bothSides(crossAz.replicationGb()), INTER_AZ_GB);
        calculator.add(lines, "Cross-AZ producer traffic (sent + received)", bothSides(crossAz.producerGb()), INTER_AZ_GB);
        calculator.add(lines, "Cross-AZ consumer traffic (sent + received)", bothSides(crossAz.consumerGb()), INTER_AZ_GB);
        in.ops().filter(o -> o.opsHoursPerMonth() > 0).ifPresent(o -> lines.add(o.lineItem()));
        return lines;
    }

    private static BigDecimal bothSides(double gb) {
        return Money.of(gb).multiply(BOTH_SIDES);
    }
}
