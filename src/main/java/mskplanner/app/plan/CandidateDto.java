package mskplanner.app.plan;

import java.math.BigDecimal;
import mskplanner.engine.cost.Money;
import mskplanner.engine.matrix.Matrix;

/**
 * One way to run the workload: {@code deployment} is one of {@code standard}, {@code express}, {@code serverless},
 * {@code selfManagedEc2}, {@code kinesis}; {@code variant} says how it is paid for ("list price", "3-year Standard
 * Reserved Instance, No Upfront", "provisioned, 3 shards", "on-demand"); {@code instanceType} and {@code brokers} are
 * null where there are none. {@code monthlyUsd} is at list prices; {@code discountedMonthlyUsd} is set for MSK
 * deployments when an {@code mskDiscountPercent} is given (an assumption, not an AWS price).
 */
public record CandidateDto(String deployment, String label, String variant, String instanceType, Integer brokers,
                           BigDecimal monthlyUsd, BigDecimal discountedMonthlyUsd) {
    static CandidateDto of(Matrix.Candidate c) {
        return new CandidateDto(c.deployment().id(), c.deployment().label(), c.variant(), c.instanceType().orElse(null),
                c.brokers().orElse(null), Money.cents(c.monthlyUsd()), c.discountedMonthlyUsd().map(Money::cents).orElse(null));
    }
}
