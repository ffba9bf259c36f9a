package mskplanner.rightsize;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import mskplanner.engine.InvalidInputException;
import mskplanner.engine.rightsize.MetricSeries;
import mskplanner.engine.rightsize.MskMetric;
import mskplanner.engine.rightsize.NoMetricDataException;
import mskplanner.engine.rightsize.Window;

/** The input series grouped by metric and broker, with CpuUser and CpuSystem summed where no CPU series is given. */
final class SeriesSet {
    /** CloudWatch's standard resolution, assumed when no series has two points. */
    static final int DEFAULT_PERIOD_SECONDS = 60;
    /** Numeric broker ids in numeric order ("2" before "10"), then any others. */
    static final Comparator<String> BROKER_ORDER = Comparator.<String, Boolean>comparing(id -> !id.matches("\\d+"))
            .thenComparing(id -> id.matches("\\d+") ? String.format("%20s", id) : id);

    private final Map<MskMetric, Map<String, MetricSeries>> byMetric = new EnumMap<>(MskMetric.class);
    private final List<String> notes = new ArrayList<>();

    SeriesSet(List<MetricSeries> series) {
        for (MetricSeries s : series) {
            Optional<MskMetric> metric = MskMetric.byName(s.metric());
            if (metric.isEmpty()) {
                notes.add("Ignored metric " + s.metric() + " (broker " + s.brokerId() + "): the right-sizer does not use it.");
                continue;
            }
            MetricSeries previous = byMetric.computeIfAbsent(metric.get(), m -> new LinkedHashMap<>()).put(s.brokerId(), s);
            if (previous != null) {
                throw new InvalidInputException("metrics", s.metric() + " for broker " + s.brokerId(), "one series per metric and broker");
            }
        }
        combineCpu();
    }

    /** Broker ids with at least one point of any metric, in numeric order. */
    List<String> brokersWithData() {
        TreeSet<String> ids = new TreeSet<>(BROKER_ORDER);
        byMetric.values().forEach(m -> m.values().stream().filter(s -> !s.isEmpty() && !s.clusterLevel())
                .forEach(s -> ids.add(s.brokerId())));
        return List.copyOf(ids);
    }

    /** The non-empty series of a metric for the given brokers, in their order. */
    List<MetricSeries> perBroker(MskMetric metric, List<String> brokers) {
        Map<String, MetricSeries> m = byMetric.getOrDefault(metric, Map.of());
        return brokers.stream().map(m::get).filter(s -> s != null && !s.isEmpty()).toList();
    }

    Optional<MetricSeries> clusterLevel(MskMetric metric) {
        return Optional.ofNullable(byMetric.getOrDefault(metric, Map.of()).get(MetricSeries.CLUSTER)).filter(s -> !s.isEmpty());
    }

    List<String> notes() {
        return List.copyOf(notes);
    }

    /** A window from the first to the last point, with the smallest step between points as the period. */
    Window inferWindow() {
        long first = Long.MAX_VALUE;
        long last = Long.MIN_VALUE;
        long step = Long.MAX_VALUE;
        for (Map<String, MetricSeries> m : byMetric.values()) {
            for (MetricSeries s : m.values()) {
                for (int i = 0; i < s.size(); i++) {
                    long t = s.epochSecond(i);
                    first = Math.min(first, t);
                    last = Math.max(last, t);
                    if (i > 0) {
                        step = Math.min(step, t - s.epochSecond(i - 1));
                    }
                }
            }
        }
        if (first == Long.MAX_VALUE) {
            throw new NoMetricDataException("the metrics hold no data points at all");
        }
        int period = step == Long.MAX_VALUE ? DEFAULT_PERIOD_SECONDS : (int) step;
        return new Window(Instant.ofEpochSecond(first), Instant.ofEpochSecond(last + period), period);
    }

    private void combineCpu() {
        Map<String, MetricSeries> users = byMetric.getOrDefault(MskMetric.CPU_USER, Map.of());
        Map<String, MetricSeries> systems = byMetric.getOrDefault(MskMetric.CPU_SYSTEM, Map.of());
        Map<String, MetricSeries> cpu = byMetric.computeIfAbsent(MskMetric.CPU, m -> new LinkedHashMap<>());
        for (Map.Entry<String, MetricSeries> e : users.entrySet()) {
            MetricSeries system = systems.get(e.getKey());
            if (cpu.containsKey(e.getKey())) {
                continue;
            }
            if (system == null) {
                notes.add("Broker " + e.getKey() + " has CpuUser but no CpuSystem: its CPU is CpuUser alone.");
                cpu.put(e.getKey(), e.getValue());
            } else {
                cpu.put(e.getKey(), sumAtCommonTimestamps(e.getValue(), system));
            }
        }
    }

    private static MetricSeries sumAtCommonTimestamps(MetricSeries a, MetricSeries b) {
        long[] t = new long[Math.min(a.size(), b.size())];
        double[] v = new double[t.length];
        int n = 0;
        int i = 0;
        int j = 0;
        while (i < a.size() && j < b.size()) {
            long ta = a.epochSecond(i);
            long tb = b.epochSecond(j);
            if (ta == tb) {
                t[n] = ta;
                v[n++] = a.value(i++) + b.value(j++);
            } else if (ta < tb) {
                i++;
            } else {
                j++;
            }
        }
        return MetricSeries.of(MskMetric.CPU, a.brokerId(), Arrays.copyOf(t, n), Arrays.copyOf(v, n));
    }
}
