package mskplanner.app.plan.topics;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import mskplanner.app.plan.TopicRequest;
import mskplanner.engine.InvalidInputException;

/**
 * Reads what {@code kafka-topics.sh --bootstrap-server ... --describe} prints: one summary line per topic
 * ({@code Topic: orders  TopicId: ..  PartitionCount: 12  ReplicationFactor: 3  Configs: retention.ms=..,...}, with
 * or without a space after each colon, as Kafka versions print it); the per-partition lines are skipped. From
 * {@code Configs}: {@code retention.ms}, {@code local.retention.ms} (counted only with
 * {@code remote.storage.enable=true}; -1 and -2 mean "the whole retention"), {@code cleanup.policy}. A config the
 * topic does not override is not printed, so its retention then takes the request's {@code retentionHours} (the
 * broker's default). Internal topics ({@code __consumer_offsets}, {@code __transaction_state}, ...) are left out. The
 * output carries no throughput: {@link TopicThroughput} adds it.
 */
public final class KafkaTopicsDescribe {
    private static final Pattern SUMMARY = Pattern.compile(
            "^\\s*Topic:\\s*(\\S+)\\s.*?PartitionCount:\\s*(\\d+)\\s+ReplicationFactor:\\s*(\\d+)(?:\\s+Configs:\\s*(.*))?$");
    private static final Pattern KEY = Pattern.compile("^[a-z][a-z0-9.]*=");
    private static final double MILLIS_PER_HOUR = 3_600_000;

    private KafkaTopicsDescribe() {
    }

    /** True when the text holds at least one topic summary line. */
    public static boolean looksLike(String text) {
        return text.lines().anyMatch(l -> SUMMARY.matcher(l).matches());
    }

    public static List<TopicRequest> read(String text) {
        List<TopicRequest> topics = new ArrayList<>();
        for (String line : (Iterable<String>) text.lines()::iterator) {
            Matcher m = SUMMARY.matcher(line);
            if (m.matches() && !m.group(1).startsWith("__")) {
                topics.add(topic(m.group(1), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)),
                        configs(m.group(4) == null ? "" : m.group(4).trim())));
            }
        }
        if (topics.isEmpty()) {
            throw new InvalidInputException("topics", "no topic summary line", "kafka-topics.sh --describe output:"
                    + " lines like 'Topic: orders PartitionCount: 12 ReplicationFactor: 3 Configs: retention.ms=604800000'");
        }
        return topics;
    }

    private static TopicRequest topic(String name, int partitions, int rf, Map<String, String> configs) {
        String at = "topics[" + name + "]";
        Double retention = hours(at + ".retentionHours", configs.get("retention.ms"));
        Double local = "true".equals(configs.get("remote.storage.enable"))
                ? hours(at + ".localRetentionHours", configs.get("local.retention.ms")) : retention;
        if (local != null && local < 0) {
            local = retention; // -1 (unlimited) and -2 (as retention.ms): the whole retention stays local
        }
        return new TopicRequest(name, partitions, rf, retention, local, null, null, null, configs.get("cleanup.policy"),
                null, null);
    }

    /** {@code key=value} pairs joined by commas; a value may hold commas itself ({@code cleanup.policy=compact,delete}). */
    static Map<String, String> configs(String text) {
        Map<String, String> configs = new LinkedHashMap<>();
        String key = null;
        for (String part : text.isEmpty() ? new String[0] : text.split(",")) {
            String token = part.trim();
            if (KEY.matcher(token).find()) {
                int eq = token.indexOf('=');
                key = token.substring(0, eq);
                configs.put(key, token.substring(eq + 1));
            } else if (key != null) {
                configs.put(key, configs.get(key) + "," + token);
            }
        }
        return configs;
    }

    private static Double hours(String field, String millis) {
        if (millis == null) {
            return null;
        }
        try {
            long ms = Long.parseLong(millis);
            return ms < 0 ? (double) ms : ms / MILLIS_PER_HOUR;
        } catch (NumberFormatException e) {
            throw new InvalidInputException(field, millis, "milliseconds as a whole number");
        }
    }
}
