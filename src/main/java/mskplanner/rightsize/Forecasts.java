package mskplanner.rightsize;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import mskplanner.engine.limits.Limits;
import mskplanner.engine.rightsize.Capacity;
import mskplanner.engine.rightsize.Crossing;
import mskplanner.engine.rightsize.ObservedLoad;
import mskplanner.engine.rightsize.RightsizeOptions;
import mskplanner.engine.rightsize.Trend;

/**
 * Daily p95 trends of the hottest broker's CPU, the fullest broker's disk and cluster ingress and egress; when each
 * reaches its threshold (Limits.standard() and the current capacity); and the load at the forecast horizon, where
 * a solid rising trend raises the measured load.
 */
final class Forecasts {
    private final Limits limits;
    private final RightsizeOptions options;

    /**
     * @param trends the fitted trends
     * @param crossings when each trend reaches each threshold
     * @param demand the measured load, raised to the forecast at the horizon
     */
    record Result(List<Trend> trends, List<Crossing> crossings, ObservedLoad demand) {
    }

    Forecasts(Limits limits, RightsizeOptions options) {
        this.limits = limits;
        this.options = options;
    }

    Result of(ClusterHistory h, ObservedLoad measured, Capacity capacity) {
        Limits.Standard std = limits.standard();
        Trend cpu = trend("CPU p95, hottest broker", "%", h.cpuHottest, h);
        Trend in = trend("Cluster ingress p95", "MB/s", h.ingressMBps, h);
        Trend out = trend("Cluster egress p95", "MB/s", h.egressMBps, h);
        List<Trend> trends = new ArrayList<>(List.of(cpu, in, out));
        List<Crossing> crossings = new ArrayList<>(List.of(
                crossing(cpu, "CPU alarm", std.cpuAlarmPercent()),
                crossing(cpu, "no partition reassignment above", std.cpuReassignMaxPercent()),
                crossing(in, "ingress capacity", capacity.ingressMBps()),
                crossing(out, "egress capacity", capacity.egressMBps())));
        double diskFactor = 1;
        OptionalDouble disk = measured.diskP95Percent();
        if (disk.isPresent()) {
            Trend d = trend("Disk used p95, fullest broker", "%", h.diskFullest, h);
            trends.add(d);
            crossings.add(crossing(d, "disk right-size limit", std.diskRightSizeMaxPercent()));
            crossings.add(crossing(d, "disk alarm", std.diskAlarmPercent()));
            diskFactor = growth(d);
        }
        double cpuFactor = growth(cpu);
        ObservedLoad demand = new ObservedLoad(measured.cpuP95Percent() * cpuFactor, measured.cpuMaxPercent() * cpuFactor,
                disk.isPresent() ? OptionalDouble.of(disk.getAsDouble() * diskFactor) : OptionalDouble.empty(),
                measured.profile().scaled(growth(in), growth(out), diskFactor));
        return new Result(trends, crossings, demand);
    }

    private static Trend trend(String series, String unit, double[] slots, ClusterHistory h) {
        return Trends.fit(series, unit, Trends.dailyP95(slots, h.window));
    }

    private Crossing crossing(Trend t, String threshold, double limit) {
        return Trends.crossing(t, threshold, limit, options.minRSquared());
    }

    private double growth(Trend t) {
        return Trends.growthFactor(t, options.horizonDays(), options.minRSquared());
    }
}
