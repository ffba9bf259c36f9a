package mskplanner.engine.alternatives;

/**
 * A stretch of average ingress over which a deployment's monthly cost is a straight line: a piece of a step or
 * piecewise-linear cost curve. Money is a {@code double} here on purpose: segments are geometry for locating
 * crossovers (their ends are priced bills, converted once); bills shown to people stay {@code BigDecimal}.
 *
 * @param fromGBPerHour where the stretch starts, data GB per hour
 * @param toGBPerHour where it ends, &gt;= from
 * @param fromUsd monthly cost at the start (the limit from the right)
 * @param toUsd monthly cost at the end (the limit from the left)
 * @param tag what holds over the stretch: for a priced curve its integer state (e.g. brokers), for a lower
 *            envelope the index of the cheapest curve
 */
public record CostSegment(double fromGBPerHour, double toGBPerHour, double fromUsd, double toUsd, int tag) {
    public CostSegment {
        if (!(toGBPerHour >= fromGBPerHour)) {
            throw new IllegalArgumentException("toGBPerHour must be >= fromGBPerHour (" + fromGBPerHour + "), was "
                    + toGBPerHour);
        }
    }

    /** The cost on the line at {@code x} (extrapolated outside the stretch). */
    public double at(double x) {
        double width = toGBPerHour - fromGBPerHour;
        return width == 0 ? fromUsd : fromUsd + (toUsd - fromUsd) * (x - fromGBPerHour) / width;
    }

    public double slope() {
        double width = toGBPerHour - fromGBPerHour;
        return width == 0 ? 0 : (toUsd - fromUsd) / width;
    }

    public boolean covers(double from, double to) {
        return fromGBPerHour <= from && toGBPerHour >= to;
    }

    CostSegment between(double from, double to, int newTag) {
        return new CostSegment(from, to, at(from), at(to), newTag);
    }
}
