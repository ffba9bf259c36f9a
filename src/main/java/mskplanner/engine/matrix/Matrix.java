package mskplanner.engine.matrix;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import mskplanner.engine.alternatives.BreakEvenResult;
import mskplanner.engine.alternatives.HistoricalLimit;
import mskplanner.engine.alternatives.KinesisEstimate;
import mskplanner.engine.alternatives.KinesisShards;
import mskplanner.engine.alternatives.SelfManagedEc2Estimate;
import mskplanner.engine.alternatives.SelfManagedEc2Input;
import mskplanner.engine.alternatives.Violation;
import mskplanner.engine.cost.CostBreakdown;

/**
 * The seed guide's decision matrix for one sized workload (sizing-model.md sections 4-6): Serverless, the
 * alternatives, the user's MSK discount, the break-even sweep and every deployment ranked by its monthly cost.
 * A part whose prices the region's sheet lacks is present with a note ("not priced in ...") instead of a cost.
 *
 * @param serverless the Serverless verdict
 * @param selfManagedEc2 self-managed Kafka on EC2
 * @param kinesis Kinesis Data Streams
 * @param connect MSK Connect, when requested
 * @param mskDiscount the user's MSK discount, when one was given
 * @param breakEven the sweep, unless skipped
 * @param ranking every priced deployment that fits, cheapest first at list prices (ties in {@link Contender} order)
 */
public record Matrix(ServerlessVerdict serverless, Ec2Verdict selfManagedEc2, KinesisVerdict kinesis,
                     Optional<ConnectVerdict> connect, Optional<DiscountView> mskDiscount,
                     Optional<BreakEvenOutcome> breakEven, List<Candidate> ranking) {
    public Matrix {
        ranking = List.copyOf(ranking);
    }

    /** The cheapest deployment now, at list prices; empty only when nothing fits. */
    public Optional<Candidate> cheapest() {
        return ranking.stream().findFirst();
    }

    /**
     * @param partitions leader partitions Serverless is judged and priced with
     * @param fits true when no quota is violated
     * @param cost the monthly bill; empty when the region has no Serverless prices
     */
    public record ServerlessVerdict(int partitions, boolean fits, List<Violation> violations, List<HistoricalLimit> history,
                                    Optional<CostBreakdown> cost, List<String> notes) {
        public ServerlessVerdict {
            violations = List.copyOf(violations);
            history = List.copyOf(history);
            notes = List.copyOf(notes);
        }
    }

    /**
     * @param input what was priced (empty only when the plan has no Standard option to copy)
     * @param estimate the bills; empty when the region lacks an EC2, EBS or transfer price
     */
    public record Ec2Verdict(Optional<SelfManagedEc2Input> input, Optional<SelfManagedEc2Estimate> estimate,
                             List<String> notes) {
        public Ec2Verdict {
            notes = List.copyOf(notes);
        }
    }

    /** @param estimate both capacity modes; empty when the region has no Kinesis prices */
    public record KinesisVerdict(boolean fits, List<Violation> violations, KinesisShards shards,
                                 Optional<KinesisEstimate> estimate, List<String> notes) {
        public KinesisVerdict {
            violations = List.copyOf(violations);
            notes = List.copyOf(notes);
        }
    }

    public record ConnectVerdict(ConnectWorkers workers, Optional<CostBreakdown> cost, List<String> notes) {
        public ConnectVerdict {
            notes = List.copyOf(notes);
        }
    }

    /**
     * The MSK bills with the user's discount: an assumption, never an AWS price.
     *
     * @param percent the discount
     * @param label what it is, e.g. "assumption: private discount, not an AWS price"
     * @param optionMonthlyUsd each plan option's discounted monthly cost, in the plan's option order
     * @param serverlessMonthlyUsd Serverless's discounted monthly cost, when priced
     * @param cheapest the cheapest deployment when MSK is billed with the discount
     */
    public record DiscountView(double percent, String label, List<BigDecimal> optionMonthlyUsd,
                               Optional<BigDecimal> serverlessMonthlyUsd, Optional<Candidate> cheapest) {
        public DiscountView {
            optionMonthlyUsd = List.copyOf(optionMonthlyUsd);
        }
    }

    /**
     * @param result curves (ids of {@link Contender} as deployment names) and crossovers
     * @param workloadGBPerHour the workload's own average ingress on the curves' axis
     */
    public record BreakEvenOutcome(BreakEvenResult result, double workloadGBPerHour, List<String> notes) {
        public BreakEvenOutcome {
            notes = List.copyOf(notes);
        }
    }

    /**
     * One way to run the workload and its monthly cost.
     *
     * @param deployment which deployment
     * @param variant how it is paid for or sized, e.g. "3-year Standard Reserved Instance, No Upfront"
     * @param instanceType broker or instance type, where there is one
     * @param brokers brokers or instances, where counted
     * @param monthlyUsd at list prices, unrounded
     * @param discountedMonthlyUsd with the user's MSK discount, for MSK deployments when one was given
     */
    public record Candidate(Contender deployment, String variant, Optional<String> instanceType, Optional<Integer> brokers,
                            BigDecimal monthlyUsd, Optional<BigDecimal> discountedMonthlyUsd) {
        public BigDecimal effectiveMonthlyUsd() {
            return discountedMonthlyUsd.orElse(monthlyUsd);
        }
    }
}
