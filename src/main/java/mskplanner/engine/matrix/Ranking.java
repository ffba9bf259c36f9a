package mskplanner.engine.matrix;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import mskplanner.engine.alternatives.Ec2Commitment;
import mskplanner.engine.alternatives.KinesisEstimate;
import mskplanner.engine.alternatives.MskDiscount;
import mskplanner.engine.alternatives.SelfManagedEc2Estimate;
import mskplanner.engine.cost.CostBreakdown;
import mskplanner.engine.cost.LineItem;
import mskplanner.engine.format.Format;
import mskplanner.engine.sizing.Plan;
import mskplanner.engine.sizing.SizedOption;

/**
 * Every deployment that fits and is priced, cheapest first: the MSK Standard pick (the cheaper of m5 and m7g), the
 * Express pick, Serverless, each priced EC2 commitment, and Kinesis in both modes. With an MSK discount, MSK lines
 * are discounted except cross-AZ transfer (an EC2 data-transfer charge, not an MSK one), and the cheapest deployment
 * under that assumption is found separately: the ranking itself stays at list prices.
 */
final class Ranking {
    /** Cross-AZ transfer lines are EC2 data transfer, which an MSK private-pricing discount does not cover. */
    private static final Predicate<LineItem> MSK_LINE = line -> !line.item().startsWith("Cross-AZ");
    private static final String LIST_PRICE = "list price";

    private final Plan plan;
    private final double discountPercent;
    private final List<Matrix.Candidate> candidates = new ArrayList<>();
    private final Optional<BigDecimal> serverlessDiscounted;

    Ranking(Plan plan, Matrix.ServerlessVerdict serverless, Matrix.Ec2Verdict ec2, Matrix.KinesisVerdict kinesis,
            double discountPercent) {
        this.plan = plan;
        this.discountPercent = discountPercent;
        this.serverlessDiscounted = serverless.cost().map(this::discounted);
        WorkloadViews.standardPick(plan).filter(SizedOption::fitsQuota).ifPresent(o -> addMsk(Contender.STANDARD, o));
        plan.recommended().express().ifPresent(o -> addMsk(Contender.EXPRESS, o));
        if (serverless.fits()) {
            serverless.cost().ifPresent(c -> addServerless(c, serverless.partitions()));
        }
        ec2.estimate().ifPresent(this::addEc2);
        if (kinesis.fits()) {
            kinesis.estimate().ifPresent(this::addKinesis);
        }
        candidates.sort(Comparator.comparing(Matrix.Candidate::monthlyUsd));
    }

    List<Matrix.Candidate> candidates() {
        return candidates;
    }

    /** The discounted MSK figures, when the user gave a discount. */
    Optional<Matrix.DiscountView> discountView() {
        if (!(discountPercent > 0)) {
            return Optional.empty();
        }
        List<BigDecimal> options = plan.options().stream().map(o -> discounted(o.cost())).toList();
        Optional<Matrix.Candidate> cheapest = candidates.stream()
                .min(Comparator.comparing(Matrix.Candidate::effectiveMonthlyUsd));
        return Optional.of(new Matrix.DiscountView(discountPercent, MskDiscount.Kind.PRIVATE_PRICING.label(), options,
                serverlessDiscounted, cheapest));
    }

    private void addMsk(Contender deployment, SizedOption o) {
        candidates.add(new Matrix.Candidate(deployment, LIST_PRICE, Optional.of(o.instanceType().name()),
                Optional.of(o.brokers()), o.monthlyUsd(),
                discountPercent > 0 ? Optional.of(discounted(o.cost())) : Optional.empty()));
    }

    private void addServerless(CostBreakdown bill, int partitions) {
        candidates.add(new Matrix.Candidate(Contender.SERVERLESS, LIST_PRICE + ", " + Format.count(partitions, "partition"),
                Optional.empty(), Optional.empty(), bill.monthlyUsd(),
                discountPercent > 0 ? serverlessDiscounted : Optional.empty()));
    }

    private void addKinesis(KinesisEstimate k) {
        candidates.add(new Matrix.Candidate(Contender.KINESIS, "provisioned, " + k.shards().shards() + " shards",
                Optional.empty(), Optional.empty(), k.provisioned().monthlyUsd(), Optional.empty()));
        candidates.add(new Matrix.Candidate(Contender.KINESIS, "on-demand", Optional.empty(), Optional.empty(),
                k.onDemand().monthlyUsd(), Optional.empty()));
    }

    private void addEc2(SelfManagedEc2Estimate e) {
        List<Map.Entry<Ec2Commitment, Optional<CostBreakdown>>> variants = List.of(
                Map.entry(Ec2Commitment.ON_DEMAND, Optional.of(e.onDemand())),
                Map.entry(Ec2Commitment.RESERVED_1YR, e.reserved1yr()),
                Map.entry(Ec2Commitment.RESERVED_3YR, e.reserved3yr()),
                Map.entry(Ec2Commitment.SAVINGS_PLAN_1YR, e.savingsPlan1yr()),
                Map.entry(Ec2Commitment.SAVINGS_PLAN_3YR, e.savingsPlan3yr()));
        for (Map.Entry<Ec2Commitment, Optional<CostBreakdown>> v : variants) {
            v.getValue().ifPresent(bill -> candidates.add(new Matrix.Candidate(Contender.SELF_MANAGED_EC2,
                    v.getKey().label(), Optional.of(e.ec2Type()), Optional.of(e.brokers()), bill.monthlyUsd(),
                    Optional.empty())));
        }
    }

    private BigDecimal discounted(CostBreakdown bill) {
        return MskDiscount.apply(bill, discountPercent, MskDiscount.Kind.PRIVATE_PRICING, MSK_LINE).monthlyUsd();
    }
}
