package mskplanner.web;

import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.HttpStatus;
import org.eclipse.jetty.ee10.servlet.ServletContextRequest;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * How a request the server has no room for is answered: 503 with {@code Retry-After} and a sentence saying why, and a
 * log line at most once a second with the count since the last line, so that a flood of refusals does not flood the
 * log too. The line also says how soon the server refused: of those refused at once, the longest from the moment
 * Jetty began parsing the request to the refusal: the server's own delay. When that is long, the cores are saturated
 * and each request waits its turn inside the server (a flood of clients that retry a 503 at once does that: then the
 * refusals are all the work there is; docs/benchmarks.md).
 */
final class Shedding {
    private static final Logger LOG = LoggerFactory.getLogger(Shedding.class);
    private static final long LOG_EVERY_NANOS = TimeUnit.SECONDS.toNanos(1);

    private final String work;
    private final long retryAfterSeconds;
    private final AtomicLong shed = new AtomicLong();
    private final AtomicLong shedSinceLog = new AtomicLong();
    private final AtomicLong afterWaitSinceLog = new AtomicLong();
    private final AtomicLong slowestAtOnceNanosSinceLog = new AtomicLong();
    private final AtomicLong lastLogNanos = new AtomicLong(System.nanoTime() - LOG_EVERY_NANOS);

    Shedding(String work, Duration retryAfter) {
        this.work = work;
        this.retryAfterSeconds = Math.max(1, retryAfter.toSeconds());
    }

    /**
     * Counts and logs the refusal, sets {@code Retry-After}, and gives the 503 to throw (or to fail the answer with).
     * {@code atOnce}: refused as it arrived, rather than after waiting for a place.
     */
    HttpResponseException refuse(Context ctx, String why, boolean atOnce) {
        shed.incrementAndGet();
        shedSinceLog.incrementAndGet();
        if (atOnce) {
            long sinceArrival = System.nanoTime() - arrivedNanos(ctx);
            slowestAtOnceNanosSinceLog.accumulateAndGet(sinceArrival, Math::max);
        } else {
            afterWaitSinceLog.incrementAndGet();
        }
        log(ctx);
        ctx.header("Retry-After", String.valueOf(retryAfterSeconds));
        return new Refusal("the server is busy: " + why + ": retry after " + retryAfterSeconds + " s");
    }

    /** When Jetty began parsing the request; now, if the request is not Jetty's. */
    private static long arrivedNanos(Context ctx) {
        ServletContextRequest request = ServletContextRequest.getServletContextRequest(ctx.req());
        return request == null ? System.nanoTime() : request.getBeginNanoTime();
    }

    /** A flood is refused thousands of times a second, and the stack of a refusal says nothing: it is not filled in. */
    private static final class Refusal extends HttpResponseException {
        Refusal(String message) {
            super(HttpStatus.SERVICE_UNAVAILABLE.getCode(), message, java.util.Map.of());
        }

        @Override
        public synchronized Throwable fillInStackTrace() {
            return this;
        }
    }

    private void log(Context ctx) {
        long now = System.nanoTime();
        long last = lastLogNanos.get();
        if (now - last >= LOG_EVERY_NANOS && lastLogNanos.compareAndSet(last, now)) {
            long count = shedSinceLog.getAndSet(0);
            long afterWait = afterWaitSinceLog.getAndSet(0);
            double slowestMs = slowestAtOnceNanosSinceLog.getAndSet(0) / 1e6;
            LOG.warn("overloaded: shed {} requests for {} with 503 in the last {} ms (e.g. {} {}): {} at once, the slowest"
                            + " {} ms after Jetty began parsing it, {} after waiting for a place; {} shed since start",
                    count, work, TimeUnit.NANOSECONDS.toMillis(now - last), ctx.method(), ctx.path(), count - afterWait,
                    String.format(Locale.ROOT, "%.3f", slowestMs), afterWait, shed.get());
        }
    }
}
