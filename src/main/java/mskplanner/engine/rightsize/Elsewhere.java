package mskplanner.engine.rightsize;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import mskplanner.engine.catalog.Catalog;
import mskplanner.engine.catalog.InstanceType;
import mskplanner.engine.cost.Money;

/**
 * Finds the cheapest shape that carries the load in any family (m5, m7g, Express, Serverless) and, when it is not
 * the verdict's target and costs less, attaches it to the verdict and its headline: a verdict that stays in the
 * cluster's family must not hide a cheaper way to run the same load.
 */
final class Elsewhere {
    static final String RIGHT_SIZED_TAIL = ", and no cheaper shape carries the load.";

    private final Catalog catalog;
    private final ClusterDescription cluster;
    private final InstanceType current;

    Elsewhere(Catalog catalog, ClusterDescription cluster, InstanceType current) {
        this.catalog = catalog;
        this.cluster = cluster;
        this.current = current;
    }

    Verdict decorate(Verdict verdict, List<SizedOption> fitting) {
        BigDecimal reference = verdict.target().map(SizedOption::monthlyUsd).orElse(verdict.currentMonthlyUsd());
        String family = verdict.target().map(this::family).orElse(current.deployment().id() + ":" + current.family());
        Optional<SizedOption> cheapest = fitting.stream().min(Comparator.comparing(SizedOption::monthlyUsd));
        if (cheapest.isEmpty() || family(cheapest.get()).equals(family)
                || Money.cents(reference.subtract(cheapest.get().monthlyUsd())).signum() <= 0) {
            return verdict;
        }
        SizedOption o = cheapest.get();
        CheaperElsewhere elsewhere = new CheaperElsewhere(o, CheaperElsewhere.move(cluster, o));
        String head = verdict.kind() == Verdict.Kind.RIGHT_SIZED
                ? verdict.headline().replace(RIGHT_SIZED_TAIL, ", and no cheaper " + familyName() + " shape carries the load.")
                : verdict.headline();
        String against = verdict.target().isPresent() ? " than the target" : "";
        String sentence = " Cheaper in another family: " + o.description() + " carries the load for "
                + VerdictText.usd(o.monthlyUsd()) + " per month (" + VerdictText.usd(reference.subtract(o.monthlyUsd()))
                + " less" + against + "); the move takes " + elsewhere.move() + ".";
        return new Verdict(verdict.kind(), head + sentence, verdict.target(), verdict.currentMonthlyUsd(),
                verdict.monthlyChangeUsd(), verdict.evidence(), Optional.of(elsewhere));
    }

    private String familyName() {
        return current.name().substring(0, current.name().lastIndexOf('.'));
    }

    private String family(SizedOption o) {
        return catalog.find(o.instanceType()).map(t -> t.deployment().id() + ":" + t.family())
                .orElse(o.deployment().id());
    }
}
