package mskplanner.engine.alternatives;

/**
 * Converts the model's rates (MB/s, MB = 10^6 bytes) into the quantities AWS bills, in one place.
 *
 * <p>Every "GB" AWS bills here is 2^30 bytes, both for data moved and for storage held:
 * <ul>
 *   <li><b>Data GB</b> ({@link #BYTES_PER_DATA_GB}): data in/out and transfer charged per GB (Serverless data in/out,
 *   inter-AZ transfer, Kinesis on-demand data in/out). The Price List names these meters in bytes
 *   ({@code KafkaServerless-In-Bytes}, {@code DataTransfer-Regional-Bytes}) and prices them per "GB" without saying
 *   which GB. The project reads it as 2^30 bytes, for three reasons: it is how AWS bills the GB of its GB-month
 *   storage charges, so one "GB" means one thing throughout a bill; AWS's MSK Sizing &amp; Pricing workbook and its
 *   sizing script turn MiB/s x 3600 x hours / 1024 into billed GB; and the MSK Standard and Express plans of this tool
 *   ({@code engine.sizing}) do the same, so a Serverless, EC2 or Kinesis bill and an MSK bill of the same traffic are
 *   comparable on one break-even curve. The reference's Kinesis on-demand worked example reads GB as 10^9 bytes
 *   (1 MB/s x 2,628,000 s = 2,628 GB); with 2^30 the same month is 2,447.5 GB, 6.9% fewer. If AWS meant 10^9,
 *   these lines are 7.4% low.</li>
 *   <li><b>Storage GB-month</b> ({@link #BYTES_PER_STORAGE_GB}): sizing-model.md "Units" and SOURCES.md state that
 *   AWS bills GB-month with GB = 2^30 bytes.</li>
 * </ul>
 * Storage held at steady state is avg ingress x retention (one copy); AWS's time-weighted GB-month of a constant
 * stored amount equals that amount. The break-even axis, "GB/hour ingested", uses the same data GB.
 */
public final class BilledUnits {
    /** Bytes in one billed GB of data in, data out or transfer: 2^30 (see the class comment for why). */
    public static final double BYTES_PER_DATA_GB = 1_073_741_824d;
    /** Bytes in one GB of a GB-month storage charge: 2^30. */
    public static final double BYTES_PER_STORAGE_GB = 1_073_741_824d;
    public static final double SECONDS_PER_HOUR = 3600d;
    private static final double BYTES_PER_MB = 1_000_000d;

    private BilledUnits() {
    }

    /** Data GB moved in a month at a steady {@code mbPerSecond}: MB/s x 10^6 x hours x 3600 / 2^30. */
    public static double dataGbPerMonth(double mbPerSecond, double hoursPerMonth) {
        return mskplanner.engine.cost.spec.ClientTraffic.gibPerMonth(mbPerSecond, hoursPerMonth);
    }

    /** Storage GB (2^30 B) held when {@code mbPerSecond} is kept for {@code retentionHours}: one copy. */
    public static double storedGb(double mbPerSecond, double retentionHours) {
        return mbPerSecond * BYTES_PER_MB * retentionHours * SECONDS_PER_HOUR / BYTES_PER_STORAGE_GB;
    }

    /** A rate in data GB per hour: MB/s x 10^6 x 3600 / 2^30 (1 MB/s = 3.3528 GB/hour). */
    public static double gbPerHour(double mbPerSecond) {
        return mbPerSecond * BYTES_PER_MB * SECONDS_PER_HOUR / BYTES_PER_DATA_GB;
    }

    /** The inverse of {@link #gbPerHour}: data GB per hour to MB/s. */
    public static double mbPerSecond(double gbPerHour) {
        return gbPerHour * BYTES_PER_DATA_GB / (BYTES_PER_MB * SECONDS_PER_HOUR);
    }

    /** Seconds in a month of {@code hoursPerMonth} hours. */
    public static double secondsPerMonth(double hoursPerMonth) {
        return hoursPerMonth * SECONDS_PER_HOUR;
    }

    /**
     * The whole number of units needed to hold {@code ratio} (ceil), ignoring floating-point noise a billion times
     * smaller than one unit, so that 1.1 / 0.1 = 11.000000000000002 counts as 11, not 12.
     */
    public static long wholeUnits(double ratio) {
        return (long) Math.ceil(ratio - 1e-9);
    }
}
