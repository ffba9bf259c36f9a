package mskplanner.engine.alternatives;

import mskplanner.engine.Inputs;

/**
 * A limit or quota the workload breaks, named with the workload's value and the limit, so a reader needs nothing
 * else to see why an option does not fit.
 *
 * @param id stable identifier for programs and tests, e.g. {@code serverless.ingress}
 * @param quota the limit's name as AWS documents it, e.g. {@code max ingress throughput per cluster}
 * @param workloadValue the workload's value with its unit, e.g. {@code 250 MB/s}
 * @param limit the limit with its unit, e.g. {@code 200 MB/s}
 * @param message one sentence saying what is wrong and, where there is one, what to do
 */
public record Violation(String id, String quota, String workloadValue, String limit, String message) {
    public Violation {
        Inputs.present("id", id);
        Inputs.present("quota", quota);
        Inputs.present("workloadValue", workloadValue);
        Inputs.present("limit", limit);
        Inputs.present("message", message);
    }
}
