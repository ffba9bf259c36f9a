package mskplanner.engine.units;

import java.math.BigDecimal;

/**
 * The unit conventions of the whole project, in one place: MB = 10^6 bytes (every rate a user types, CloudWatch's
 * bytes per second divided by 10^6), MiB = 2^20 and GiB = 2^30 bytes (the sizing model's capacities, EBS volumes, what
 * AWS bills as "GB"; see {@link BilledUnits} for the billed quantities). Conversions between them are written here and
 * nowhere else.
 */
public final class Units {
    public static final double BYTES_PER_MB = 1_000_000d;
    public static final double BYTES_PER_MIB = 1_048_576d;
    public static final double BYTES_PER_GIB = 1_073_741_824d;
    public static final double MIB_PER_GIB = 1024;
    /** 10^6 / 2^20, exact in binary: 0.95367431640625. */
    public static final double MIB_PER_MB = BYTES_PER_MB / BYTES_PER_MIB;
    /** 2^20 / 10^6 = 1.048576 (the nearest double). */
    public static final double MB_PER_MIB = BYTES_PER_MIB / BYTES_PER_MB;
    /** {@link #MIB_PER_MB} as an exact decimal, for arithmetic that must not gain a broker from binary rounding. */
    public static final BigDecimal MIB_PER_MB_DECIMAL = new BigDecimal("0.95367431640625");
    /** {@link #MB_PER_MIB} as an exact decimal. */
    public static final BigDecimal MB_PER_MIB_DECIMAL = new BigDecimal("1.048576");
    public static final double SECONDS_PER_HOUR = 3600;
    public static final long SECONDS_PER_DAY = 86_400;
    public static final long MILLIS_PER_DAY = 86_400_000L;
    public static final int MONTHS_PER_YEAR = 12;
    public static final BigDecimal MONTHS_PER_YEAR_DECIMAL = BigDecimal.valueOf(MONTHS_PER_YEAR);

    private Units() {
    }

    /** A rate in MB/s (10^6 B/s) as MiB/s (2^20 B/s). */
    public static double mibPerSecond(double mbPerSecond) {
        return mbPerSecond * MIB_PER_MB;
    }

    /** A rate in MiB/s as MB/s. */
    public static double mbPerSecond(double mibPerSecond) {
        return mibPerSecond / MIB_PER_MB;
    }

    /** Bytes per second (CloudWatch's BytesInPerSec) as MB/s. */
    public static double mbPerSecondOfBytes(double bytesPerSecond) {
        return bytesPerSecond / BYTES_PER_MB;
    }

    /** A monthly amount over a year. */
    public static BigDecimal annual(BigDecimal monthly) {
        return monthly.multiply(MONTHS_PER_YEAR_DECIMAL);
    }
}
