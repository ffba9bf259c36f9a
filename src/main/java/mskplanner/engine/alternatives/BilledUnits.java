package mskplanner.engine.alternatives;

/**
 * Converts the model's rates (MB/s, MB = 10^6 bytes) into the quantities AWS bills, in one place.
 *
 * <p>Two "GB" conventions are in play, and each charge uses one of them:
 * <ul>
 *   <li><b>Data GB</b> ({@link #BYTES_PER_DATA_GB} = 10^9 bytes): data in/out and transfer charged per GB
 *   (Serverless data in/out, inter-AZ transfer, Kinesis on-demand data in/out). AWS names these meters in bytes
 *   ({@code KafkaServerless-In-Bytes}, {@code DataTransfer-Regional-Bytes}) and prices them per "GB" without saying
 *   which GB (pricing-data/SOURCES.md, "GB of data"). 10^9 is chosen because (1) it is the project's unit convention
 *   (MB = 10^6, so GB = 10^9); (2) the reference worked example (aws-prices.md, Kinesis on-demand:
 *   1 MB/s x 2,628,000 s = 2,628 GB) reads GB that way; (3) if AWS meant 2^30, 10^9 over-counts by 7.4%, so the
 *   estimate errs towards a higher bill rather than a lower one.</li>
 *   <li><b>Storage GB-month</b> ({@link #BYTES_PER_STORAGE_GB} = 2^30 bytes): sizing-model.md "Units" and
 *   SOURCES.md state that AWS bills GB-month with GB = 2^30 bytes.</li>
 * </ul>
 * Storage held at steady state is avg ingress x retention (one copy); AWS's time-weighted GB-month of a constant
 * stored amount equals that amount.
 */
public final class BilledUnits {
    /** Bytes in one billed GB of data in, data out or transfer (see the class comment for why 10^9). */
    public static final double BYTES_PER_DATA_GB = 1_000_000_000d;
    /** Bytes in one GB of a GB-month storage charge. */
    public static final double BYTES_PER_STORAGE_GB = 1_073_741_824d;
    public static final double SECONDS_PER_HOUR = 3600d;
    private static final double BYTES_PER_MB = 1_000_000d;

    private BilledUnits() {
    }

    /** Data GB moved in a month at a steady {@code mbPerSecond}: MB/s x 10^6 x hours x 3600 / 10^9. */
    public static double dataGbPerMonth(double mbPerSecond, double hoursPerMonth) {
        return mbPerSecond * BYTES_PER_MB * hoursPerMonth * SECONDS_PER_HOUR / BYTES_PER_DATA_GB;
    }

    /** Storage GB (2^30 B) held when {@code mbPerSecond} is kept for {@code retentionHours}: one copy. */
    public static double storedGb(double mbPerSecond, double retentionHours) {
        return mbPerSecond * BYTES_PER_MB * retentionHours * SECONDS_PER_HOUR / BYTES_PER_STORAGE_GB;
    }

    /** A rate in data GB per hour: MB/s x 3600 / 1000 (1 MB/s = 3.6 GB/hour). */
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
