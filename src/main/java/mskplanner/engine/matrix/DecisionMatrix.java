package mskplanner.engine.matrix;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import mskplanner.engine.InvalidInputException;
import mskplanner.engine.alternatives.KinesisShards;
import mskplanner.engine.alternatives.KinesisWorkload;
import mskplanner.engine.alternatives.SelfManagedEc2Input;
import mskplanner.engine.alternatives.ServerlessWorkload;
import mskplanner.engine.alternatives.Violation;
import mskplanner.engine.cost.CostBreakdown;
import mskplanner.engine.format.Format;
import mskplanner.engine.price.PriceSheet;
import mskplanner.engine.price.UnknownPriceException;
import mskplanner.engine.sizing.Plan;
import mskplanner.engine.sizing.PlanInput;
import mskplanner.engine.sizing.Planner;
import mskplanner.engine.sizing.SizedOption;
import mskplanner.engine.sizing.WorkloadProfile;

/**
 * Sections 4-6 of sizing-model.md around a sizing plan: the same workload on MSK Serverless, self-managed Kafka on
 * EC2 and Kinesis Data Streams, MSK Connect, the user's MSK discount, the ranking and the break-even curves. Built once
 * with the planner and reused, like the planner; each call builds its calculators for the request's region and month.
 * A region without prices for an alternative gets that alternative's verdict with a "not priced in" note, never a
 * failed plan.
 */
public final class DecisionMatrix {
    private final Planner planner;

    public DecisionMatrix(Planner planner) {
        this.planner = planner;
    }

    /** The matrix for {@code plan}, which the planner made from {@code in} with {@code prices}. */
    public Matrix compare(PlanInput in, Plan plan, MatrixInput m, PriceSheet prices) {
        Calculators calc = Calculators.of(prices, planner.limits(), in.assumptions().hoursPerMonth());
        Matrix.ServerlessVerdict serverless = serverless(calc, plan, m);
        Matrix.Ec2Verdict ec2 = selfManagedEc2(calc, in, plan, m);
        Matrix.KinesisVerdict kinesis = kinesis(calc, plan.workload());
        Optional<Matrix.ConnectVerdict> connect = m.connect().map(w -> connect(calc, w));
        Ranking ranking = new Ranking(plan, serverless, ec2, kinesis, m.mskDiscountPercent());
        Optional<Matrix.BreakEvenOutcome> breakEven = Optional.empty();
        if (m.breakEven()) {
            breakEven = Optional.of(new ExactBreakEvenCurves(planner, prices, calc, in.withProfile(plan.workload()), m, plan)
                    .run(priced(serverless, ec2, kinesis)));
        }
        return new Matrix(serverless, ec2, kinesis, connect, ranking.discountView(), breakEven, ranking.candidates());
    }

    private static Set<Contender> priced(Matrix.ServerlessVerdict s, Matrix.Ec2Verdict e, Matrix.KinesisVerdict k) {
        Set<Contender> priced = EnumSet.noneOf(Contender.class);
        if (s.cost().isPresent()) {
            priced.add(Contender.SERVERLESS);
        }
        if (e.estimate().isPresent()) {
            priced.add(Contender.SELF_MANAGED_EC2);
        }
        if (k.estimate().isPresent()) {
            priced.add(Contender.KINESIS);
        }
        return priced;
    }

    private static Matrix.ServerlessVerdict serverless(Calculators calc, Plan plan, MatrixInput m) {
        WorkloadProfile p = plan.workload();
        int planned = plan.partitions().recommended();
        if (m.compactedPartitions() > planned) {
            throw new InvalidInputException("compactedPartitions", m.compactedPartitions(),
                    "at most the plan's leader partitions (" + planned + ")");
        }
        int partitions = WorkloadViews.serverlessPartitions(p, planned, calc.limits().serverless());
        ServerlessWorkload w = WorkloadViews.serverless(p, partitions, m.compactedPartitions(), m.authentication());
        List<String> notes = new ArrayList<>();
        if (partitions != planned) {
            notes.add("priced with " + partitions + " partitions: the plan's " + planned + " raised so that no partition"
                    + " exceeds Serverless's per-partition quotas (" + Format.plain(calc.limits().serverless()
                    .maxIngressPerPartitionMBps(), 2) + " MB/s in, " + Format.plain(calc.limits().serverless()
                    .maxEgressPerPartitionMBps(), 2) + " MB/s out)");
        }
        messageSizeNote(p).ifPresent(notes::add);
        List<Violation> violations = calc.serverless().violations(w);
        Optional<CostBreakdown> cost = Optional.empty();
        try {
            cost = Optional.of(calc.serverless().monthlyCost(w));
        } catch (UnknownPriceException e) {
            notes.add(notPriced(e));
        }
        return new Matrix.ServerlessVerdict(partitions, violations.isEmpty(), violations, calc.serverless().history(),
                cost, notes);
    }

