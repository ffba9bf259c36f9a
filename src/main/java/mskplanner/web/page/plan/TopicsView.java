package mskplanner.web.page.plan;

import java.util.List;
import mskplanner.app.plan.TopicsDto;
import mskplanner.engine.format.Format;

/**
 * The plan page's topic inventory section: figures as people read them, from the plan's {@link TopicsDto}.
 *
 * @param peakIngress which peak was sized
 * @param pricedOn the Standard option the storage is priced on, or {@code null} when none fits
 * @param storage the bill's storage lines, e.g. {@code $3,999.15}
 * @param bill the whole monthly bill
 * @param rows one per topic
 * @param advice the savings, largest first
 */
public record TopicsView(String peakIngress, String pricedOn, String storage, String bill, List<Row> rows,
                         List<TopicsDto.Advice> advice) {
    public TopicsView {
        rows = List.copyOf(rows);
        advice = List.copyOf(advice);
    }

    public record Row(String name, String cleanupPolicy, int partitions, int replicationFactor, String retention,
                      String storageGiB, String tieredGiB, String monthlyStorage, String billShare) {
    }

    static TopicsView of(TopicsDto t) {
        if (t == null) {
            return null;
        }
        List<Row> rows = t.topics().stream().map(r -> new Row(r.name(), r.cleanupPolicy(), r.partitions(),
                r.replicationFactor(), retention(r), Format.number(r.storageGiB(), 1), Format.number(r.tieredGiB(), 1),
                Format.usd(r.monthlyStorageUsd()), Format.plain(r.billSharePercent(), 2) + "%")).toList();
        return new TopicsView(t.peakIngress(), t.pricedOn(), Format.usd(t.storageMonthlyUsd()),
                Format.usd(t.billMonthlyUsd()), rows, t.advice());
    }

    /** {@code 168 h}, or {@code 72 h (48 h local)} when part of it is tiered. */
    private static String retention(TopicsDto.Row r) {
        String total = Format.plain(r.retentionHours()) + " h";
        return r.localRetentionHours() < r.retentionHours() && !"compact".equals(r.cleanupPolicy())
                ? total + " (" + Format.plain(r.localRetentionHours()) + " h local)" : total;
    }
}
