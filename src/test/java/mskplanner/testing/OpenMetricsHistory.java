package mskplanner.testing;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongToDoubleFunction;

/**
 * A broker history as MSK open monitoring exposes it (JMX exporter on 11001, node exporter on 11002), written as an
 * OpenMetrics file for {@code promtool tsdb create-blocks-from openmetrics}: one sample a minute per series, each series
 * a function of time, so the test knows every value.
 */
public final class OpenMetricsHistory {
    /** MSK's scrape interval advice, and so the spacing of the samples. */
    public static final int SCRAPE_SECONDS = 60;

    private final long fromEpochSecond;
    private final long toEpochSecond;
    /** Families in order (OpenMetrics keeps a family's samples together): TYPE line, then series. */
    private final Map<String, String> types = new LinkedHashMap<>();
    private final Map<String, List<Series>> families = new LinkedHashMap<>();

    /** A gauge's value at t, or a counter's rate at t (its sample is the running sum of the rate, minute by minute). */
    private record Series(String sampleName, String labels, boolean counter, LongToDoubleFunction value) {
    }

    public OpenMetricsHistory(long fromEpochSecond, long toEpochSecond) {
        this.fromEpochSecond = fromEpochSecond;
        this.toEpochSecond = toEpochSecond;
    }

    /** The JMX exporter's host:port of MSK broker {@code id}. */
    public static String jmx(int id) {
        return "b-" + id + ".orders.x1y2z3.c2.kafka.us-east-1.amazonaws.com:11001";
    }

    /** The node exporter's host:port of MSK broker {@code id}. */
    public static String node(int id) {
        return "b-" + id + ".orders.x1y2z3.c2.kafka.us-east-1.amazonaws.com:11002";
    }

    /** A counter growing at {@code bytesPerSecond(t)} from t to the next sample, e.g. BytesInPerSec's Count (untyped). */
    public OpenMetricsHistory jmxCounter(String family, String labels, int broker, LongToDoubleFunction bytesPerSecond) {
        return add(family, "unknown", family, labels + ",instance=\"" + jmx(broker) + "\",job=\"jmx\"", true, bytesPerSecond);
    }

    public OpenMetricsHistory jmxGauge(String family, String labels, int broker, LongToDoubleFunction value) {
        return add(family, "gauge", family, labels + ",instance=\"" + jmx(broker) + "\",job=\"jmx\"", false, value);
    }

    /** {@code node_cpu_seconds_total} of one CPU and mode, growing {@code secondsPerSecond} a second. */
    public OpenMetricsHistory cpuSeconds(int broker, int cpu, String mode, double secondsPerSecond) {
        return add("node_cpu_seconds", "counter", "node_cpu_seconds_total",
                "cpu=\"" + cpu + "\",mode=\"" + mode + "\",instance=\"" + node(broker) + "\",job=\"node\"", true,
                t -> secondsPerSecond);
    }

    public OpenMetricsHistory nodeGauge(String family, String labels, int broker, LongToDoubleFunction value) {
        return add(family, "gauge", family, labels + ",instance=\"" + node(broker) + "\",job=\"node\"", false, value);
    }

    private OpenMetricsHistory add(String family, String type, String sampleName, String labels, boolean counter,
                                   LongToDoubleFunction value) {
        types.putIfAbsent(family, type);
        families.computeIfAbsent(family, f -> new ArrayList<>()).add(new Series(sampleName, labels, counter, value));
        return this;
    }

    public void write(Path file) throws IOException {
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (Map.Entry<String, List<Series>> family : families.entrySet()) {
                out.write("# TYPE " + family.getKey() + " " + types.get(family.getKey()) + "\n");
                for (Series s : family.getValue()) {
                    writeSeries(out, s);
                }
            }
            out.write("# EOF\n");
        }
    }

    private void writeSeries(BufferedWriter out, Series s) throws IOException {
        double total = 0;
        for (long t = fromEpochSecond; t <= toEpochSecond; t += SCRAPE_SECONDS) {
            double v = s.counter() ? total : s.value().applyAsDouble(t);
            out.write(s.sampleName() + "{" + s.labels() + "} " + number(v) + " " + t + "\n");
            total += s.counter() ? s.value().applyAsDouble(t) * SCRAPE_SECONDS : 0;
        }
    }

    private static String number(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
    }
}
