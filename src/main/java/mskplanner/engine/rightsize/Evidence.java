package mskplanner.engine.rightsize;

/**
 * One measured number held against its limit.
 *
 * @param check what is checked, e.g. {@code CPU p95, hottest broker}
 * @param measured the measured (or forecast) value
 * @param limit the threshold or capacity
 * @param unit unit of both numbers
 * @param breached whether the measured value is above the limit
 * @param note where the limit comes from
 */
public record Evidence(String check, double measured, double limit, String unit, boolean breached, String note) {
    /** measured / limit, e.g. 0.75 = 75% of the limit; 0 when there is no limit. */
    public double utilisation() {
        return limit > 0 ? measured / limit : 0;
    }
}
