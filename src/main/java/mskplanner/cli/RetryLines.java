package mskplanner.cli;

import java.io.PrintWriter;
import mskplanner.aws.RetryWatch;

/** The line a person sees while an AWS call is retried: {@code msk-planner: cloudwatch:GetMetricData failed, retrying (2/8)}. */
final class RetryLines {
    private RetryLines() {
    }

    static RetryWatch.Listener to(PrintWriter err, int maxAttempts) {
        return (operation, attempt) -> {
            err.println("msk-planner: " + operation + " failed, retrying (" + attempt + "/" + maxAttempts + ")");
            err.flush();
        };
    }
}
