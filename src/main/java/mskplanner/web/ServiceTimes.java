package mskplanner.web;

import java.util.concurrent.atomic.AtomicLong;

/**
 * How long a plan has recently held its worker (a moving average: each new plan counts for an eighth), and so how
 * long a request that joins the queue now would wait before a worker starts it. The average follows the machine: on
 * a busy one a plan holds its worker longer, and fewer requests are let in to wait.
 */
final class ServiceTimes {
    private static final int WEIGHT_OF_THE_PAST = 8;

    private final AtomicLong averageNanos = new AtomicLong();

    void record(long nanos) {
        averageNanos.accumulateAndGet(Math.max(1, nanos),
                (average, sample) -> average == 0 ? sample : average + (sample - average) / WEIGHT_OF_THE_PAST);
    }

    /**
     * The wait of a request with {@code ahead} requests queued before it, {@code workers} taking them: it starts when
     * {@code ahead + 1} plans have finished. Zero before any plan has finished.
     */
    long waitNanos(int ahead, int workers) {
        return (ahead + 1) * averageNanos.get() / workers;
    }
}
