package mskplanner.engine.alternatives;

import static mskplanner.engine.price.PriceItem.KINESIS_EXTENDED_RETENTION_SHARD_HOUR;
import static mskplanner.engine.price.PriceItem.KINESIS_LONG_TERM_RETENTION_GB_MONTH;
import static mskplanner.engine.price.PriceItem.KINESIS_ONDEMAND_DATA_IN_GB;
import static mskplanner.engine.price.PriceItem.KINESIS_ONDEMAND_DATA_OUT_GB;
import static mskplanner.engine.price.PriceItem.KINESIS_ONDEMAND_EXTENDED_RETENTION_GB_MONTH;
import static mskplanner.engine.price.PriceItem.KINESIS_ONDEMAND_STREAM_HOUR;
import static mskplanner.engine.price.PriceItem.KINESIS_PUT_PAYLOAD_MILLION;
import static mskplanner.engine.price.PriceItem.KINESIS_SHARD_HOUR;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import mskplanner.engine.Inputs;
import mskplanner.engine.cost.CostBreakdown;
import mskplanner.engine.cost.CostCalculator;
import mskplanner.engine.cost.LineItem;
import mskplanner.engine.cost.Money;
import mskplanner.engine.limits.Limits;
import mskplanner.engine.price.PriceSheet;
import mskplanner.engine.units.BilledUnits;

/**
 * Section 6 of sizing-model.md: the workload on Kinesis Data Streams (https://aws.amazon.com/kinesis/data-streams/pricing/),
 * limits from {@code limits.json} {@code kinesis}, prices from the region's {@code kinesis-*} items.
 *
 * <p>Provisioned: shards ({@link KinesisShards}) x hours; PUT payload units = ceil(avg record bytes / unit bytes)
 * per record x avg records/s x seconds per month, priced per million; extended retention (beyond the included 24 h,
 * up to 7 d) = shards x hours per shard-hour; long-term retention (beyond 7 d) = avg ingress x (retention - 7 d),
 * GB-month (2^30).
 *
 * <p>On-demand: 1 stream x hours; data in = avg records/s x record bytes rounded up to the rounding unit x seconds
 * per month / 2^30; data out = avg egress scaled by the same rounding, / 2^30, for shared-throughput consumers;
 * extended retention = avg ingress x (min(retention, 7 d) - 24 h), GB-month; long-term as provisioned.
 *
 * <p>Record sizes are taken as all equal to the average; a mix of sizes rounds up more. Enhanced fan-out is not
 * priced (no price item in pricing-data).
 */
public final class KinesisCost {
    private static final double UNITS_PER_MILLION = 1_000_000d;

    private final Limits.Kinesis limits;
    private final CostCalculator calculator;
    private final double hoursPerMonth;

    public KinesisCost(PriceSheet prices, Limits limits, double hoursPerMonth) {
        this.limits = limits.kinesis();
        this.hoursPerMonth = Inputs.hoursPerMonth(hoursPerMonth);
        this.calculator = new CostCalculator(prices, hoursPerMonth);
    }

    public KinesisEstimate estimate(KinesisWorkload w) {
        KinesisLimits checks = new KinesisLimits(limits);
        KinesisShards shards = KinesisShards.of(w, limits);
        List<Violation> violations = checks.violations(w);
        return new KinesisEstimate(violations.isEmpty(), violations, checks.notes(w), shards,
                provisioned(w, shards), onDemand(w));
    }

    /** The Kinesis limits the workload breaks, without pricing it. */
    public List<Violation> violations(KinesisWorkload w) {
        return new KinesisLimits(limits).violations(w);
    }

