package mskplanner.web.page;

import java.util.List;
import mskplanner.app.plan.TopicsDto;
import mskplanner.app.plan.topics.TopicInventoryText;
import mskplanner.engine.format.Format;
import mskplanner.rightsize.report.TopicSection;

/**
 * The topic inventory section of the plan and right-size pages ({@code tag/topics.jte}): figures as people read
 * them, from a {@link TopicsDto}. The inputs it comes from are named {@link #TOPICS}, {@link #TOPICS_FILE} and
 * {@link #TOPIC_THROUGHPUT} on both pages.
 *
 * @param peakIngress which peak was sized, or {@code null} where none is (a running cluster)
 * @param pricedOn the Standard cluster the storage is priced on, or {@code null} when there is none
 * @param unpricedReason why nothing is priced, shown when {@code pricedOn} is null
 * @param note what to know beside the table
 * @param storage the bill's storage lines, e.g. {@code $3,999.15}
 * @param bill the whole monthly bill
 * @param rows one per topic
 * @param advice the savings, largest first
 */
public record TopicsView(String peakIngress, String pricedOn, String unpricedReason, String note, String storage,
                         String bill, List<Row> rows, List<TopicsDto.Advice> advice) {
    /** The inventory inputs: a pasted inventory, its file, and throughput per topic. */
    public static final String TOPICS = TopicInventoryText.TOPICS;
    public static final String TOPICS_FILE = TopicInventoryText.TOPICS_FILE;
    public static final String TOPIC_THROUGHPUT = TopicInventoryText.TOPIC_THROUGHPUT;
    static final String PLAN_UNPRICED = "No Standard option fits the broker quota, so storage per topic is not priced.";
    static final String PLAN_NOTE = "The inventory is not part of the links under \u201CShare and reuse\u201D: send it to"
            + " the API as topics.";
    static final String CLUSTER_UNPRICED = TopicSection.EXPRESS;
    static final String CLUSTER_NOTE = TopicSection.NOTE;
    public TopicsView {
        rows = List.copyOf(rows);
        advice = List.copyOf(advice);
    }

    public record Row(String name, String cleanupPolicy, int partitions, int replicationFactor, String retention,
                      String storageGiB, String tieredGiB, String monthlyStorage, String billShare) {
    }

    /** The inventory's part of a plan. */
    public static TopicsView forPlan(TopicsDto t) {
        return t == null ? null : of(t, PLAN_UNPRICED, PLAN_NOTE);
    }

    /** The inventory on a running cluster, for the right-size page. */
    public static TopicsView onCluster(TopicsDto t) {
        return t == null ? null : of(t, CLUSTER_UNPRICED, CLUSTER_NOTE);
    }

    private static TopicsView of(TopicsDto t, String unpricedReason, String note) {
        List<Row> rows = t.topics().stream().map(r -> new Row(r.name(), r.cleanupPolicy(), r.partitions(),
                r.replicationFactor(), retention(r), Format.number(r.storageGiB(), 1), Format.number(r.tieredGiB(), 1),
                Format.usd(r.monthlyStorageUsd()), Format.plain(r.billSharePercent(), 2) + "%")).toList();
        return new TopicsView(peak(t), t.pricedOn(), unpricedReason, note, Format.usd(t.storageMonthlyUsd()),
                Format.usd(t.billMonthlyUsd()), rows, t.advice());
    }

    /** {@code 25 MB/s, peakIngressMBps as given (the topics' peaks add up to 30 MB/s)}; null on a running cluster. */
    private static String peak(TopicsDto t) {
        if (t.peakIngress() == null || t.peakIngressMBps() == null) {
            return t.peakIngress();
        }
        String sized = Format.number(t.peakIngressMBps(), 3) + " MB/s, " + t.peakIngress();
        return TopicsDto.PEAK_SUM.equals(t.peakIngress()) ? sized
                : sized + " (the topics' peaks add up to " + Format.number(t.topicPeaksMBps(), 3) + " MB/s)";
    }

    private static String retention(TopicsDto.Row r) {
        return TopicSection.retention(r);
    }
}
