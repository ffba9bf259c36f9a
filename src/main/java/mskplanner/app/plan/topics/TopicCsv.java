package mskplanner.app.plan.topics;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import mskplanner.app.plan.TopicRequest;

/**
 * A topic inventory as CSV ({@code plan --topics}, the plan page): a header row of {@link TopicRequest#COLUMNS} (any
 * case, any order, {@code name} required), one topic per row; a blank cell takes the default. Comma- or
 * semicolon-delimited, as {@link mskplanner.app.CsvReader} reads it.
 */
public final class TopicCsv {
    private TopicCsv() {
    }

    public static List<TopicRequest> read(String text) {
        List<TopicRequest> topics = new ArrayList<>();
        List<Map<String, String>> rows = CsvRows.read("topics", text, TopicRequest.COLUMNS);
        for (int i = 0; i < rows.size(); i++) {
            Map<String, String> r = rows.get(i);
            String at = CsvRows.topic(r, i);
            topics.add(new TopicRequest(r.get("name"), CsvRows.whole(r, "partitions", at),
                    CsvRows.whole(r, "replicationFactor", at), CsvRows.number(r, "retentionHours", at),
                    CsvRows.number(r, "localRetentionHours", at), CsvRows.number(r, "avgIngressMBps", at),
                    CsvRows.number(r, "peakIngressMBps", at), CsvRows.whole(r, "consumerGroups", at),
                    r.get("cleanupPolicy"), CsvRows.number(r, "compactedSizeGiB", at), CsvRows.number(r, "avgMessageBytes", at)));
        }
        return topics;
    }
}