    public CostBreakdown provisioned(KinesisWorkload w, KinesisShards shards) {
        List<LineItem> lines = new ArrayList<>();
        BigDecimal shardHours = BigDecimal.valueOf(shards.shards()).multiply(Money.of(hoursPerMonth));
        calculator.add(lines, "Kinesis shard-hours (" + shards.shards() + " shards, set by " + shards.bottleneck() + ")",
                shardHours, KINESIS_SHARD_HOUR);
        calculator.add(lines, "Kinesis PUT payload units (millions)", Money.of(putPayloadMillions(w)), KINESIS_PUT_PAYLOAD_MILLION);
        if (w.retentionHours() > limits.includedRetentionHours()) {
            calculator.add(lines, "Kinesis extended retention (" + limits.includedRetentionHours() + " h to "
                    + limits.extendedRetentionHours() + " h)", shardHours, KINESIS_EXTENDED_RETENTION_SHARD_HOUR);
        }
        longTermRetention(w, lines);
        return new CostBreakdown("Kinesis Data Streams (provisioned)", lines);
    }

    public CostBreakdown onDemand(KinesisWorkload w) {
        List<LineItem> lines = new ArrayList<>();
        double seconds = BilledUnits.secondsPerMonth(hoursPerMonth);
        double roundedBytes = roundedRecordBytes(w.avgRecordBytes());
        double dataInGb = w.avgRecordsPerSecond() * roundedBytes * seconds / BilledUnits.BYTES_PER_DATA_GB;
        double dataOutGb = BilledUnits.dataGbPerMonth(w.traffic().avgEgressMBps(), hoursPerMonth)
                * roundedBytes / w.avgRecordBytes();
        calculator.add(lines, "Kinesis on-demand stream-hours", Money.of(hoursPerMonth), KINESIS_ONDEMAND_STREAM_HOUR);
        calculator.add(lines, "Kinesis on-demand data in (records rounded up to " + limits.onDemandRecordRoundingBytes()
                + " bytes)", Money.of(dataInGb), KINESIS_ONDEMAND_DATA_IN_GB);
        calculator.add(lines, "Kinesis on-demand data out (" + w.consumerGroups() + " consumer groups)",
                Money.of(dataOutGb), KINESIS_ONDEMAND_DATA_OUT_GB);
        double extendedHours = Math.min(w.retentionHours(), limits.extendedRetentionHours()) - limits.includedRetentionHours();
        if (extendedHours > 0) {
            calculator.add(lines, "Kinesis on-demand extended retention (" + limits.includedRetentionHours() + " h to "
                            + limits.extendedRetentionHours() + " h)",
                    Money.of(BilledUnits.storedGb(w.traffic().avgIngressMBps(), extendedHours)),
                    KINESIS_ONDEMAND_EXTENDED_RETENTION_GB_MONTH);
        }
        longTermRetention(w, lines);
        return new CostBreakdown("Kinesis Data Streams (on-demand)", lines);
    }

    private void longTermRetention(KinesisWorkload w, List<LineItem> lines) {
        double longTermHours = w.retentionHours() - limits.extendedRetentionHours();
        if (longTermHours > 0) {
            calculator.add(lines, "Kinesis long-term retention (beyond " + limits.extendedRetentionHours() + " h)",
                    Money.of(BilledUnits.storedGb(w.traffic().avgIngressMBps(), longTermHours)),
                    KINESIS_LONG_TERM_RETENTION_GB_MONTH);
        }
    }

    /** ceil(avg record bytes / PUT payload unit bytes) units per record x records per month, in millions. */
    double putPayloadMillions(KinesisWorkload w) {
        long unitsPerRecord = BilledUnits.wholeUnits(w.avgRecordBytes() / limits.putPayloadUnitBytes());
        return unitsPerRecord * w.avgRecordsPerSecond() * BilledUnits.secondsPerMonth(hoursPerMonth) / UNITS_PER_MILLION;
    }

    /** A record's billed size in on-demand mode: rounded up to a whole number of rounding units. */
    double roundedRecordBytes(double recordBytes) {
        long rounding = limits.onDemandRecordRoundingBytes();
        return BilledUnits.wholeUnits(recordBytes / rounding) * (double) rounding;
    }
}
