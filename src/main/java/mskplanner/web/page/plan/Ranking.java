package mskplanner.web.page.plan;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import mskplanner.app.plan.CandidateDto;
import mskplanner.app.plan.OptionDto;
import mskplanner.app.plan.PlanResponse;
import mskplanner.engine.format.Format;

/**
 * Every way to run the workload (MSK, Serverless, self-managed EC2 per way of paying, Kinesis), cheapest first, from the
 * plan answer's {@code ranking}, with the cheapest named and the visitor's MSK discount labelled as an assumption.
 *
 * @param rows the ranking
 * @param cheapest the cheapest in a sentence, or empty
 * @param discountNote what the discount is, e.g. "10% assumption: private discount, not an AWS price", or empty
 */
public record Ranking(List<Row> rows, String cheapest, String discountNote) {
    /** One way to run it, as the API priced it. */
    public record Row(CandidateDto candidate) {
        public Row {
            Objects.requireNonNull(candidate, "candidate");
        }

        /** E.g. {@code 12 × express.m7g.large}, or empty where there are no brokers. */
        public String sizing() {
            return candidate.instanceType() == null ? "" : candidate.brokers() + " \u00D7 " + candidate.instanceType();
        }

        public BigDecimal annualUsd() {
            return Annual.usd(candidate.monthlyUsd());
        }

        String name() {
            String variant = candidate.variant() == null ? "" : candidate.variant();
            String detail = sizing().isEmpty() ? variant : sizing() + (variant.isEmpty() ? "" : ", " + variant);
            return candidate.label() + (detail.isEmpty() ? "" : " (" + detail + ")");
        }
    }

    public Ranking {
        rows = List.copyOf(rows);
    }

    public boolean present() {
        return !rows.isEmpty();
    }

    public boolean discounted() {
        return rows.stream().anyMatch(r -> r.candidate().discountedMonthlyUsd() != null);
    }

    static Ranking of(PlanResponse answer) {
        List<Row> rows = answer.ranking() == null ? List.of() : answer.ranking().stream().map(Row::new).toList();
        CandidateDto cheapest = answer.cheapest();
        String sentence = cheapest == null ? "" : partial(answer) + headline(cheapest, answer.recommended().overall());
        String note = answer.mskDiscount() == null ? ""
                : Format.number(answer.mskDiscount().percent()) + "% on MSK: " + answer.mskDiscount().label();
        return new Ranking(rows, sentence, note);
    }

    /**
     * When most broker sizes cannot be priced for this workload, the headline says the comparison covers only the rest.
     * "For this workload": a size also needs the prices of the lines it bills (Express storage, say), so this count
     * can be below the region picker's, which counts the sizes whose broker-hour is priced.
     */
    private static String partial(PlanResponse answer) {
        int unpriced = answer.unpricedSizes().size();
        int priced = answer.options().size();
        if (unpriced <= priced) {
            return "";
        }
        return "Only " + priced + " of " + (priced + unpriced) + " broker sizes can be priced for this workload in "
                + answer.region() + ", so this compares those alone (the warnings name the missing prices). ";
    }

    /**
     * Which answer is the cheapest overall and which the cheapest MSK cluster, in one sentence, so that the ranking's
     * winner (Kinesis, say) and the MSK pick below do not read as two winners.
     */
    private static String headline(CandidateDto cheapest, OptionDto mskPick) {
        String overall = "Cheapest overall: " + new Row(cheapest).name() + ", " + Format.usd(cheapest.monthlyUsd())
                + " per month at list prices";
        if (mskPick == null) {
            return overall + "; no MSK cluster fits the broker quota.";
        }
        boolean same = cheapest.instanceType() != null && cheapest.instanceType().equals(mskPick.instanceType())
                && cheapest.monthlyUsd().compareTo(mskPick.monthlyUsd()) == 0;
        if (same) {
            return overall + ", the MSK cluster below.";
        }
        return overall + ". The cheapest MSK cluster, below: " + mskPick.brokers() + " \u00D7 " + mskPick.instanceType()
                + ", " + Format.usd(mskPick.monthlyUsd()) + " per month.";
    }
}
