package mskplanner.engine.alternatives;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import mskplanner.engine.format.Format;
import mskplanner.engine.limits.Limits;

/**
 * Judges a workload against the MSK Serverless quotas of {@code limits.json} (msk-limits.md section 5, from
 * https://docs.aws.amazon.com/msk/latest/developerguide/limits.html). Per-partition rates assume traffic spread evenly
 * over the partitions; key skew only makes the hottest partition busier.
 */
final class ServerlessQuotas {
    private final Limits.Serverless quotas;

    ServerlessQuotas(Limits.Serverless quotas) {
        this.quotas = quotas;
    }

    /** Whether {@link #violations} finds none, without writing what it would say. */
    boolean fits(ServerlessWorkload w) {
        return check(w, null);
    }

    List<Violation> violations(ServerlessWorkload w) {
        List<Violation> found = new ArrayList<>();
        check(w, found);
        return found;
    }

    /** Every quota check; each violation is written into {@code found} when one is given. True when none is. */
    private boolean check(ServerlessWorkload w, List<Violation> found) {
        Traffic t = w.traffic();
        boolean fits = rate(found, "serverless.ingress", "max ingress throughput per cluster", () -> "peak ingress",
                t.peakIngressMBps(), quotas.maxIngressMBps(), "MSK throttles producers above it");
        fits &= rate(found, "serverless.egress", "max egress throughput per cluster", () -> "peak egress",
                t.peakEgressMBps(), quotas.maxEgressMBps(), "MSK throttles consumers above it");
        fits &= count(found, "serverless.partitions", "max leader partitions per cluster", w.partitions(),
                quotas.maxPartitions());
        fits &= count(found, "serverless.compacted-partitions", "max leader partitions of compacted topics per cluster",
                w.compactedPartitions(), quotas.maxPartitionsCompacted());
        fits &= rate(found, "serverless.partition-ingress", "max ingress per partition", () -> "peak ingress per partition ("
                        + Format.plain(t.peakIngressMBps(), 3) + " MB/s over " + w.partitions() + " partitions)",
                t.peakIngressMBps() / w.partitions(), quotas.maxIngressPerPartitionMBps(), "add partitions or expect throttling");
        fits &= rate(found, "serverless.partition-egress", "max egress per partition", () -> "peak egress per partition ("
                        + Format.plain(t.peakEgressMBps(), 3) + " MB/s over " + w.partitions() + " partitions)",
                t.peakEgressMBps() / w.partitions(), quotas.maxEgressPerPartitionMBps(), "add partitions or expect throttling");
        fits &= messageSize(found, w.maxMessageBytes());
        fits &= authentication(found, w.authentication());
        return fits;
    }

    // what is said of a violation is written only when it is asked for: a break-even curve checks thousands of points
    private static boolean rate(List<Violation> found, String id, String quota, Supplier<String> what, double value,
                                double limit, String consequence) {
        if (!(value > limit)) {
            return true;
        }
        if (found != null) {
            found.add(new Violation(id, quota, Format.plain(value, 3) + " MB/s", Format.plain(limit, 3) + " MB/s",
                    what.get() + " " + Format.plain(value, 3) + " MB/s exceeds the Serverless " + quota + " of "
                            + Format.plain(limit, 3) + " MB/s; " + consequence));
        }
        return false;
    }

    private static boolean count(List<Violation> found, String id, String quota, int value, int limit) {
        if (value <= limit) {
            return true;
        }
        if (found != null) {
            found.add(new Violation(id, quota, value + " partitions", limit + " partitions",
                    value + " partitions exceed the Serverless " + quota + " of " + limit + "; MSK rejects the topic creation"));
        }
        return false;
    }

    private boolean messageSize(List<Violation> found, long bytes) {
        if (bytes <= quotas.maxMessageBytes()) {
            return true;
        }
        if (found != null) {
            found.add(new Violation("serverless.message-size", "max message size", bytes + " bytes",
                    quotas.maxMessageBytes() + " bytes", "messages of " + bytes + " bytes exceed the Serverless "
                    + "max.message.bytes ceiling of " + quotas.maxMessageBytes() + " bytes"));
        }
        return false;
    }

    /** Serverless accepts IAM access control only (limits.json: {@code serverless.authentication}). */
    private boolean authentication(List<Violation> found, ClientAuthentication auth) {
        if (auth == ClientAuthentication.IAM) {
            return true;
        }
        if (found != null) {
            found.add(new Violation("serverless.authentication", "client authentication", auth.id(),
                    quotas.authentication(), "clients authenticate with " + auth.id() + ", but Serverless accepts "
                    + quotas.authentication() + ": move clients to IAM access control"));
        }
        return false;
    }

    /** The older quotas the seed guide quotes, beside today's values; informative only. */
    List<HistoricalLimit> history() {
        Limits.Serverless.History h = quotas.history();
        return List.of(
                new HistoricalLimit("max leader partitions per cluster", h.maxPartitions() + " partitions",
                        quotas.maxPartitions() + " partitions (" + quotas.maxPartitionsCompacted() + " compacted)", h.asOf(), h.note()),
                new HistoricalLimit("max retention", h.maxRetentionHours() + " hours",
                        "no retention quota in the current quota table", h.asOf(), h.note()),
                new HistoricalLimit("max client connections per cluster", h.maxClientConnections() + " connections",
                        quotas.maxClientConnections() + " connections", h.asOf(), h.note()));
    }
}
