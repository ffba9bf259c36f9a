package mskplanner.web;

import java.time.Duration;
import java.util.Objects;

/**
 * How much work the server takes on at once, and how long it waits for slow clients. A request that cannot start
 * within {@code maxQueueWait} (a batch: at once) gets a 503 with {@code Retry-After}: every request gets an answer,
 * and requests that can be served are not starved by a backlog. docs/security.md gives the measured effect.
 *
 * @param maxConcurrentPlans   plans, break-even sweeps, estimates and right-size uploads computed at once
 * @param maxQueueWait         how long such a request may wait for one of those places before it is shed
 * @param maxConcurrentBatches batches planned at once; each holds its body (up to 16 MB) and keeps the cores busy
 * @param headerDeadline       a connection must send a whole request head within this (slowloris)
 * @param bodyDeadline         a request body must arrive whole within this of the request head
 */
public record LoadLimits(int maxConcurrentPlans, Duration maxQueueWait, int maxConcurrentBatches, Duration headerDeadline,
                         Duration bodyDeadline) {
    /** Four plans per core keep both cores busy while one waits on I/O; a batch already uses every core. */
    public static final LoadLimits DEFAULTS = new LoadLimits(4 * Runtime.getRuntime().availableProcessors(),
            Duration.ofMillis(500), 2, Duration.ofSeconds(10), Duration.ofSeconds(60));

    public LoadLimits {
        if (maxConcurrentPlans < 1) {
            throw new IllegalArgumentException("maxConcurrentPlans must be >= 1, was " + maxConcurrentPlans);
        }
        if (maxConcurrentBatches < 1) {
            throw new IllegalArgumentException("maxConcurrentBatches must be >= 1, was " + maxConcurrentBatches);
        }
        requirePositive(Objects.requireNonNull(headerDeadline, "headerDeadline"), "headerDeadline");
        requirePositive(Objects.requireNonNull(bodyDeadline, "bodyDeadline"), "bodyDeadline");
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
        return new LoadLimits(plans, queueWait, maxConcurrentBatches, headerDeadline, bodyDeadline);
    }

    public LoadLimits withConcurrentBatches(int batches) {
        return new LoadLimits(maxConcurrentPlans, maxQueueWait, batches, headerDeadline, bodyDeadline);
    }

    public LoadLimits withDeadlines(Duration header, Duration body) {
        return new LoadLimits(maxConcurrentPlans, maxQueueWait, maxConcurrentBatches, header, body);
    }
}
