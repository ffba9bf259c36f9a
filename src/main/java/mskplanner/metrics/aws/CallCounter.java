package mskplanner.metrics.aws;

import java.util.concurrent.atomic.AtomicInteger;
import mskplanner.aws.RetryWatch;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;

/** Counts API calls and HTTP attempts; every attempt beyond the first of a call is a retry, told to a listener. */
public final class CallCounter implements ExecutionInterceptor {
    private final AtomicInteger calls = new AtomicInteger();
    private final AtomicInteger attempts = new AtomicInteger();
    private final RetryWatch retries;

    public CallCounter() {
        this(RetryWatch.Listener.NONE);
    }

    public CallCounter(RetryWatch.Listener listener) {
        this.retries = new RetryWatch(listener);
    }

    @Override
    public void beforeExecution(Context.BeforeExecution context, ExecutionAttributes attributes) {
        calls.incrementAndGet();
        retries.beforeExecution(context, attributes);
    }

    @Override
    public void beforeTransmission(Context.BeforeTransmission context, ExecutionAttributes attributes) {
        attempts.incrementAndGet();
        retries.beforeTransmission(context, attributes);
    }

    public int calls() {
        return calls.get();
    }

    public int retries() {
        return Math.max(0, attempts.get() - calls.get());
    }
}
