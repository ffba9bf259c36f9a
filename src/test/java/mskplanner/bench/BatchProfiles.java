package mskplanner.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Random;

/**
 * Seeded, varied, valid workload profiles as batch CSV: average ingress 1 to 500 MB/s, peaks 1 to 4 times that, 1 to
 * 4 consumer groups, retention from a day to a month with some tiered, every Standard and Express size in play.
 * {@code main} writes a file for timing the CLI and the HTTP endpoint (see docs/benchmarks.md).
 */
public final class BatchProfiles {
    static final String HEADER = "avgIngressMBps,peakIngressMBps,consumerGroups,retentionHours,localRetentionHours,region";
    private static final int[] RETENTION_HOURS = {24, 72, 168, 720};

    private BatchProfiles() {
    }

    static String csv(int profiles, long seed) {
        Random random = new Random(seed);
        StringBuilder sb = new StringBuilder(HEADER).append('\n');
        for (int i = 0; i < profiles; i++) {
            double avg = 1 + random.nextInt(49_900) / 100.0;
            double peak = avg * (1 + random.nextInt(300) / 100.0);
            int retention = RETENTION_HOURS[random.nextInt(RETENTION_HOURS.length)];
            String local = random.nextInt(4) == 0 ? String.valueOf(Math.min(24, retention)) : "";
            sb.append(String.format(Locale.ROOT, "%.2f,%.2f,%d,%d,%s,us-east-1%n", avg, peak, 1 + random.nextInt(4),
                    retention, local));
        }
        return sb.toString();
    }

    /** {@code BatchProfiles FILE [COUNT]}: writes COUNT (default 10,000) profiles with seed 42. */
    public static void main(String[] args) throws IOException {
        int count = args.length > 1 ? Integer.parseInt(args[1]) : 10_000;
        Files.writeString(Path.of(args[0]), csv(count, 42));
    }
}
