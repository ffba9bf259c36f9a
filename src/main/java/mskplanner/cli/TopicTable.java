package mskplanner.cli;

import java.util.Locale;
import mskplanner.app.plan.TopicsDto;
import mskplanner.engine.format.Format;

/** The topic inventory's part of the CLI plan table: the peak sized, storage per topic, and the advice. */
final class TopicTable {
    private TopicTable() {
    }

    static void append(StringBuilder sb, TopicsDto t) {
        line(sb, "%nTopics: peak ingress is %s", t.peakIngress());
        if (t.pricedOn() == null) {
            line(sb, "  no Standard option fits the broker quota: storage per topic is not priced");
            return;
        }
        line(sb, "  storage priced on %s: %s of the %s monthly bill", t.pricedOn(), Format.usd(t.storageMonthlyUsd()),
                Format.usd(t.billMonthlyUsd()));
        line(sb, "  %-32s %-8s %10s %12s %12s %12s %8s", "topic", "policy", "partitions", "EBS GiB", "tiered GiB",
                "storage/mo", "of bill");
        for (TopicsDto.Row r : t.topics()) {
            line(sb, "  %-32s %-8s %10d %12s %12s %12s %8s", r.name(), r.cleanupPolicy(), r.partitions(),
                    Format.number(r.storageGiB(), 1), Format.number(r.tieredGiB(), 1), Format.usd(r.monthlyStorageUsd()),
                    Format.plain(r.billSharePercent(), 2) + "%");
        }
        if (t.advice().isEmpty()) {
            line(sb, "%n  No topic keeps more than %s h on broker storage: no tiered-storage saving to suggest.",
                    Format.plain(mskplanner.engine.topics.TopicBill.SUGGESTED_LOCAL_RETENTION_HOURS));
            return;
        }
        line(sb, "%nTopic advice (largest saving first, same brokers):");
        for (TopicsDto.Advice a : t.advice()) {
            line(sb, "  - %s", a.sentence());
            line(sb, "    %s", a.command());
        }
    }

    private static void line(StringBuilder sb, String format, Object... args) {
        sb.append(String.format(Locale.ROOT, format, args)).append(System.lineSeparator());
    }
}
