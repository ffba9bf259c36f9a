package mskplanner.web;

import io.javalin.http.Handler;
import java.time.Duration;
import java.util.concurrent.Semaphore;

/**
 * A bounded number of places for batches, taken on the Jetty thread that reads the batch (a batch streams its body as
 * it plans, so it cannot be handed to a worker before it is read). A batch that finds no free place is shed at once
 * with 503 and {@code Retry-After}, before its body is read; it never waits. Plans use {@link PlanWorkers} instead.
 */
final class Admission {
    private final String work;
    private final int places;
    private final Semaphore permits;
    private final Shedding shedding;

    Admission(String work, int places, Duration retryAfter) {
        this.work = work;
        this.places = places;
        this.permits = new Semaphore(places);
        this.shedding = new Shedding(work, retryAfter);
    }

    Handler guard(Handler handler) {
        return ctx -> {
            if (!permits.tryAcquire()) {
                throw shedding.refuse(ctx, places + " " + work + " are running, the most it takes at once", true);
            }
            try {
                handler.handle(ctx);
            } finally {
                permits.release();
            }
        };
    }
}
