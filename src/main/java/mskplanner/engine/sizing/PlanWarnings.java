package mskplanner.engine.sizing;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import mskplanner.engine.format.Format;
import mskplanner.engine.limits.Limits;
import mskplanner.engine.units.Units;

/**
 * The plan-level warnings: what the seed guide and AWS's best practices warn about (2 AZs, RF 1 or 2, min.insync.replicas
 * = RF, uneven partitions, partition limits, messages above 1 MB), and what the recommendations cannot satisfy.
 */
final class PlanWarnings {
    /** Tiered storage needs at least 3 days of retention (msk-limits.md section 3.7). */
    static final double TIERED_MIN_RETENTION_HOURS = 72;
    /** Messages-x-bytes and the given MB/s may differ by rounding; more than this is a contradiction. */
    private static final double RATE_MISMATCH = 0.01;

    private PlanWarnings() {
    }

    static List<String> of(WorkloadProfile p, Limits limits, List<SizedOption> options, Recommendations rec,
                           Assumptions a, int leaders) {
        List<String> w = new ArrayList<>(durability(p));
        messages(p, limits, w);
        if (p.tieredStorage() && p.retentionHours() < TIERED_MIN_RETENTION_HOURS) {
            w.add("Tiered storage needs a retention of at least 72 hours (3 days); retentionHours is "
                    + Format.plain(p.retentionHours()) + ".");
        }
        Limits.Express x = limits.express();
        if (p.replicationFactor() != x.replicationFactor() || p.minInsyncReplicas() != x.minInsyncReplicas()
                || p.availabilityZones() != x.availabilityZones()) {
            w.add("Express brokers always run replication factor " + x.replicationFactor() + ", min.insync.replicas "
                    + x.minInsyncReplicas() + " over " + x.availabilityZones() + " AZs: Express options are sized and priced that way.");
        }
        for (String c : Recommendations.CLASSES) {
            if (rec.of(c).isEmpty() && options.stream().anyMatch(o -> o.recommendationClass().filter(c::equals).isPresent())) {
                w.add("No " + c + " size fits within the broker quota of " + a.brokerQuota()
                        + " brokers: request a quota increase, or split the workload over clusters.");
            }
        }
        rec.overall().ifPresent(o -> overall(o, leaders, w));
        return w;
    }

    private static List<String> durability(WorkloadProfile p) {
        List<String> w = new ArrayList<>();
        if (p.availabilityZones() < 3) {
            w.add("availabilityZones " + p.availabilityZones() + ": production clusters should span 3 AZs; with 2, losing"
                    + " one AZ loses half the brokers (sized with an AZ factor of 2).");
        }
        if (p.replicationFactor() == 1) {
            w.add("replicationFactor 1 keeps a single copy: a rolling update or a broker failure takes partitions offline"
                    + " and can lose data. Use 3.");
        } else if (p.replicationFactor() == 2) {
            w.add("replicationFactor 2 may lose data when a broker fails during maintenance. AWS recommends 3.");
        }
        if (p.minInsyncReplicas() == p.replicationFactor() && p.replicationFactor() > 1) {
            w.add("minInsyncReplicas " + p.minInsyncReplicas() + " equals replicationFactor: one broker failure blocks"
                    + " writes with acks=all. Use replicationFactor - 1.");
        }
        return w;
    }

    private static void messages(WorkloadProfile p, Limits limits, List<String> w) {
        long kafkaMax = limits.kafka().defaultMaxMessageBytes();
        double largest = Math.max(p.maxMessageBytes().orElse(0), p.avgMessageBytes().orElse(0));
        if (largest > kafkaMax) {
            w.add("Messages of " + Format.plain(largest) + " bytes exceed Kafka's default limit of " + kafkaMax
                    + " bytes (about 1 MB): raise message.max.bytes (topic max.message.bytes), replica.fetch.max.bytes"
                    + " and the clients' max.request.size and fetch.max.bytes, or store large payloads elsewhere.");
        }
        if (p.messagesPerSecond().isPresent() && p.avgMessageBytes().isPresent()) {
            double fromMessages = p.messagesPerSecond().getAsDouble() * p.avgMessageBytes().getAsDouble() / Units.BYTES_PER_MB;
            if (Math.abs(fromMessages - p.avgIngressMBps()) > RATE_MISMATCH * p.avgIngressMBps()) {
                w.add(String.format(Locale.ROOT, "messagesPerSecond x avgMessageBytes is %.3f MB/s but avgIngressMBps is"
                        + " %s: sized with avgIngressMBps.", fromMessages, Format.plain(p.avgIngressMBps())));
            }
        }
    }

    /** The partition warnings of the overall pick, and whether the partition count sets its size. */
    private static void overall(SizedOption o, int leaders, List<String> w) {
        Optional<Constraint> partitions = o.constraint(ConstraintName.PARTITIONS);
        OptionWarnings.spread(leaders, o.brokers()).ifPresent(x -> w.add(recommended(o) + x));
        partitions.flatMap(c -> OptionWarnings.partitionLimit(o.instanceType(), (int) c.demand(), o.brokers()))
                .ifPresent(x -> w.add(recommended(o) + x));
        if (o.bottleneck() == ConstraintName.PARTITIONS && partitions.isPresent()) {
            w.add(String.format(Locale.ROOT, "%sthe partition count sets its size: %.0f partition replicas at %.0f per"
                    + " broker. Fewer partitions would allow a smaller cluster.", recommended(o),
                    partitions.get().demand(), partitions.get().capacityPerBroker()));
        }
    }

    /** The prefix naming the pick, written only for a warning that is shown (most plans have none). */
    private static String recommended(SizedOption o) {
        return "Recommended " + o.brokers() + " x " + o.instanceType().name() + ": ";
    }
}
