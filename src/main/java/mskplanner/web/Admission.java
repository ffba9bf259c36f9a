package mskplanner.web;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.HttpResponseException;
import io.javalin.http.HttpStatus;
import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A bounded number of places for costly requests. A request that gets no place within the wait is shed at once with
 * 503 and {@code Retry-After}, instead of queueing until the client gives up and the connection closes unanswered.
 * Shedding is logged, at most once a second, with the count since the last line.
 */
final class Admission {
    private static final Logger LOG = LoggerFactory.getLogger(Admission.class);
    private static final long LOG_EVERY_NANOS = TimeUnit.SECONDS.toNanos(1);

    private final String work;
    private final int places;
    private final Semaphore permits;
    private final Duration maxWait;
    private final Duration retryAfter;
    private final AtomicLong shed = new AtomicLong();
    private final AtomicLong shedSinceLog = new AtomicLong();
    private final AtomicLong lastLogNanos = new AtomicLong(System.nanoTime() - LOG_EVERY_NANOS);

    Admission(String work, int places, Duration maxWait, Duration retryAfter) {
        this.work = work;
        this.places = places;
        this.permits = new Semaphore(places, true);
        this.maxWait = maxWait;
        this.retryAfter = retryAfter;
    }

    Handler guard(Handler handler) {
        return ctx -> {
            if (!permits.tryAcquire(maxWait.toNanos(), TimeUnit.NANOSECONDS)) {
                shed(ctx);
            }
            try {
                handler.handle(ctx);
            } finally {
                permits.release();
            }
        };
    }

    /** Requests shed since the server started. */
    long shedCount() {
        return shed.get();
    }

    private void shed(Context ctx) {
        shed.incrementAndGet();
        shedSinceLog.incrementAndGet();
        logShedding(ctx);
        ctx.header("Retry-After", String.valueOf(Math.max(1, retryAfter.toSeconds())));
        throw new HttpResponseException(HttpStatus.SERVICE_UNAVAILABLE.getCode(), "the server is busy with " + places + " "
                + work + " at once and none finished within " + maxWait.toMillis() + " ms: retry after "
                + Math.max(1, retryAfter.toSeconds()) + " s");
    }

    private void logShedding(Context ctx) {
        long now = System.nanoTime();
        long last = lastLogNanos.get();
        if (now - last >= LOG_EVERY_NANOS && lastLogNanos.compareAndSet(last, now)) {
            LOG.warn("overloaded: shed {} requests for {} with 503 in the last {} ms (e.g. {} {}); {} shed since start",
                    shedSinceLog.getAndSet(0), work, TimeUnit.NANOSECONDS.toMillis(now - last), ctx.method(), ctx.path(), shed.get());
        }
    }
}
