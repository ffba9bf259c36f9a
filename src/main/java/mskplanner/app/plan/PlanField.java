package mskplanner.app.plan;

import static mskplanner.app.plan.PlanFieldGroup.ALTERNATIVES;
import static mskplanner.app.plan.PlanFieldGroup.DURABILITY;
import static mskplanner.app.plan.PlanFieldGroup.MODEL_ASSUMPTIONS;
import static mskplanner.app.plan.PlanFieldGroup.REGION_AND_BILLING;
import static mskplanner.app.plan.PlanFieldGroup.THROUGHPUT;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import mskplanner.engine.alternatives.ClientAuthentication;
import mskplanner.engine.format.Format;
import mskplanner.engine.matrix.ConnectWorkers;
import mskplanner.engine.sizing.Assumptions;
import mskplanner.engine.Inputs;
import mskplanner.engine.sizing.Planner;
import mskplanner.engine.sizing.Preset;
import mskplanner.engine.sizing.WorkloadProfile;
import mskplanner.engine.sizing.WorkloadProfileBuilder;
import mskplanner.pricing.PricingData;

/**
 * The plan request's fields, declared once: the JSON field and query parameter name (a public contract), its type,
 * unit, the model's default, the accepted range (worded as the engine's errors word it), label, help and form group.
 * The JSON record {@link PlanRequest}, {@link PlanQuery}, the CLI flags, the plan form and the batch CSV columns are
 * derived from it. Form order is declaration order.
 */
public enum PlanField {
    AVG_INGRESS_MBPS(number("avgIngressMBps", THROUGHPUT, "Average ingress", "MB/s").range(Ranges.RATE).example("50")
            .help("Producer throughput into the cluster, averaged. MB = 10\u2076 bytes (CloudWatch BytesInPerSec \u00F7 10\u2076).")),
    PEAK_INGRESS_MBPS(number("peakIngressMBps", THROUGHPUT, "Peak ingress", "MB/s").range(Ranges.RATE).example("120")
            .derived("average ingress").help("Brokers are sized for the peak.")),
    CONSUMER_GROUPS(whole("consumerGroups", THROUGHPUT, "Consumer groups", "").range(Ranges.atLeast(1)).byDefault(1)
            .example("2").help("Groups reading the full stream: egress = ingress \u00D7 groups unless egress is given.")),
    AVG_EGRESS_MBPS(number("avgEgressMBps", THROUGHPUT, "Average egress", "MB/s").range(Ranges.RATE)
            .derived("average ingress \u00D7 consumer groups").help("Consumer throughput, averaged.")),
    PEAK_EGRESS_MBPS(number("peakEgressMBps", THROUGHPUT, "Peak egress", "MB/s").range(Ranges.RATE)
            .derived("peak ingress \u00D7 consumer groups").help("Consumer throughput at the peak.")),
    MESSAGES_PER_SECOND(number("messagesPerSecond", THROUGHPUT, "Messages per second", "msg/s").range(Ranges.POSITIVE)
            .help("Optional. With the message size, gives the ingress when that is not given.")),
    AVG_MESSAGE_BYTES(number("avgMessageBytes", THROUGHPUT, "Average message size", "bytes").range(Ranges.MESSAGE_BYTES)
            .help("Optional, see messages per second.")),
    MAX_MESSAGE_BYTES(new Spec("maxMessageBytes", Long.class, Kind.WHOLE_NUMBER, THROUGHPUT, "Largest message", "bytes")
            .range("a whole number of bytes >= 1")
            .help("Optional. Above Kafka's default limit (1,048,588 bytes) is warned about.")),

    PARTITIONS(whole("partitions", PlanFieldGroup.PARTITIONS, "Partitions", "leaders").range(Ranges.atLeast(1))
            .derived("the partition formula, shown with its arithmetic").help("Leader partitions of the workload.")),
    MAX_CONSUMER_PARALLELISM(whole("maxConsumerParallelism", PlanFieldGroup.PARTITIONS, "Max consumer parallelism", "consumers")
            .range(Ranges.atLeast(1)).byDefault(1).example("24").help("Consumers of the largest group; each needs a partition.")),

