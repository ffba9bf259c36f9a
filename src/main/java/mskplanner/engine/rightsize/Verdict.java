package mskplanner.engine.rightsize;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The answer to "is this cluster the right size?", with the numbers behind it.
 *
 * @param kind the verdict
 * @param headline one sentence, e.g. {@code Over-provisioned: scale down to 3 x kafka.m7g.large, saves $446.76 per month (now $893.52 per month).}
 * @param target what to change to (absent when right-sized)
 * @param currentMonthlyUsd what the cluster costs now, unrounded
 * @param monthlyChangeUsd target cost minus current cost (negative = saving); absent without a target
 * @param evidence every check, breached or not
 * @param cheaperElsewhere the cheapest shape that carries the load, when it is in another family than the target
 *                         (or than the cluster when there is no target) and cheaper than either
 */
public record Verdict(Kind kind, String headline, Optional<SizedOption> target, BigDecimal currentMonthlyUsd,
                      Optional<BigDecimal> monthlyChangeUsd, List<Evidence> evidence,
                      Optional<CheaperElsewhere> cheaperElsewhere) {

    /** The possible verdicts (after Cruise Control's provision status, plus a change of deployment type). */
    public enum Kind {
        RIGHT_SIZED("right-sized"),
        OVER_PROVISIONED("over-provisioned"),
        UNDER_PROVISIONED("under-provisioned"),
        SWITCH_DEPLOYMENT("switch deployment type"),
        /** A broker reported no data: the load is partial, so no verdict is given (Cruise Control's UNDECIDED). */
        UNDECIDED("undecided");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** The change of the monthly bill in words, as the headline words it: {@code saves $585.06 per month}. */
    public static String describeChange(BigDecimal monthlyChangeUsd) {
        return VerdictText.change(monthlyChangeUsd);
    }

    public Verdict {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(headline, "headline");
        Objects.requireNonNull(cheaperElsewhere, "cheaperElsewhere");
        evidence = List.copyOf(evidence);
    }

    /** A verdict with nothing cheaper elsewhere. */
    public Verdict(Kind kind, String headline, Optional<SizedOption> target, BigDecimal currentMonthlyUsd,
                   Optional<BigDecimal> monthlyChangeUsd, List<Evidence> evidence) {
        this(kind, headline, target, currentMonthlyUsd, monthlyChangeUsd, evidence, Optional.empty());
    }
}
