package mskplanner.app.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import mskplanner.app.PricingInfo;
import mskplanner.engine.cost.Money;
import mskplanner.engine.matrix.Matrix;
import mskplanner.engine.price.PriceSheet;
import mskplanner.engine.sizing.Plan;
import mskplanner.engine.sizing.Recommendations;
import mskplanner.engine.sizing.SizedOption;
import mskplanner.engine.sizing.WorkloadProfile;
import mskplanner.engine.sizing.PartitionPlan;

/**
 * The plan in the JSON contract: the partition count, every Standard and Express option with its constraints and bill,
 * the pick per class (null when nothing in the class fits the broker quota), every assumption, the prices' source and
 * the warnings. Money is rounded to cents per line and per total (totals from unrounded lines). The decision matrix
 * (docs/plan-api.md): {@code serverless}, {@code alternatives}, {@code mskDiscount} (null without a discount),
 * {@code breakEven} (null when skipped), {@code cheapest} (the cheapest deployment that fits, at list prices) and
 * {@code ranking} (every priced deployment that fits, cheapest first). {@code topics}: the topic inventory's
 * per-topic storage and advice, null without an inventory ({@link TopicsDto}).
 */
public record PlanResponse(String preset, String region, Workload workload, Partitions partitions, List<OptionDto> options,
                           Recommended recommended, AssumptionsDto assumptions, PricingInfo pricing,
                           List<String> warnings, ServerlessDto serverless, AlternativesDto alternatives,
                           MskDiscountDto mskDiscount, BreakEvenDto breakEven, CandidateDto cheapest,
                           List<CandidateDto> ranking, List<String> unpricedSizes, TopicsDto topics) {

    /** The partition plan: the formula's terms, the count to create, its power-of-two alternative, the replicas. */
    public record Partitions(int recommended, Raw raw, int powerOfTwo, int replicas, List<String> warnings) {
        static Partitions of(PartitionPlan p) {
            return new Partitions(p.recommended(), new Raw(p.raw().byIngress(), p.raw().byEgress(), p.raw().byParallelism(),
                    p.raw().byAvailabilityZones()),
                    p.powerOfTwo(), p.replicas(), p.warnings());
        }
    }

    public record Raw(int byIngress, int byEgress, int byParallelism, int byAvailabilityZones) {
    }

    /** The cheapest option per class within the broker quota, and the cheapest of those. */
    public record Recommended(OptionDto m5, OptionDto m7g, OptionDto express, OptionDto overall) {
    }

    /** The workload as sized, after defaults: rates in MB/s. */
    public record Workload(double avgIngressMBps, double peakIngressMBps, double avgEgressMBps, double peakEgressMBps,
                           double fanOut, int replicationFactor, int minInsyncReplicas, int availabilityZones,
                           double retentionHours, double localRetentionHours, boolean tieredStorage,
                           Double provisionedThroughputMiBps, boolean rackAwareConsumers) {
        static Workload of(WorkloadProfile p) {
            return new Workload(p.avgIngressMBps(), p.peakIngressMBps(), p.avgEgressMBps(), p.peakEgressMBps(), p.fanOut(),
                    p.replicationFactor(), p.minInsyncReplicas(), p.availabilityZones(), p.retentionHours(),
                    p.localRetentionHours(), p.tieredStorage(),
                    p.provisionedThroughputMiBps().isPresent() ? p.provisionedThroughputMiBps().getAsDouble() : null,
                    p.rackAwareConsumers());
        }
    }

    /** The sizing plan alone; the decision-matrix fields are null. */
    public static PlanResponse of(Plan plan, PriceSheet sheet, String origin) {
        return of(plan, Optional.empty(), sheet, origin);
    }

    public static PlanResponse of(Plan plan, Matrix matrix, PriceSheet sheet, String origin) {
        return of(plan, Optional.of(matrix), sheet, origin);
    }

    private static PlanResponse of(Plan plan, Optional<Matrix> matrix, PriceSheet sheet, String origin) {
        Optional<Matrix.DiscountView> discount = matrix.flatMap(Matrix::mskDiscount);
        Recommendations r = plan.recommended();
        List<OptionDto> options = new ArrayList<>();
        for (int i = 0; i < plan.options().size(); i++) {
            int index = i;
            SizedOption o = plan.options().get(i);
            options.add(OptionDto.of(o, discount.map(d -> d.optionMonthlyUsd().get(index)).orElse(null), r.classesOf(o)));
        }
        Recommended recommended = new Recommended(pick(plan, options, r.m5()), pick(plan, options, r.m7g()),
                pick(plan, options, r.express()), pick(plan, options, r.overall()));
        return new PlanResponse(plan.preset().id(), plan.region(), Workload.of(plan.workload()),
                Partitions.of(plan.partitions()), List.copyOf(options), recommended,
                AssumptionsDto.of(plan.assumptions(), plan.workload()), PricingInfo.of(sheet, origin), plan.warnings(),
                matrix.map(m -> ServerlessDto.of(m.serverless(), discount.flatMap(Matrix.DiscountView::serverlessMonthlyUsd)
                        .map(Money::cents).orElse(null))).orElse(null),
                matrix.map(AlternativesDto::of).orElse(null), discount.map(MskDiscountDto::of).orElse(null),
                matrix.flatMap(Matrix::breakEven).map(BreakEvenDto::of).orElse(null),
                matrix.flatMap(Matrix::cheapest).map(CandidateDto::of).orElse(null),
                matrix.map(m -> m.ranking().stream().map(CandidateDto::of).toList()).orElse(null), plan.unpricedSizes(),
                null);
    }

    /** The same answer with the topic inventory's part. */
    public PlanResponse withTopics(TopicsDto inventory) {
        return new PlanResponse(preset, region, workload, partitions, options, recommended, assumptions, pricing, warnings,
                serverless, alternatives, mskDiscount, breakEven, cheapest, ranking, unpricedSizes, inventory);
    }

    private static OptionDto pick(Plan plan, List<OptionDto> options, Optional<SizedOption> choice) {
        return choice.map(o -> options.get(plan.options().indexOf(o))
                .withApply(ApplyDto.of(o, plan.workload(), plan.partitions()))).orElse(null);
    }
}
