package mskplanner.app.plan;

import mskplanner.engine.matrix.Matrix;

/**
 * The user's MSK discount (private pricing / EDP): an assumption, never an AWS price. It is applied to every MSK line
 * except cross-AZ transfer (an EC2 data-transfer charge); list prices stay in each {@code monthlyUsd}, the discounted
 * figures are in {@code discountedMonthlyUsd}. {@code cheapest} is the cheapest deployment under this assumption.
 */
public record MskDiscountDto(double percent, String label, CandidateDto cheapest) {
    static MskDiscountDto of(Matrix.DiscountView d) {
        return new MskDiscountDto(d.percent(), d.label(), d.cheapest().map(CandidateDto::of).orElse(null));
    }
}
