package mskplanner.engine.sizing;

import java.util.OptionalDouble;
import java.util.function.DoubleSupplier;

/**
 * A Standard option's Equation 1 cross-check ({@link SustainedThroughput#limitMBps}), worked out when first read. It
 * never sets a broker count, and most options of a plan are never shown (a batch row, a break-even curve or a pick
 * reads one or two), but it is two DECIMAL64 quotients per size: working it out for every size was a sixth of a
 * plan's time. Safe to share between threads: racing first readers compute the same value.
 */
public final class SustainedLimit {
    /** The limit of an option Equation 1 does not cover (Express). */
    public static final SustainedLimit NONE = new SustainedLimit(null);

    private final DoubleSupplier mbps;
    private volatile OptionalDouble value;

    private SustainedLimit(DoubleSupplier mbps) {
        this.mbps = mbps;
        this.value = mbps == null ? OptionalDouble.empty() : null;
    }

    static SustainedLimit of(DoubleSupplier mbps) {
        return new SustainedLimit(mbps);
    }

    /** The limit, MB/s of client ingress; empty when Equation 1 does not cover the option. */
    public OptionalDouble mbps() {
        OptionalDouble v = value;
        if (v == null) {
            v = OptionalDouble.of(mbps.getAsDouble());
            value = v;
        }
        return v;
    }
}
