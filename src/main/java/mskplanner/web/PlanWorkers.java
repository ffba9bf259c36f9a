package mskplanner.web;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import jakarta.servlet.AsyncEvent;
import jakarta.servlet.AsyncListener;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The threads that compute plans, break-even curves, estimates and right-size uploads: a few of their own (one per
 * core by default), never Jetty's. A Jetty thread reads the request, takes a place (running or waiting) or sheds the
 * request with 503 at once, and is free again in microseconds; the answer is written when a worker has computed it.
 * So a flood is refused without queueing for Jetty's threads first, and {@code /health} is answered by a free Jetty
 * thread while every worker computes. A request with a waiting place that no worker starts within the wait is shed
 * then, with the same 503.
 */
final class PlanWorkers {
    private static final Duration RETRY_AFTER = Duration.ofSeconds(1);

    private final int workers;
    private final int waiting;
    private final Duration maxWait;
    private final Semaphore places;
    private final ThreadPoolExecutor pool;
    private final ScheduledThreadPoolExecutor deadlines;
    private final Shedding shedding = new Shedding("plans", RETRY_AFTER);

    PlanWorkers(LoadLimits limits) {
        this.workers = limits.maxConcurrentPlans();
        this.waiting = limits.maxQueuedPlans();
        this.maxWait = limits.maxQueueWait();
        this.places = new Semaphore(workers + waiting);
        // The queue needs no bound of its own: a job only enters it holding one of the places.
        this.pool = new ThreadPoolExecutor(workers, workers, 0, TimeUnit.SECONDS, new LinkedBlockingQueue<>(), daemons("plan-worker"));
        this.deadlines = new ScheduledThreadPoolExecutor(1, daemons("plan-wait-deadline"));
        this.deadlines.setRemoveOnCancelPolicy(true);
    }

    /**
     * The handler, run on a worker; the request is shed at once when every running and waiting place is taken. Those
     * that wait are not shed sooner on a guess of their wait: a client that retries a 503 at once would then retry in
     * a tight loop, and its refusals would take the cores from the plans (docs/benchmarks.md measured it).
     */
    Handler guard(Handler handler) {
        return ctx -> {
            readBody(ctx);
            if (!places.tryAcquire()) {
                throw shedding.refuse(ctx, workers + " plans are running and " + waiting + " waiting, the most it takes", true);
            }
            // With no more requests in than workers, each has a worker: only one beyond them waits, against the clock.
            boolean waits = places.availablePermits() < waiting;
            ctx.future(() -> submit(new Job(ctx, handler), waits));
        };
    }

    /** Stops the workers and the deadline timer; jobs still waiting are dropped with their server. */
    void stop() {
        pool.shutdownNow();
        deadlines.shutdownNow();
    }

    /**
     * The body is read here, on the Jetty thread, so a worker never waits on a client's network (a slow one is closed
     * by the body deadline). A multipart upload was already read and parsed by {@link RequestGuards#multipart}.
     */
    private static void readBody(Context ctx) {
        String type = ctx.contentType();
        if (type == null || !type.toLowerCase(Locale.ROOT).startsWith("multipart/")) {
            ctx.bodyAsBytes();
        }
    }

    private CompletableFuture<Void> submit(Job job, boolean waits) {
        // Javalin has started the request's async context before it asks for the future.
        job.ctx.req().getAsyncContext().addListener(job);
        if (waits) {
            job.deadline = deadlines.schedule(job::expire, maxWait.toNanos(), TimeUnit.NANOSECONDS);
        }
        try {
            pool.execute(job);
        } catch (RejectedExecutionException stopped) {
            job.expire();
        }
        return job.answer;
    }

    private static ThreadFactory daemons(String name) {
        AtomicInteger count = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, name + "-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }

    /**
     * One admitted request: started by a worker or expired by its deadline, whichever comes first, never both. It is
     * also its request's async listener: when Jetty ends the request first (the server stops, the connection fails),
     * the request and its response are recycled, so the job neither starts nor answers; answering would make Javalin
     * write to a recycled response and log a stack trace.
     */
    private final class Job implements Runnable, AsyncListener {
        private static final int WAITING = 0;
        private static final int RUNNING = 1;
        private static final int EXPIRED = 2;

        private final Context ctx;
        private final Handler handler;
        private final AtomicInteger state = new AtomicInteger(WAITING);
        private volatile boolean ended;
        private final CompletableFuture<Void> answer = new CompletableFuture<>();
        private volatile ScheduledFuture<?> deadline;

        Job(Context ctx, Handler handler) {
            this.ctx = ctx;
            this.handler = handler;
        }

        @Override
        public void run() {
            if (!state.compareAndSet(WAITING, RUNNING)) {
                return;
            }
            ScheduledFuture<?> clock = deadline;
            if (clock != null) {
                clock.cancel(false);
            }
            Throwable failure = null;
            try {
                handler.handle(ctx);
            } catch (Exception e) {
                failure = e;
            } catch (Throwable e) {
                // Javalin maps exceptions to answers; an Error (a stack overflow) would leave the request unanswered.
                failure = new IllegalStateException("a plan worker failed", e);
            } finally {
                places.release();
            }
            if (ended) {
                return;
            }
            if (failure == null) {
                answer.complete(null);
            } else {
                answer.completeExceptionally(failure);
            }
        }

        void expire() {
            if (!leaveQueue()) {
                return;
            }
            answer.completeExceptionally(shedding.refuse(ctx, "no plan worker was free within " + maxWait.toMillis() + " ms", false));
        }

        /** Takes a job that no worker started out of the queue, giving back its place; false once it started or left. */
        private boolean leaveQueue() {
            if (!state.compareAndSet(WAITING, EXPIRED)) {
                return false;
            }
            ScheduledFuture<?> clock = deadline;
            if (clock != null) {
                clock.cancel(false);
            }
            pool.remove(this);
            places.release();
            return true;
        }

        private void end() {
            ended = true;
            leaveQueue();
        }

        @Override
        public void onComplete(AsyncEvent event) {
            end();
        }

        @Override
        public void onError(AsyncEvent event) {
            end();
        }

        @Override
        public void onTimeout(AsyncEvent event) {
            end();
        }

        @Override
        public void onStartAsync(AsyncEvent event) {
            // Not restarted: nothing to do.
        }
    }
}
