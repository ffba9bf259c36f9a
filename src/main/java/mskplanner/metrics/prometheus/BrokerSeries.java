package mskplanner.metrics.prometheus;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import mskplanner.engine.rightsize.MetricSeries;

/** Answers to the queries, joined into one series per key and broker; each answer (chunk) holds one series per broker. */
final class BrokerSeries {
    private final Map<PromQueries.Key, Map<String, Join>> byKey = new EnumMap<>(PromQueries.Key.class);
    private final Function<String, RuntimeException> problem;

    /** {@code problem} turns a message about a query's series into the exception this source throws. */
    BrokerSeries(Function<String, RuntimeException> problem) {
        this.problem = problem;
    }

    void add(PromQueries.Key key, QueryRangeAnswer answer) {
        Map<String, Join> brokers = byKey.computeIfAbsent(key, k -> new LinkedHashMap<>());
        Map<String, String> seen = new LinkedHashMap<>();
        for (QueryRangeAnswer.Series s : answer.series()) {
            String instance = s.label("instance").orElseThrow(() -> problem.apply("the " + key.flagName()
                    + " query returned a series without an instance label (" + s.labels() + "): keep one series per "
                    + "broker, e.g. sum by (instance) (...), with --promql " + key.flagName() + "=QUERY"));
            String broker = BrokerInstances.brokerId(instance);
            String other = seen.put(broker, instance);
            if (other != null) {
                throw problem.apply("the " + key.flagName() + " query returned several series for broker " + broker
                        + " (instance " + other + " and " + s.labels() + "): keep one series per broker, e.g. "
                        + "sum by (instance) (...), with --promql " + key.flagName() + "=QUERY");
            }
            brokers.computeIfAbsent(broker, b -> new Join()).append(s.epochSeconds(), s.values());
        }
    }

    long points() {
        return byKey.values().stream().flatMap(m -> m.values().stream()).mapToLong(Join::size).sum();
    }

    List<MetricSeries> series() {
        List<MetricSeries> out = new ArrayList<>();
        byKey.forEach((key, brokers) -> brokers.forEach((broker, join) ->
                out.add(MetricSeries.of(key.metric(), broker, join.seconds, join.values))));
        return out;
    }

    /** The points of one broker and key, answer after answer. */
    private static final class Join {
        private long[] seconds = new long[0];
        private double[] values = new double[0];

        void append(long[] moreSeconds, double[] moreValues) {
            int size = seconds.length;
            seconds = Arrays.copyOf(seconds, size + moreSeconds.length);
            values = Arrays.copyOf(values, size + moreValues.length);
            System.arraycopy(moreSeconds, 0, seconds, size, moreSeconds.length);
            System.arraycopy(moreValues, 0, values, size, moreValues.length);
        }

        int size() {
            return seconds.length;
        }
    }
}