    REPLICATION_FACTOR(whole("replicationFactor", DURABILITY, "Replication factor", "").range(Ranges.atLeast(1))
            .byDefault(WorkloadProfileBuilder.DEFAULT_REPLICATION_FACTOR).help("Copies of each partition (Express: always 3).")),
    MIN_INSYNC_REPLICAS(whole("minInsyncReplicas", DURABILITY, "Min in-sync replicas", "").range(Ranges.atLeast(1))
            .derived("min(" + WorkloadProfileBuilder.DEFAULT_MIN_INSYNC_REPLICAS + ", RF)")
            .example(String.valueOf(WorkloadProfileBuilder.DEFAULT_MIN_INSYNC_REPLICAS))
            .help("min.insync.replicas; usually RF \u2212 1.")),
    AVAILABILITY_ZONES(whole("availabilityZones", DURABILITY, "Availability zones", "")
            .range(p -> "one of " + p.limits().standard().allowedAvailabilityZones())
            .byDefault(WorkloadProfileBuilder.DEFAULT_AVAILABILITY_ZONES)
            .help("2 or 3. The cluster must carry the load with one AZ down.")),
    RETENTION_HOURS(number("retentionHours", DURABILITY, "Retention", "hours")
            .range(Ranges.positiveAtMost(WorkloadProfile.MAX_RETENTION_HOURS))
            .byDefault(WorkloadProfileBuilder.DEFAULT_RETENTION_HOURS).help("How long data is kept; 168 h = 7 days.")),
    LOCAL_RETENTION_HOURS(number("localRetentionHours", DURABILITY, "Local retention", "hours")
            .range(Ranges.positiveAtMost(WorkloadProfile.MAX_RETENTION_HOURS)).derived("retention")
            .help("Hours on broker storage; less than retention turns on tiered storage.")),
    PROVISIONED_THROUGHPUT_MIBPS(number("provisionedThroughputMiBps", DURABILITY, "Provisioned storage throughput", "MiB/s")
            .range(p -> Ranges.between(p.limits().standard().defaultVolumeThroughputMiBps(),
                    new Planner(p.catalog(), p.limits()).maxProvisionedThroughputMiBps()))
            .derived("off").help("Per broker; 4xlarge and larger only.")),
    RACK_AWARE_CONSUMERS(yesNo("rackAwareConsumers", DURABILITY, "Rack-aware consumers", true)
            .help("Consumers fetch from a replica in their own AZ, so their traffic does not cross AZs.")),

    REGION(new Spec("region", String.class, Kind.CHOICE, REGION_AND_BILLING, "Region", "")
            .range(p -> "one of " + String.join(", ", p.regions())).byDefault(PlanRequest.DEFAULT_REGION)
            .help("Prices of this region are used.")),
    HOURS_PER_MONTH(number("hoursPerMonth", REGION_AND_BILLING, "Hours per month", "h")
            .range(Inputs.hoursPerMonthRange())
            .byDefault(Assumptions.DEFAULT_HOURS_PER_MONTH).help("730 is the average month; 744 for a 31-day month.")),
    BROKER_QUOTA(whole("brokerQuota", REGION_AND_BILLING, "Broker quota", "brokers per cluster").range(Ranges.atLeast(1))
            .byDefault(p -> String.valueOf(p.limits().standard().brokersPerClusterKraft()), "the MSK quota of the pricing data")
            .help("Options needing more brokers are listed but not recommended. AWS can raise it.")),

    PRESET(new Spec("preset", String.class, Kind.CHOICE, MODEL_ASSUMPTIONS, "Sizing preset", "")
            .choices(new Choice(Preset.AWS_WORKBOOK.id(), "AWS sizing workbook (I/O and network factors)"),
                    new Choice(Preset.SUSTAINED_THROUGHPUT.id(), "Sustained throughput, AWS blog Equation 1 at 80%"))
            .byDefault(Preset.AWS_WORKBOOK.id()).help("How Standard brokers are sized.")),
    UTILIZATION_STANDARD(number("utilizationStandard", MODEL_ASSUMPTIONS, "Utilization at peak, Standard", "0\u20131")
            .range(Ranges.FRACTION).byDefault(Assumptions.DEFAULT_UTILIZATION_STANDARD)
            .help("Share of a Standard broker's capacity used at peak (workbook: 0.5).")),
    UTILIZATION_EXPRESS(number("utilizationExpress", MODEL_ASSUMPTIONS, "Utilization at peak, Express", "0\u20131")
            .range(Ranges.FRACTION).byDefault(Assumptions.DEFAULT_UTILIZATION_EXPRESS)
            .help("Share of an Express broker's sustained ingress used at peak (workbook: 0.75).")),
    WRITE_MBPS_PER_PARTITION(number("writeMBpsPerPartition", MODEL_ASSUMPTIONS, "Write throughput per partition", "MB/s")
            .range(Ranges.RATE).byDefault(Assumptions.DEFAULT_WRITE_MBPS_PER_PARTITION)
            .help("What one partition takes from producers (seed guide: 10\u201315).")),
    READ_MBPS_PER_PARTITION(number("readMBpsPerPartition", MODEL_ASSUMPTIONS, "Read throughput per partition", "MB/s")
            .range(Ranges.RATE).byDefault(Assumptions.DEFAULT_READ_MBPS_PER_PARTITION)
            .help("What one partition serves to one consumer group.")),
    DISK_HEADROOM(number("diskHeadroom", MODEL_ASSUMPTIONS, "Disk headroom", "\u00D7 retained")
            .range(Ranges.between(Assumptions.MIN_DISK_HEADROOM, Assumptions.MAX_DISK_HEADROOM))
            .byDefault(Assumptions.DEFAULT_DISK_HEADROOM)
            .help("EBS provisioned per GiB retained; 2 keeps disks half full (workbook).")),
    USE_MAX_PARTITIONS(yesNo("useMaxPartitions", MODEL_ASSUMPTIONS, "Size partitions against the maximum", false)
            .flagValueOptional()
            .help("Against the per-broker maximum instead of the recommended partitions per broker AWS advises.")),
    MSK_DISCOUNT_PERCENT(number("mskDiscountPercent", MODEL_ASSUMPTIONS, "MSK discount", "%")
            .range("a percentage from 0 to 100").derived("0, list prices")
            .help("Your private pricing or EDP discount on MSK lines: an assumption, shown beside list prices.")),

