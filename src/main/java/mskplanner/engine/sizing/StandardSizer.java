package mskplanner.engine.sizing;

import java.util.List;
import java.util.OptionalDouble;
import mskplanner.engine.catalog.Deployment;
import mskplanner.engine.catalog.InstanceType;
import mskplanner.engine.cost.CostBreakdown;
import mskplanner.engine.cost.CostCalculator;

/**
 * Sizes one Standard broker size under a preset: the constraints ({@link WorkbookConstraints} or
 * {@link SustainedThroughput}), the binding one, the Equation 1 cross-check, the bill and the warnings.
 * PST under the workbook preset adds the {@code pst} constraint and never changes the storage factor; under the
 * sustained-throughput preset it raises Equation 1's t_storage instead.
 */
final class StandardSizer {
    private StandardSizer() {
    }

    static SizedOption size(InstanceType t, ModelDemand d, Preset preset, CostCalculator calc) {
        WorkloadProfile p = d.profile();
        boolean workbook = preset == Preset.AWS_WORKBOOK;
        OptionalDouble pst = workbook ? WorkbookConstraints.pst(t, p) : SustainedThroughput.pst(t, p);
        List<Constraint> constraints = workbook ? WorkbookConstraints.of(t, d, pst) : SustainedThroughput.of(t, d);
        Sizing s = Sizing.of(constraints);
        double limit = SustainedThroughput.limitMBps(t, p, d.assumptions(), s.brokers());
        CostBreakdown cost = OptionCosts.standard(calc, t, s.brokers(), d, pst);
        return new SizedOption(Deployment.STANDARD, t, s.brokers(), s.bottleneck(), s.constraints(),
                d.ebsGiB() / s.brokers(), d.tieredGiB(), OptionalDouble.of(limit), cost,
                s.brokers() <= d.assumptions().brokerQuota(), OptionWarnings.standard(t, s, d, preset, limit, pst));
    }
}
