package mskplanner.app.plan;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import mskplanner.engine.catalog.Deployment;
import mskplanner.engine.rightsize.ClusterTopics;
import mskplanner.engine.cost.CostCalculator;
import mskplanner.engine.cost.spec.StandardClusterSpec;
import mskplanner.engine.price.PriceSheet;
import mskplanner.engine.sizing.Plan;
import mskplanner.engine.sizing.Recommendations;
import mskplanner.engine.sizing.SizedOption;
import mskplanner.engine.topics.TopicAdvice;
import mskplanner.engine.topics.TopicBill;
import mskplanner.engine.topics.TopicCost;
import mskplanner.engine.topics.TopicInventory;
import mskplanner.engine.units.Decimals;

/**
 * The topic inventory's part of a plan (null without {@code topics}): which peak was sized, the Standard option the
 * per-topic storage is priced on (the overall pick when it is Standard, else the cheaper of the m7g and m5 picks;
 * null when neither fits), one row per topic and the advice. Rows' {@code monthlyStorageUsd} add up to
 * {@code storageMonthlyUsd}, the bill's storage lines, to the cent. {@code peakIngressMBps} is the cluster peak sized
 * (the request's {@code peakIngressMBps}, else {@code topicPeaksMBps}, the sum of the topics' peaks); both null on a
 * running cluster, whose peak is measured.
 */
public record TopicsDto(String peakIngress, String pricedOn, BigDecimal storageMonthlyUsd, BigDecimal billMonthlyUsd,
                        List<Row> topics, List<Advice> advice, Double peakIngressMBps, Double topicPeaksMBps) {
    public static final String PEAK_SUM = "the sum of the topics' peaks";
    public static final String PEAK_GIVEN = "peakIngressMBps as given";

    public TopicsDto {
        topics = List.copyOf(topics);
        advice = List.copyOf(advice);
    }

    /** One topic: its settings as sized, storage GiB (EBS with RF and headroom; tiered one copy), its storage cost. */
    public record Row(String name, String cleanupPolicy, int partitions, int replicationFactor, double retentionHours,
                      double localRetentionHours, double avgIngressMBps, double peakIngressMBps, int consumerGroups,
                      double storageGiB, double tieredGiB, BigDecimal monthlyStorageUsd, double billSharePercent) {
        static Row of(TopicCost c) {
            var t = c.topic();
            return new Row(t.name(), t.cleanupPolicy().id(), t.partitions(), t.replicationFactor(), t.retentionHours(),
                    t.localRetentionHours(), t.avgIngressMBps(), t.peakIngressMBps(), t.consumerGroups(),
                    round(c.ebsGiB(), 3), round(c.tieredGiB(), 3), c.monthlyStorageUsd(), round(c.billShare() * 100, 2));
        }
    }

    /** A change that saves money on the priced option, with the command that makes it. */
    public record Advice(String topic, String change, double localRetentionHours, double suggestedLocalRetentionHours,
                         BigDecimal monthlySavingsUsd, String command, String sentence) {
        static Advice of(TopicAdvice a) {
            return new Advice(a.topic(), a.change(), a.localRetentionHours(), a.suggestedLocalRetentionHours(),
                    a.monthlySavingsUsd(), a.command(), a.sentence());
        }
    }

    static TopicsDto of(PlanRequest request, Plan plan, PriceSheet sheet) {
        TopicInventory inventory = TopicMapping.inventory(request);
        String peak = request.peakIngressMBps() == null ? PEAK_SUM : PEAK_GIVEN;
        double sized = TopicMapping.peakIngressMBps(request, inventory);
        double sum = inventory.peakIngressMBps();
        Optional<SizedOption> priced = pricedOption(plan.recommended());
        if (priced.isEmpty()) {
            return new TopicsDto(peak, null, null, null, List.of(), List.of(), sized, sum);
        }
        SizedOption option = priced.get();
        CostCalculator calc = new CostCalculator(sheet, plan.assumptions().hoursPerMonth());
        TopicBill bill = TopicBill.of(inventory, (StandardClusterSpec) option.spec(), option.cost(), calc,
                plan.assumptions().diskHeadroom());
        TopicsDto t = of(peak, option.brokers() + " x " + option.instanceType().name(), bill);
        return new TopicsDto(t.peakIngress(), t.pricedOn(), t.storageMonthlyUsd(), t.billMonthlyUsd(), t.topics(),
                t.advice(), sized, sum);
    }

    /** The rows and advice of a bill split, priced on {@code pricedOn}: the plan's, and the right-size page's. */
    public static TopicsDto of(String peakIngress, String pricedOn, TopicBill bill) {
        return new TopicsDto(peakIngress, pricedOn, bill.storageMonthlyUsd(), bill.billMonthlyUsd(),
                bill.topics().stream().map(Row::of).toList(), bill.advice().stream().map(Advice::of).toList(), null, null);
    }

    /**
     * The inventory on a running cluster (every right-size format): its current bill's storage lines split per topic,
     * and the advice priced on the same brokers. The peak is not sized there ({@code peakIngress} null); an Express
     * cluster, whose storage is not provisioned per broker, gets no rows ({@code pricedOn} null).
     */
    public static TopicsDto onCluster(ClusterTopics topics) {
        return topics.bill().map(bill -> of(null, topics.pricedOn().orElseThrow(), bill))
                .orElseGet(() -> new TopicsDto(null, null, null, null, List.of(), List.of(), null, null));
    }

    private static Optional<SizedOption> pricedOption(Recommendations r) {
        return r.overall().filter(o -> o.deployment() == Deployment.STANDARD)
                .or(() -> Stream.of(r.m7g(), r.m5()).flatMap(Optional::stream)
                        .min(Comparator.comparing(SizedOption::monthlyUsd)));
    }

    private static double round(double value, int decimals) {
        return Decimals.roundHalfUp(value, decimals);
    }
}
