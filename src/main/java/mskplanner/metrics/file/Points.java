package mskplanner.metrics.file;

import java.util.Arrays;

/** Timestamps and values of one result id, in primitive arrays that grow as they are read and as pages are joined. */
final class Points {
    private long[] seconds = new long[256];
    private double[] values = new double[256];
    private int times;
    private int size;

    void addTime(long epochSecond) {
        if (times == seconds.length) {
            seconds = Arrays.copyOf(seconds, times * 2);
        }
        seconds[times++] = epochSecond;
    }

    void addValue(double value) {
        if (size == values.length) {
            values = Arrays.copyOf(values, size * 2);
        }
        values[size++] = value;
    }

    int timeCount() {
        return times;
    }

    int valueCount() {
        return size;
    }

    /** Adds another page of the same id (with as many timestamps as values). */
    void append(Points page) {
        for (int i = 0; i < page.size; i++) {
            addTime(page.seconds[i]);
            addValue(page.values[i]);
        }
    }

    long[] seconds() {
        return Arrays.copyOf(seconds, times);
    }

    double[] values() {
        return Arrays.copyOf(values, size);
    }
}
