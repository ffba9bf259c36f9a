package mskplanner.rightsize.report;

import java.util.List;
import java.util.Optional;
import mskplanner.app.plan.TopicsDto;
import mskplanner.engine.format.Format;
import mskplanner.engine.rightsize.RightsizeReport;

/**
 * The topic inventory's section of the Markdown and HTML reports, from the JSON's own {@link TopicsDto} (so the three
 * formats, and the page, show the same rounded figures): the sentence on what the storage is priced on, one row per
 * topic and the advice, each with its {@code kafka-configs.sh} line.
 *
 * @param summary what the split is priced on, or why there is none (Express brokers)
 * @param rows one row of {@link #HEADERS} cells per topic; empty on Express brokers
 * @param advice the savings, largest first
 */
public record TopicSection(String summary, List<List<String>> rows, List<TopicsDto.Advice> advice) {
    public static final String TITLE = "Storage per topic";
    public static final String ADVICE_TITLE = "Where tiered storage saves the most";
    public static final String NO_ADVICE = "No topic keeps more than a day on broker storage: no tiered-storage saving to suggest.";
    public static final List<String> HEADERS = List.of("Topic", "Cleanup", "Partitions", "RF", "Retention", "Storage GiB",
            "Tiered GiB", "Storage per month", "Share of the bill");
    /** Said beside the split on every right-size format and the page. */
    public static final String NOTE = "Savings keep the cluster's brokers; the right-size verdict above is the measured"
            + " traffic's.";
    public static final String EXPRESS = "The cluster runs Express brokers, whose storage is billed as used, not"
            + " provisioned per broker: storage per topic is split on Standard clusters only.";

    public TopicSection {
        rows = List.copyOf(rows);
        advice = List.copyOf(advice);
    }

    /** The section of a report with an inventory; empty without one. */
    static Optional<TopicSection> of(RightsizeReport r) {
        return r.topics().map(TopicsDto::onCluster).map(TopicSection::of);
    }

    static TopicSection of(TopicsDto t) {
        if (t.pricedOn() == null) {
            return new TopicSection(EXPRESS, List.of(), List.of());
        }
        String summary = "Priced on " + t.pricedOn() + ": the topics' storage is " + Format.usd(t.storageMonthlyUsd())
                + " of its " + Format.usd(t.billMonthlyUsd()) + " monthly bill (the bill's storage lines, split by each"
                + " topic's GiB). " + NOTE;
        return new TopicSection(summary, t.topics().stream().map(TopicSection::cells).toList(), t.advice());
    }

    private static List<String> cells(TopicsDto.Row r) {
        return List.of(r.name(), r.cleanupPolicy(), String.valueOf(r.partitions()), String.valueOf(r.replicationFactor()),
                retention(r), Format.number(r.storageGiB(), 1), Format.number(r.tieredGiB(), 1),
                Format.usd(r.monthlyStorageUsd()), Format.plain(r.billSharePercent(), 2) + "%");
    }

    /** {@code 168 h}, or {@code 72 h (48 h local)} when part of it is tiered. */
    public static String retention(TopicsDto.Row r) {
        String total = Format.plain(r.retentionHours()) + " h";
        return r.localRetentionHours() < r.retentionHours() && !"compact".equals(r.cleanupPolicy())
                ? total + " (" + Format.plain(r.localRetentionHours()) + " h local)" : total;
    }
}
