package mskplanner.engine.sizing;

import java.util.Locale;

/**
 * The limits a broker count is sized against. Declaration order is the tie order: when two constraints need the same
 * number of brokers, the earlier one is named the bottleneck (as AWS's sizing script does: Python's {@code max} keeps
 * the first of equal keys, and its constraints are listed in this order).
 */
public enum ConstraintName {
    INGRESS, EGRESS, PARTITIONS, STORAGE, PST, REPLICATION;

    private final String id = name().toLowerCase(Locale.ROOT);

    /** The lower-case name used in the API, CLI and CSV. */
    public String id() {
        return id;
    }
}
