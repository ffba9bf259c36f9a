package mskplanner.app.plan;

import mskplanner.engine.alternatives.Violation;

/**
 * A limit the workload breaks: {@code id} (stable, e.g. {@code serverless.ingress}), the quota's name, the workload's
 * value and the limit (each with its unit), and one sentence saying what is wrong.
 */
public record ViolationDto(String id, String quota, String workloadValue, String limit, String message) {
    static ViolationDto of(Violation v) {
        return new ViolationDto(v.id(), v.quota(), v.workloadValue(), v.limit(), v.message());
    }
}