    COMPACTED_PARTITIONS(whole("compactedPartitions", ALTERNATIVES, "Compacted partitions", "leaders")
            .range(Ranges.atLeast(0)).derived("0")
            .help("Leader partitions of compacted topics; Serverless allows fewer of them.")),
    AUTHENTICATION(new Spec("authentication", String.class, Kind.CHOICE, ALTERNATIVES, "Client authentication", "")
            .choices(new Choice(ClientAuthentication.IAM.id(), "IAM"), new Choice(ClientAuthentication.SCRAM.id(), "SASL/SCRAM"),
                    new Choice(ClientAuthentication.TLS.id(), "mutual TLS"),
                    new Choice(ClientAuthentication.UNAUTHENTICATED.id(), "unauthenticated"))
            .byDefault(ClientAuthentication.IAM.id()).help("MSK Serverless accepts IAM only.")),
    OPS_HOURS_PER_MONTH(number("opsHoursPerMonth", ALTERNATIVES, "Operations work, self-managed", "hours per month")
            .range(Ranges.NON_NEGATIVE).derived("not priced")
            .help("What running Kafka on EC2 yourself takes.")),
    OPS_HOURLY_USD(new Spec("opsHourlyUsd", BigDecimal.class, Kind.NUMBER, ALTERNATIVES, "Cost of an operations hour", "USD")
            .range("an amount >= 0").derived("0 with the hours given").help("With the hours above.")),
    CONNECT_WORKERS(whole("connectWorkers", ALTERNATIVES, "MSK Connect workers", "workers").range(Ranges.atLeast(1))
            .derived("no Connect priced").help("MSK Connect workers to price.")),
    MCU_PER_WORKER(number("mcuPerWorker", ALTERNATIVES, "MCUs per Connect worker", "MCU")
            .range("a number > 0 (MSK Connect offers 1, 2, 4 or 8)")
            .derived(Format.plain(ConnectWorkers.DEFAULT_MCU_PER_WORKER)).help("Needs Connect workers.")),
    BREAK_EVEN(yesNo("breakEven", ALTERNATIVES, "Break-even curves", true)
            .help("Sweep the ingress for the cost curves; No answers faster."));

    /** What a field holds, as the form and the parsers see it. */
    public enum Kind { NUMBER, WHOLE_NUMBER, CHOICE, YES_NO }

    /** A value a choice field accepts and the words shown for it. */
    public record Choice(String value, String text) {
    }

    private final Spec spec;

    PlanField(Spec spec) {
        this.spec = spec;
    }

    /** The JSON field and query parameter name, e.g. {@code avgIngressMBps}. */
    public String fieldName() {
        return spec.name;
    }

    /** The Java type of the {@link PlanRequest} component. */
    public Class<?> type() {
        return spec.type;
    }

    public Kind kind() {
        return spec.kind;
    }

    public PlanFieldGroup group() {
        return spec.group;
    }

    public String label() {
        return spec.label;
    }

    public String unit() {
        return spec.unit;
    }

    public String help() {
        return spec.help;
    }

    /** The model's default as a value of this field, or empty when it follows from other fields ({@link #derivedDefault}). */
    public String defaultValue(PricingData pricing) {
        return spec.defaultValue.apply(pricing);
    }

    /** The default in words when it follows from other fields or the data (e.g. "average ingress"), else empty. */
    public Optional<String> derivedDefault() {
        return Optional.ofNullable(spec.derivedDefault);
    }

    /** The value a fresh form starts with: an illustrative workload where the model has none, else the default. */
    public String formValue(PricingData pricing) {
        return spec.example != null ? spec.example : defaultValue(pricing);
    }

