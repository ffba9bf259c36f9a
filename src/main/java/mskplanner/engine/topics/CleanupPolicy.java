package mskplanner.engine.topics;

import java.util.Locale;
import mskplanner.engine.InvalidInputException;

/**
 * A topic's {@code cleanup.policy}. A compacted topic keeps the latest value per key, so its size is an estimate the
 * user gives ({@code compactedSizeGiB}), not ingress x retention; {@code compact,delete} also compacts, so it counts as
 * compacted. Kafka's tiered storage does not take compacted topics (KIP-405), so they stay on broker storage.
 */
public enum CleanupPolicy {
    DELETE("delete"), COMPACT("compact");

    private final String id;

    CleanupPolicy(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    /** {@code delete}, {@code compact}, or both in either order (Kafka's list syntax), ignoring case and spaces. */
    public static CleanupPolicy fromId(String field, String value) {
        String policy = value.toLowerCase(Locale.ROOT).replace(" ", "");
        return switch (policy) {
            case "delete" -> DELETE;
            case "compact", "compact,delete", "delete,compact" -> COMPACT;
            default -> throw new InvalidInputException(field, value, "delete, compact or compact,delete");
        };
    }
}