    private static Matrix.Ec2Verdict selfManagedEc2(Calculators calc, PlanInput in, Plan plan, MatrixInput m) {
        Optional<SizedOption> pick = WorkloadViews.standardPick(plan);
        if (pick.isEmpty()) {
            return new Matrix.Ec2Verdict(Optional.empty(), Optional.empty(), List.of("no MSK Standard option to copy"));
        }
        SizedOption standard = pick.get();
        WorkloadProfile p = plan.workload();
        SelfManagedEc2Input input = WorkloadViews.selfManagedEc2(standard, p, in.assumptions(), m.ops());
        List<String> notes = new ArrayList<>();
        notes.add("sized as the MSK Standard pick: " + standard.brokers() + " x " + standard.instanceType().name()
                + " on " + input.ec2Type() + (standard.fitsQuota() ? "" : " (beyond MSK's broker quota, which EC2 does not have)"));
        if (p.tieredStorage()) {
            notes.add("gp3 holds the whole retention (" + Format.plain(p.retentionHours(), 2) + " h): tiered storage is not"
                    + " modelled on EC2");
        }
        notes.add("gp3 throughput per broker: peak ingress x storage I/O factor / brokers = "
                + Format.plain(input.storageThroughputMiBpsPerBroker(), 2) + " MiB/s (125 MiB/s per volume free)");
        try {
            var estimate = calc.ec2().estimate(input);
            notes.addAll(estimate.notes());
            return new Matrix.Ec2Verdict(Optional.of(input), Optional.of(estimate), notes);
        } catch (UnknownPriceException e) {
            notes.add(notPriced(e));
            return new Matrix.Ec2Verdict(Optional.of(input), Optional.empty(), notes);
        }
    }

    private static Matrix.KinesisVerdict kinesis(Calculators calc, WorkloadProfile p) {
        KinesisWorkload w = WorkloadViews.kinesis(p);
        List<String> notes = new ArrayList<>();
        if (p.avgMessageBytes().isEmpty()) {
            notes.add("records taken as " + Format.plain(WorkloadViews.DEFAULT_AVG_MESSAGE_BYTES, 2) + " bytes each"
                    + " (avgMessageBytes not given): shards by records/s and PUT payload units depend on it");
        }
        if (p.consumerGroups().isEmpty()) {
            notes.add(w.consumerGroups() + " consumer groups (the fan-out rounded up; consumerGroups not given)");
        }
        messageSizeNote(p).ifPresent(notes::add);
        List<Violation> violations = calc.kinesis().violations(w);
        KinesisShards shards = KinesisShards.of(w, calc.limits().kinesis());
        try {
            var estimate = calc.kinesis().estimate(w);
            notes.addAll(estimate.notes());
            return new Matrix.KinesisVerdict(violations.isEmpty(), violations, shards, Optional.of(estimate), notes);
        } catch (UnknownPriceException e) {
            notes.add(notPriced(e));
            return new Matrix.KinesisVerdict(violations.isEmpty(), violations, shards, Optional.empty(), notes);
        }
    }

    private static Matrix.ConnectVerdict connect(Calculators calc, ConnectWorkers w) {
        try {
            return new Matrix.ConnectVerdict(w, Optional.of(calc.connect().monthly(w.connectWorkers(), w.mcuPerWorker())),
                    List.of());
        } catch (UnknownPriceException e) {
            return new Matrix.ConnectVerdict(w, Optional.empty(), List.of(notPriced(e)));
        }
    }

    private static Optional<String> messageSizeNote(WorkloadProfile p) {
        if (p.maxMessageBytes().isPresent()) {
            return Optional.empty();
        }
        return Optional.of("message size limits checked against " + WorkloadViews.maxMessageBytes(p)
                + " bytes (maxMessageBytes not given)");
    }

    static String notPriced(UnknownPriceException e) {
        return "not priced in " + e.region() + ": " + e.item();
    }
}
