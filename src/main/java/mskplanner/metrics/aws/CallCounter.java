package mskplanner.metrics.aws;

import java.util.concurrent.atomic.AtomicInteger;
import mskplanner.aws.RetryWatch;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttribute;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;

/**
 * Counts API calls and HTTP attempts; every attempt beyond the first of a call is a retry, told to a listener. A
 * request that carries a {@link Tally} (as the execution attribute {@link #TALLY}) is counted there too, so that
 * requests sent at once on one client each know their own calls and retries.
 */
public final class CallCounter implements ExecutionInterceptor {
    /** Put on a request with {@code overrideConfiguration(o -> o.putExecutionAttribute(TALLY, tally))}. */
    static final ExecutionAttribute<Tally> TALLY = new ExecutionAttribute<>("mskplanner.requestTally");

    private final AtomicInteger calls = new AtomicInteger();
    private final AtomicInteger attempts = new AtomicInteger();
    private final RetryWatch retries;

    /** The calls (every page is one) and attempts of one request. */
    static final class Tally {
        private final AtomicInteger calls = new AtomicInteger();
        private final AtomicInteger attempts = new AtomicInteger();

        int calls() {
            return calls.get();
        }

        int retries() {
            return Math.max(0, attempts.get() - calls.get());
        }
    }

    public CallCounter() {
        this(RetryWatch.Listener.NONE);
    }

    public CallCounter(RetryWatch.Listener listener) {
        this.retries = new RetryWatch(listener);
    }

    @Override
    public void beforeExecution(Context.BeforeExecution context, ExecutionAttributes attributes) {
        calls.incrementAndGet();
        Tally tally = attributes.getAttribute(TALLY);
        if (tally != null) {
            tally.calls.incrementAndGet();
        }
        retries.beforeExecution(context, attributes);
    }

    @Override
    public void beforeTransmission(Context.BeforeTransmission context, ExecutionAttributes attributes) {
        attempts.incrementAndGet();
        Tally tally = attributes.getAttribute(TALLY);
        if (tally != null) {
            tally.attempts.incrementAndGet();
        }
        retries.beforeTransmission(context, attributes);
    }

    public int calls() {
        return calls.get();
    }

    public int retries() {
        return Math.max(0, attempts.get() - calls.get());
    }
}
