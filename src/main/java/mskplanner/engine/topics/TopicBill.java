package mskplanner.engine.topics;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import mskplanner.engine.apply.Placeholders;
import mskplanner.engine.cost.CostBreakdown;
import mskplanner.engine.cost.CostCalculator;
import mskplanner.engine.cost.LineItem;
import mskplanner.engine.cost.Money;
import mskplanner.engine.cost.spec.StandardClusterSpec;
import mskplanner.engine.format.Format;
import mskplanner.engine.price.UnknownPriceException;

/**
 * The storage of one Standard option's bill, split per topic, and the topics that would save the most with tiered
 * storage or a shorter local retention. Nothing is priced twice: each topic gets a share of the bill's own storage
 * lines ({@link CostCalculator#EBS_STORAGE} by its EBS GiB, {@link CostCalculator#TIERED_STORAGE} by its tiered GiB),
 * split in whole cents by largest remainder so the shares add up to the lines as the bill rounds them; a saving is
 * the spec's bill minus the same cluster's bill with the topic's change applied, both through {@link CostCalculator}
 * (so a bill with lines the spec does not carry, such as a measured cluster's, still gives the change's saving).
 *
 * @param topics one row per topic, inventory order
 * @param advice the changes that save money, largest saving first
 * @param storageMonthlyUsd the bill's storage lines, each rounded to cents, summed: what the rows add up to
 * @param billMonthlyUsd the whole bill, cents
 */
