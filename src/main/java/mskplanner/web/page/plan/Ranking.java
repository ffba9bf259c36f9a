package mskplanner.web.page.plan;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import mskplanner.app.plan.CandidateDto;
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
        String sentence = cheapest == null ? "" : "The cheapest way to run it: " + new Row(cheapest).name()
                + ", " + Format.usd(cheapest.monthlyUsd()) + " per month at list prices.";
        String note = answer.mskDiscount() == null ? ""
                : Format.number(answer.mskDiscount().percent()) + "% on MSK: " + answer.mskDiscount().label();
        return new Ranking(rows, sentence, note);
    }
}
