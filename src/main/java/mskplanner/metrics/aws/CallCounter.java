package mskplanner.metrics.aws;

import java.util.concurrent.atomic.AtomicInteger;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;

/** Counts API calls and HTTP attempts; every attempt beyond the first of a call is a retry. */
public final class CallCounter implements ExecutionInterceptor {
    private final AtomicInteger calls = new AtomicInteger();
    private final AtomicInteger attempts = new AtomicInteger();

    @Override
    public void beforeExecution(Context.BeforeExecution context, ExecutionAttributes attributes) {
        calls.incrementAndGet();
    }

    @Override
    public void beforeTransmission(Context.BeforeTransmission context, ExecutionAttributes attributes) {
        attempts.incrementAndGet();
    }

    public int calls() {
        return calls.get();
    }

    public int retries() {
        return Math.max(0, attempts.get() - calls.get());
    }
}
