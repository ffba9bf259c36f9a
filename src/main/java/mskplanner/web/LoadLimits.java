package mskplanner.web;

import java.time.Duration;
import java.util.Objects;

/**
 * How much work the server takes on at once, and how long it waits for slow clients. A plan that finds every running
 * and waiting place taken, or that waits {@code maxQueueWait} without starting, gets a 503 with {@code Retry-After}
 * (a batch: when no batch place is free, at once): every request gets an answer, and requests that can be served are
 * not starved by a backlog. docs/security.md gives the measured effect.
 *
 * @param maxConcurrentPlans   plans, break-even curves, estimates and right-size uploads computed at once: the number
 *                             of plan worker threads ({@link PlanWorkers})
 * @param maxQueuedPlans       such requests that may wait for a worker; one more is shed at once
 * @param maxQueueWait         how long such a request may wait for a worker before it is shed
 * @param maxConcurrentBatches batches planned at once; each holds its body (up to 16 MB) and keeps the cores busy
 * @param headerDeadline       a connection must send a whole request head within this (slowloris)
 * @param bodyDeadline         a request body must arrive whole within this of the request head
 * @param maxRequestsPerSecondPerClient requests a second one client address may send before it gets 429 (0: no limit)
 */
public record LoadLimits(int maxConcurrentPlans, int maxQueuedPlans, Duration maxQueueWait, int maxConcurrentBatches,
                         Duration headerDeadline, Duration bodyDeadline, int maxRequestsPerSecondPerClient) {
    /** The most {@code serve --client-rate} takes. */
    public static final int MAX_CLIENT_RATE = 1_000_000;

    /**
     * A plan is pure computation on a body already read, so one worker per core keeps the cores busy and more would
     * only share them. Up to 32 per core may wait (all of 64 clients' plans), each at most 500 ms. A batch already
     * uses every core.
     */
    public static final LoadLimits DEFAULTS = new LoadLimits(Runtime.getRuntime().availableProcessors(),
            32 * Runtime.getRuntime().availableProcessors(), Duration.ofMillis(500), 2, Duration.ofSeconds(10),
            Duration.ofSeconds(60), 0);

    public LoadLimits {
        if (maxConcurrentPlans < 1) {
            throw new IllegalArgumentException("maxConcurrentPlans must be >= 1, was " + maxConcurrentPlans);
        }
        if (maxQueuedPlans < 0) {
            throw new IllegalArgumentException("maxQueuedPlans must be >= 0, was " + maxQueuedPlans);
        }
        if (maxConcurrentBatches < 1) {
            throw new IllegalArgumentException("maxConcurrentBatches must be >= 1, was " + maxConcurrentBatches);
        }
        requirePositive(Objects.requireNonNull(headerDeadline, "headerDeadline"), "headerDeadline");
        requirePositive(Objects.requireNonNull(bodyDeadline, "bodyDeadline"), "bodyDeadline");
        if (maxRequestsPerSecondPerClient < 0 || maxRequestsPerSecondPerClient > MAX_CLIENT_RATE) {
            throw new IllegalArgumentException("maxRequestsPerSecondPerClient must be 0 to " + MAX_CLIENT_RATE + ", was "
                    + maxRequestsPerSecondPerClient);
        }
        if (Objects.requireNonNull(maxQueueWait, "maxQueueWait").isNegative()) {
            throw new IllegalArgumentException("maxQueueWait must be >= 0, was " + maxQueueWait);
        }
    }

    private static void requirePositive(Duration d, String name) {
        if (d.isNegative() || d.isZero()) {
            throw new IllegalArgumentException(name + " must be > 0, was " + d);
        }
    }

    public LoadLimits withConcurrentPlans(int plans, Duration queueWait) {
        return new LoadLimits(plans, maxQueuedPlans, queueWait, maxConcurrentBatches, headerDeadline, bodyDeadline,
                maxRequestsPerSecondPerClient);
    }

    public LoadLimits withQueuedPlans(int queued) {
        return new LoadLimits(maxConcurrentPlans, queued, maxQueueWait, maxConcurrentBatches, headerDeadline, bodyDeadline,
                maxRequestsPerSecondPerClient);
    }

    public LoadLimits withConcurrentBatches(int batches) {
        return new LoadLimits(maxConcurrentPlans, maxQueuedPlans, maxQueueWait, batches, headerDeadline, bodyDeadline,
                maxRequestsPerSecondPerClient);
    }

    public LoadLimits withDeadlines(Duration header, Duration body) {
        return new LoadLimits(maxConcurrentPlans, maxQueuedPlans, maxQueueWait, maxConcurrentBatches, header, body,
                maxRequestsPerSecondPerClient);
    }

    /** With at most {@code perSecond} requests a second from one client address (0: no limit). */
    public LoadLimits withClientRate(int perSecond) {
        return new LoadLimits(maxConcurrentPlans, maxQueuedPlans, maxQueueWait, maxConcurrentBatches, headerDeadline,
                bodyDeadline, perSecond);
    }
}
