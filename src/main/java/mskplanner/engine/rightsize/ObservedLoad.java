package mskplanner.engine.rightsize;

import java.util.Objects;
import java.util.OptionalDouble;

/**
 * The load numbers a verdict is judged on: measured, or raised to a forecast.
 *
 * @param cpuP95Percent 95th percentile of the hottest broker's CpuUser + CpuSystem
 * @param cpuMaxPercent the hottest broker's highest CpuUser + CpuSystem
 * @param diskP95Percent 95th percentile of the fullest broker's KafkaDataLogsDiskUsed (Standard only)
 * @param profile the workload
 */
public record ObservedLoad(double cpuP95Percent, double cpuMaxPercent, OptionalDouble diskP95Percent,
                           MeasuredProfile profile) {
    public ObservedLoad {
        Objects.requireNonNull(diskP95Percent, "diskP95Percent");
        Objects.requireNonNull(profile, "profile");
        if (!(cpuP95Percent >= 0) || !(cpuMaxPercent >= 0)) {
            throw new IllegalArgumentException("CPU percentages must be >= 0, were " + cpuP95Percent + ", " + cpuMaxPercent);
        }
    }
}