    /** What the engine accepts, worded as its errors word it (some ranges come from the pricing data's limits). */
    public String range(PricingData pricing) {
        return spec.range.apply(pricing);
    }

    /** The values a choice accepts; the region's come from the pricing data. */
    public List<Choice> choices(PricingData pricing) {
        if (this == REGION) {
            return pricing.regions().stream().map(r -> new Choice(r, pricing.regionLabel(r))).toList();
        }
        return spec.kind == Kind.YES_NO ? List.of(new Choice("true", "Yes"), new Choice("false", "No")) : spec.choices;
    }

    /**
     * The CLI flag: the kebab-case of the name, units written as one word ({@code avgIngressMBps} is
     * {@code --avg-ingress-mbps}, {@code provisionedThroughputMiBps} is {@code --provisioned-throughput-mibps}).
     */
    public String flag() {
        String oneWordUnits = spec.name.replace("MiBps", "Mibps").replace("MBps", "Mbps");
        return "--" + oneWordUnits.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase(java.util.Locale.ROOT);
    }

    /** A yes/no flag that may stand alone to mean yes ({@code --use-max-partitions}); the others need a value. */
    public boolean flagValueOptional() {
        return spec.flagValueOptional;
    }

    /** The field of a JSON or query name. */
    public static Optional<PlanField> named(String name) {
        return Arrays.stream(values()).filter(f -> f.spec.name.equals(name)).findFirst();
    }

    /** Every field name, sorted: what an unknown name is told to choose from. */
    public static List<String> sortedNames() {
        return Arrays.stream(values()).map(PlanField::fieldName).sorted().toList();
    }

    private static Spec number(String name, PlanFieldGroup group, String label, String unit) {
        return new Spec(name, Double.class, Kind.NUMBER, group, label, unit);
    }

    private static Spec whole(String name, PlanFieldGroup group, String label, String unit) {
        return new Spec(name, Integer.class, Kind.WHOLE_NUMBER, group, label, unit);
    }

    private static Spec yesNo(String name, PlanFieldGroup group, String label, boolean byDefault) {
        return new Spec(name, Boolean.class, Kind.YES_NO, group, label, "").range(Ranges.YES_NO)
                .byDefault(String.valueOf(byDefault));
    }

    /** The ranges several fields share, worded as {@code engine.sizing.Inputs} words its errors. */
    private static final class Ranges {
        static final String RATE = positiveAtMost(Inputs.MAX_RATE_MBPS);
        static final String POSITIVE = "a finite number > 0";
        static final String NON_NEGATIVE = "a finite number >= 0";
        static final String FRACTION = "a number > 0 and <= 1";
        static final String YES_NO = "true or false";
        static final String MESSAGE_BYTES = between(1, Inputs.MAX_MESSAGE_BYTES);

        static String positiveAtMost(double max) {
            return "a number > 0 and <= " + Format.plain(max);
        }

        static String atLeast(int min) {
            return "a whole number >= " + min;
        }

        static String between(double min, double max) {
            return "a number from " + Format.plain(min) + " to " + Format.plain(max);
        }
    }

    /** One field's declaration, written fluently so each constant reads as a sentence. */
    private static final class Spec {
        final String name;
        final Class<?> type;
        final Kind kind;
        final PlanFieldGroup group;
        final String label;
        final String unit;
        String help = "";
        Function<PricingData, String> defaultValue = p -> "";
        String derivedDefault;
        String example;
        Function<PricingData, String> range;
        List<Choice> choices = List.of();
        boolean flagValueOptional;

        Spec(String name, Class<?> type, Kind kind, PlanFieldGroup group, String label, String unit) {
            this.name = name;
            this.type = type;
            this.kind = kind;
            this.group = group;
            this.label = label;
            this.unit = unit;
        }

        Spec help(String text) {
            help = text;
            return this;
        }

        Spec byDefault(double value) {
            return byDefault(Format.plain(value));
        }

        Spec byDefault(String value) {
            defaultValue = p -> value;
            return this;
        }

        Spec byDefault(Function<PricingData, String> value, String inWords) {
            defaultValue = value;
            derivedDefault = inWords;
            return this;
        }

        Spec derived(String inWords) {
            derivedDefault = inWords;
            return this;
        }

        Spec example(String value) {
            example = value;
            return this;
        }

        Spec range(String text) {
            range = p -> text;
            return this;
        }

        Spec range(Function<PricingData, String> text) {
            range = text;
            return this;
        }

        Spec choices(Choice... all) {
            choices = List.of(all);
            range = p -> "one of " + Arrays.stream(all).map(Choice::value).collect(Collectors.joining(", "));
            return this;
        }

        Spec flagValueOptional() {
            flagValueOptional = true;
            return this;
        }
    }
}
