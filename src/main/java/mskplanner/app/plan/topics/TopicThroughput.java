package mskplanner.app.plan.topics;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import mskplanner.app.plan.TopicRequest;
import mskplanner.engine.InvalidInputException;

/**
 * Throughput per topic for an inventory that has none (what {@code kafka-topics.sh --describe} prints) or to override
 * one: CSV with a header row of {@link #COLUMNS} ({@code name} required), one topic per row, laid over the inventory's
 * topic of that name. A topic with no row takes {@code defaultAvgIngressMBps} when given. A row naming a topic the
 * inventory does not hold is refused (a typo would otherwise size nothing).
 */
public final class TopicThroughput {
    public static final List<String> COLUMNS = List.of("name", "avgIngressMBps", "peakIngressMBps", "consumerGroups",
            "compactedSizeGiB", "avgMessageBytes");

    private TopicThroughput() {
    }

    public static List<TopicRequest> apply(List<TopicRequest> topics, String csv, Double defaultAvgIngressMBps) {
        Map<String, Map<String, String>> byName = new HashMap<>();
        if (csv != null && !csv.isBlank()) {
            for (Map<String, String> row : CsvRows.read("topicThroughput", csv, COLUMNS)) {
                byName.put(row.get("name"), row);
            }
        }
        List<TopicRequest> out = new ArrayList<>();
        for (TopicRequest t : topics) {
            Map<String, String> row = byName.remove(t.name());
            String at = "topics[" + t.name() + "]";
            TopicRequest merged = row == null ? t : t.withThroughput(CsvRows.number(row, "avgIngressMBps", at),
                    CsvRows.number(row, "peakIngressMBps", at), CsvRows.whole(row, "consumerGroups", at),
                    CsvRows.number(row, "compactedSizeGiB", at), CsvRows.number(row, "avgMessageBytes", at));
            out.add(merged.avgIngressMBps() == null ? merged.withThroughput(defaultAvgIngressMBps, null, null, null, null) : merged);
        }
        byName.keySet().stream().filter(java.util.Objects::nonNull).sorted().findFirst().ifPresent(name -> {
            throw new InvalidInputException("topicThroughput", name, "a topic of the inventory (no topic of that name)");
        });
        return out;
    }
}
