package mskplanner.web;

import java.time.Instant;

/** Metrics exports as aws cloudwatch get-metric-data prints them, over days, for upload tests. */
public final class MetricsExports {
    private MetricsExports() {
    }

    /**
     * A get-metric-data export: per broker 2.5 MB/s in with a daily swing, twice that out, CPU around 15% and disk 30%,
     * all growing a little each day (a flat history trips a date overflow in the trend forecast; see the report).
     */
    public static String days(Instant start, int days, int periodSeconds, String... brokers) {
        int points = days * 86_400 / periodSeconds;
        StringBuilder json = new StringBuilder("{\"MetricDataResults\": [");
        String separator = "";
        for (String broker : brokers) {
            for (String metric : new String[] {"bytesin", "bytesout", "cpu", "disk", "partitions"}) {
                StringBuilder timestamps = new StringBuilder();
                StringBuilder values = new StringBuilder();
                for (int i = 0; i < points; i++) {
                    double day = (double) i * periodSeconds / 86_400.0;
                    double swing = Math.sin(2 * Math.PI * day);
                    double growth = 1 + 0.02 * day;
                    double value = switch (metric) {
                        case "bytesin" -> (2_500_000 + 500_000 * swing) * growth;
                        case "bytesout" -> (5_000_000 + 1_000_000 * swing) * growth;
                        case "cpu" -> (15 + 3 * swing) * growth;
                        case "disk" -> 30 * growth;
                        default -> 100;
                    };
                    String comma = i == 0 ? "" : ",";
                    timestamps.append(comma).append('"').append(start.plusSeconds((long) i * periodSeconds)).append('"');
                    values.append(comma).append(value);
                }
                json.append(separator).append("{\"Id\": \"").append(metric).append("_b").append(broker)
                        .append("\", \"StatusCode\": \"Complete\", \"Timestamps\": [").append(timestamps)
                        .append("], \"Values\": [").append(values).append("]}");
                separator = ",";
            }
        }
        return json.append("], \"Messages\": []}").toString();
    }
}