public record TopicBill(List<TopicCost> topics, List<TopicAdvice> advice, BigDecimal storageMonthlyUsd,
                        BigDecimal billMonthlyUsd) {
    /**
     * The local retention suggested: a day on broker storage still serves consumers hours behind from disk; older
     * reads come from tiered storage, which is slower to start but priced per one copy, not RF x headroom.
     */
    public static final double SUGGESTED_LOCAL_RETENTION_HOURS = 24;
    private static final long MILLIS_PER_HOUR = 3_600_000L;

    public TopicBill {
        topics = List.copyOf(topics);
        advice = List.copyOf(advice);
    }

    /**
     * @param spec the Standard cluster the topics run on (its what-ifs price the advice)
     * @param bill that cluster's bill, whose storage lines are split
     */
    public static TopicBill of(TopicInventory inventory, StandardClusterSpec spec, CostBreakdown bill, CostCalculator calc,
                               double diskHeadroom) {
        List<Topic> topics = inventory.topics();
        BigDecimal ebsLine = line(bill, CostCalculator.EBS_STORAGE);
        BigDecimal tieredLine = line(bill, CostCalculator.TIERED_STORAGE);
        long[] ebs = split(ebsLine, topics.stream().mapToDouble(t -> t.ebsGiB(diskHeadroom)).toArray());
        long[] tiered = split(tieredLine, topics.stream().mapToDouble(Topic::tieredGiB).toArray());
        BigDecimal total = Money.cents(bill.monthlyUsd());
        List<TopicCost> rows = new ArrayList<>();
        for (int i = 0; i < topics.size(); i++) {
            Topic t = topics.get(i);
            BigDecimal usd = BigDecimal.valueOf(ebs[i] + tiered[i], 2);
            double share = total.signum() == 0 ? 0 : usd.divide(total, 10, RoundingMode.HALF_UP).doubleValue();
            rows.add(new TopicCost(t, t.ebsGiB(diskHeadroom), t.tieredGiB(), usd, share));
        }
        return new TopicBill(rows, advice(topics, spec, calc, diskHeadroom), ebsLine.add(tieredLine), total);
    }

    /** A bill line rounded to cents as the bill shows it; zero when the bill has no such line. */
    private static BigDecimal line(CostBreakdown bill, String item) {
        return bill.lineItems().stream().filter(l -> l.item().equals(item)).map(LineItem::monthlyUsd)
                .map(Money::cents).findFirst().orElse(BigDecimal.ZERO.setScale(2));
    }

    /** {@code usd} in whole cents, split by weight: floors first, the cents left over to the largest remainders. */
    static long[] split(BigDecimal usd, double[] weights) {
        long cents = usd.movePointRight(2).longValueExact();
        double sum = 0;
        for (double w : weights) {
            sum += w;
        }
        long[] shares = new long[weights.length];
        if (!(sum > 0)) {
            return shares;
        }
        double[] remainders = new double[weights.length];
        long given = 0;
        for (int i = 0; i < weights.length; i++) {
            double exact = cents * (weights[i] / sum);
            shares[i] = (long) Math.floor(exact);
            remainders[i] = exact - shares[i];
            given += shares[i];
        }
        Integer[] order = new Integer[weights.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        java.util.Arrays.sort(order, Comparator.comparingDouble((Integer i) -> remainders[i]).reversed());
        for (int k = 0; given < cents && k < order.length; k++, given++) {
            shares[order[k]]++;
        }
        return shares;
    }

    private static List<TopicAdvice> advice(List<Topic> topics, StandardClusterSpec spec, CostCalculator calc,
                                            double diskHeadroom) {
        List<TopicAdvice> advice = new ArrayList<>();
        BigDecimal before;
        try {
            before = calc.monthly(spec).monthlyUsd();
        } catch (UnknownPriceException e) {
            return List.of();
        }
        for (Topic t : topics) {
            if (t.compacted() || !(t.localRetentionHours() > SUGGESTED_LOCAL_RETENTION_HOURS) || !(t.avgIngressMBps() > 0)) {
                continue;
            }
            Topic changed = t.withLocalRetentionHours(SUGGESTED_LOCAL_RETENTION_HOURS);
            double lessEbsGiB = t.ebsGiB(diskHeadroom) - changed.ebsGiB(diskHeadroom);
            StandardClusterSpec after = new StandardClusterSpec(spec.name(), spec.instanceType(), spec.brokers(),
                    Math.max(0, spec.storageGiBPerBroker() - lessEbsGiB / spec.brokers()), spec.provisionedThroughputMiBps(),
                    spec.tieredStorageGiB() + changed.tieredGiB() - t.tieredGiB(), spec.availabilityZones(), spec.traffic());
            BigDecimal saving;
            try {
                saving = Money.cents(before.subtract(calc.monthly(after).monthlyUsd()));
            } catch (UnknownPriceException e) {
                return List.of(); // the region prices no tiered storage: nothing to advise
            }
            if (saving.signum() > 0) {
                advice.add(of(t, saving));
            }
        }
        advice.sort(Comparator.comparing(TopicAdvice::monthlySavingsUsd).reversed());
        return advice;
    }

    private static TopicAdvice of(Topic t, BigDecimal saving) {
        String change = t.tiered() ? TopicAdvice.SHORTER_LOCAL : TopicAdvice.TIERED;
        long localMs = (long) SUGGESTED_LOCAL_RETENTION_HOURS * MILLIS_PER_HOUR;
        String config = (t.tiered() ? "" : "remote.storage.enable=true,") + "local.retention.ms=" + localMs;
        String command = "kafka-configs.sh --bootstrap-server " + Placeholders.BOOTSTRAP_SERVERS
                + " --alter --entity-type topics --entity-name " + t.name() + " --add-config " + config;
        String hot = Format.plain(SUGGESTED_LOCAL_RETENTION_HOURS);
        String sentence = t.name() + ": keep " + hot + " h on broker storage instead of "
                + Format.plain(t.localRetentionHours()) + " h (" + (t.tiered() ? "shorter local retention" : "turn on tiered storage")
                + "; the rest of the " + Format.plain(t.retentionHours()) + " h retention in tiered storage) to save "
                + Format.usd(saving) + " a month.";
        return new TopicAdvice(t.name(), change, t.localRetentionHours(), SUGGESTED_LOCAL_RETENTION_HOURS, saving, command,
                sentence);
    }
}
