package mskplanner.aws;

import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicInteger;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttribute;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.core.interceptor.SdkExecutionAttribute;

/**
 * Tells a {@link Listener} when an SDK call sends an attempt after its first (the SDK's retry strategy decided to
 * retry), so a person waiting on backoff sees why. Add it to a client with {@code addExecutionInterceptor}.
 */
public final class RetryWatch implements ExecutionInterceptor {
    private static final ExecutionAttribute<AtomicInteger> ATTEMPT = new ExecutionAttribute<>("mskplanner.attempt");

    private final Listener listener;

    /** Told as a retry starts. */
    @FunctionalInterface
    public interface Listener {
        Listener NONE = (operation, attempt) -> {
        };

        /**
         * @param operation the service and operation, e.g. {@code cloudwatch:GetMetricData}
         * @param attempt   the attempt starting: 2 for the first retry
         */
        void retrying(String operation, int attempt);
    }

    public RetryWatch(Listener listener) {
        this.listener = Objects.requireNonNull(listener, "listener");
    }

    @Override
    public void beforeExecution(Context.BeforeExecution context, ExecutionAttributes attributes) {
        attributes.putAttribute(ATTEMPT, new AtomicInteger());
    }

    @Override
    public void beforeTransmission(Context.BeforeTransmission context, ExecutionAttributes attributes) {
        AtomicInteger attempt = attributes.getAttribute(ATTEMPT);
        int n = attempt == null ? 1 : attempt.incrementAndGet();
        if (n > 1) {
            listener.retrying(operation(attributes), n);
        }
    }

    private static String operation(ExecutionAttributes attributes) {
        String service = attributes.getAttribute(SdkExecutionAttribute.SERVICE_NAME);
        String name = attributes.getAttribute(SdkExecutionAttribute.OPERATION_NAME);
        return (service == null ? "" : service.toLowerCase(Locale.ROOT) + ":") + name;
    }
}
