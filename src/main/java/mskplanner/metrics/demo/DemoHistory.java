package mskplanner.metrics.demo;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import mskplanner.engine.rightsize.ClusterDescription;
import mskplanner.engine.rightsize.MetricSeries;
import mskplanner.engine.rightsize.MskMetric;
import mskplanner.engine.rightsize.Window;
import mskplanner.engine.units.Units;

/**
 * A synthetic but realistic history of a kafka.m7g.large cluster (6 brokers unless asked otherwise): a daily cycle peaking mid-afternoon UTC,
 * quieter weekends, noise, slow growth, one broker a little hotter than the rest, and a three-hour gap on one
 * broker. The same seed and end give the same history.
 */
public final class DemoHistory {
    public static final String ARN = "arn:aws:kafka:us-east-1:123456789012:cluster/demo-orders/6f1c2d3e-0000-4000-8000-00000000demo";
    public static final int DEFAULT_BROKERS = 6;
    /** CloudWatch's standard resolution, the demo's default period. */
    public static final int PERIOD_SECONDS = 60;

    private static final double INGRESS_MBPS_PER_BROKER = 1.6;
    private static final double FAN_OUT = 2.0;
    private static final double GROWTH_PER_DAY = 0.006;
    private static final double HOT_BROKER_FACTOR = 1.15;
    private static final int HOT_BROKER = 2;
    private static final int GAP_BROKER = 4;
    private static final int LEADER_PARTITIONS = 300;
    private static final double VOLUME_GIB = 1000;
    private static final int GAP_SECONDS = 3 * 3600;

    private final Random random;
    private final Window window;
    private final int brokers;

    /**
     * @param cluster the cluster, its metrics and the window they cover
     */
    public record Demo(ClusterDescription cluster, List<MetricSeries> series, Window window) {
    }

    private DemoHistory(long seed, Window window, int brokers) {
        this.random = new Random(seed);
        this.window = window;
        this.brokers = brokers;
    }

    /** {@code days} of 1-minute history of {@link #DEFAULT_BROKERS} brokers ending at {@code end}. */
    public static Demo generate(long seed, int days, Instant end) {
        return generate(seed, DEFAULT_BROKERS, days, end, PERIOD_SECONDS);
    }

    /** {@code days} of history of {@code brokers} brokers, one point per period, ending at {@code end} (truncated). */
    public static Demo generate(long seed, int brokers, int days, Instant end, int periodSeconds) {
        if (brokers < 3 || brokers % 3 != 0 || days < 1 || periodSeconds < PERIOD_SECONDS) {
            throw new IllegalArgumentException("brokers must be a multiple of 3, days >= 1 and period >= 60 s, were "
                    + brokers + ", " + days + ", " + periodSeconds);
        }
        Instant to = Instant.ofEpochSecond(end.getEpochSecond() / periodSeconds * periodSeconds);
        Window window = new Window(to.minus(Duration.ofDays(days)), to, periodSeconds);
        return new DemoHistory(seed, window, brokers).build();
    }

    private Demo build() {
        List<String> ids = IntStream.rangeClosed(1, brokers).mapToObj(String::valueOf).toList();
        ClusterDescription cluster = new ClusterDescription(ARN, "demo-orders", "us-east-1",
                ClusterDescription.ClusterType.PROVISIONED, "kafka.m7g.large", brokers, VOLUME_GIB, 0,
                ClusterDescription.StorageMode.LOCAL, ids, 3);
        List<MetricSeries> series = new ArrayList<>();
        for (int b = 1; b <= brokers; b++) {
            series.addAll(broker(b));
        }
        return new Demo(cluster, series, window);
    }

    private List<MetricSeries> broker(int broker) {
        int n = window.expectedPoints();
        long[] t = new long[n];
        double[] in = new double[n];
        double[] out = new double[n];
        double[] user = new double[n];
        double[] system = new double[n];
        double[] disk = new double[n];
        double[] partitions = new double[n];
        double hot = broker == HOT_BROKER ? HOT_BROKER_FACTOR : 1;
        double diskStart = 22 + random.nextDouble() * 3;
        int kept = 0;
        for (int i = 0; i < n; i++) {
            long ts = window.slotStart(i);
            if (inGap(broker, i)) {
                continue;
            }
            double day = (ts - window.start().getEpochSecond()) / (double) Units.SECONDS_PER_DAY;
            double load = shape(ts) * (1 + GROWTH_PER_DAY * day) * hot * (1 + 0.06 * random.nextGaussian());
            double ingressMBps = Math.max(0.05, INGRESS_MBPS_PER_BROKER * load);
            t[kept] = ts;
            in[kept] = ingressMBps * 1e6;
            out[kept] = ingressMBps * FAN_OUT * (1 + 0.05 * random.nextGaussian()) * 1e6;
            double cpu = 5 + 3.2 * ingressMBps + Math.abs(random.nextGaussian());
            user[kept] = cpu * 0.7;
            system[kept] = cpu * 0.3;
            disk[kept] = diskStart + 0.35 * day + 0.4 * Math.sin(2 * Math.PI * day);
            partitions[kept] = LEADER_PARTITIONS * 3.0 / brokers + (day >= 5 ? 6 : 0);
            kept++;
        }
        String id = String.valueOf(broker);
        return List.of(
                series(MskMetric.CPU_USER, id, t, user, kept),
                series(MskMetric.CPU_SYSTEM, id, t, system, kept),
                series(MskMetric.BYTES_IN, id, t, in, kept),
                series(MskMetric.BYTES_OUT, id, t, out, kept),
                series(MskMetric.DISK_USED, id, t, disk, kept),
                series(MskMetric.PARTITION_COUNT, id, t, partitions, kept));
    }

    /** Daily cycle (low at 03:00, high at 15:00 UTC) times a weekly one (weekends at 60%). */
    private static double shape(long epochSecond) {
        LocalDateTime time = LocalDateTime.ofEpochSecond(epochSecond, 0, ZoneOffset.UTC);
        double hour = time.getHour() + time.getMinute() / 60d;
        double daily = 1 + 0.45 * Math.sin(2 * Math.PI * (hour - 9) / 24);
        DayOfWeek dow = time.getDayOfWeek();
        double weekly = dow == DayOfWeek.SATURDAY || dow == DayOfWeek.SUNDAY ? 0.6 : 1;
        return daily * weekly;
    }

    /** Three hours without data on one broker, about two thirds into the window. */
    private boolean inGap(int broker, int slot) {
        int gapStart = window.expectedPoints() * 9 / 14;
        int gapSlots = GAP_SECONDS / window.periodSeconds();
        return broker == GAP_BROKER && slot >= gapStart && slot < gapStart + gapSlots;
    }

    private static MetricSeries series(MskMetric metric, String broker, long[] t, double[] v, int n) {
        return MetricSeries.of(metric, broker, Arrays.copyOf(t, n), Arrays.copyOf(v, n));
    }
}
