package mskplanner.rightsize.fleet;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;
import mskplanner.engine.rightsize.RightsizeReport;

/**
 * What the fleet run made of one cluster: its single report, or why it was skipped, or why it failed.
 *
 * @param member the cluster
 * @param outcome which of the three
 * @param report the single report; present only for {@link Outcome#VERDICT}
 * @param reason why it was skipped or failed; empty for a verdict
 */
public record FleetEntry(FleetMember member, Outcome outcome, Optional<RightsizeReport> report, Optional<String> reason) {
    /** How a cluster ended up in the fleet report. */
    public enum Outcome { VERDICT, SKIPPED, FAILED }

    public FleetEntry {
        Objects.requireNonNull(member, "member");
        Objects.requireNonNull(outcome, "outcome");
        if (report.isPresent() != (outcome == Outcome.VERDICT) || reason.isPresent() == (outcome == Outcome.VERDICT)) {
            throw new IllegalArgumentException("a " + outcome + " entry needs " + (outcome == Outcome.VERDICT
                    ? "a report and no reason" : "a reason and no report") + ", cluster " + member.clusterArn());
        }
    }

    public static FleetEntry verdict(FleetMember m, RightsizeReport r) {
        return new FleetEntry(m, Outcome.VERDICT, Optional.of(r), Optional.empty());
    }

    public static FleetEntry skipped(FleetMember m, String reason) {
        return new FleetEntry(m, Outcome.SKIPPED, Optional.empty(), Optional.of(reason));
    }

    public static FleetEntry failed(FleetMember m, String reason) {
        return new FleetEntry(m, Outcome.FAILED, Optional.empty(), Optional.of(reason));
    }

    /** Target minus current cost per month (negative = saving); zero without a verdict or a change. */
    public BigDecimal monthlyChangeUsd() {
        return report.flatMap(r -> r.verdict().monthlyChangeUsd()).orElse(BigDecimal.ZERO);
    }

    /** What the cluster costs now per month; zero without a verdict. */
    public BigDecimal currentMonthlyUsd() {
        return report.map(r -> r.verdict().currentMonthlyUsd()).orElse(BigDecimal.ZERO);
    }
}
