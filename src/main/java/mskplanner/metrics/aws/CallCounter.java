package mskplanner.metrics.aws;

import java.util.concurrent.atomic.AtomicInteger;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttribute;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.core.interceptor.SdkExecutionAttribute;

/**
 * Counts API calls and HTTP attempts; every attempt beyond the first of a call is a retry, and is told to the
 * {@link RetryListener} as it starts (so a person waiting on backoff sees why).
 */
public final class CallCounter implements ExecutionInterceptor {
    private static final ExecutionAttribute<AtomicInteger> ATTEMPT = new ExecutionAttribute<>("mskplanner.attempt");

    private final AtomicInteger calls = new AtomicInteger();
    private final AtomicInteger attempts = new AtomicInteger();
    private final RetryListener listener;

    /** Told when an attempt after the first starts: {@code attempt} is 2 for the first retry. */
    @FunctionalInterface
    public interface RetryListener {
        RetryListener NONE = (operation, attempt) -> {
        };

        /** @param operation e.g. {@code cloudwatch:GetMetricData} */
        void retrying(String operation, int attempt);
    }

    public CallCounter() {
        this(RetryListener.NONE);
    }

    public CallCounter(RetryListener listener) {
        this.listener = java.util.Objects.requireNonNull(listener, "listener");
    }

    @Override
    public void beforeExecution(Context.BeforeExecution context, ExecutionAttributes attributes) {
        calls.incrementAndGet();
        attributes.putAttribute(ATTEMPT, new AtomicInteger());
    }

    @Override
    public void beforeTransmission(Context.BeforeTransmission context, ExecutionAttributes attributes) {
        attempts.incrementAndGet();
        AtomicInteger attempt = attributes.getAttribute(ATTEMPT);
        int n = attempt == null ? 1 : attempt.incrementAndGet();
        if (n > 1) {
            listener.retrying(operation(attributes), n);
        }
    }

    public int calls() {
        return calls.get();
    }

    public int retries() {
        return Math.max(0, attempts.get() - calls.get());
    }

    private static String operation(ExecutionAttributes attributes) {
        String service = attributes.getAttribute(SdkExecutionAttribute.SERVICE_NAME);
        String name = attributes.getAttribute(SdkExecutionAttribute.OPERATION_NAME);
        return (service == null ? "" : service.toLowerCase(java.util.Locale.ROOT) + ":") + name;
    }
}
