package mskplanner.metrics.aws;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/** A growing pair of primitive arrays: a page's boxed lists are copied out at once. Written by one thread. */
final class SeriesBuffer {
    private long[] seconds = new long[1024];
    private double[] values = new double[1024];
    private int size;

    void append(List<Instant> timestamps, List<Double> page) {
        int n = Math.min(timestamps.size(), page.size());
        if (size + n > seconds.length) {
            int capacity = Math.max(size + n, seconds.length * 2);
            seconds = Arrays.copyOf(seconds, capacity);
            values = Arrays.copyOf(values, capacity);
        }
        for (int i = 0; i < n; i++) {
            seconds[size] = timestamps.get(i).getEpochSecond();
            values[size++] = page.get(i);
        }
    }

    int size() {
        return size;
    }

    long[] seconds() {
        return Arrays.copyOf(seconds, size);
    }

    double[] values() {
        return Arrays.copyOf(values, size);
    }
}
