package mskplanner.engine.alternatives;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import mskplanner.engine.Inputs;
import mskplanner.engine.cost.CostBreakdown;
import mskplanner.engine.cost.CostCalculator;
import mskplanner.engine.cost.spec.ServerlessClusterSpec;
import mskplanner.engine.limits.Limits;
import mskplanner.engine.price.PriceSheet;
import mskplanner.engine.units.BilledUnits;

/**
 * Section 4 of sizing-model.md: does a workload fit MSK Serverless, and what does it cost per month.
 *
 * <p>Cost lines (priced by {@link CostCalculator} from the region's {@code serverless-*} items):
 * <ul>
 *   <li>cluster-hours: hours per month x 1 cluster;</li>
 *   <li>partition-hours: leader partitions x hours per month;</li>
 *   <li>data in: avg ingress MB/s x 10^6 x hours x 3600 / 2^30 data GB ({@link BilledUnits#dataGbPerMonth});</li>
 *   <li>data out: avg egress over all consumer groups, same conversion;</li>
 *   <li>storage: avg ingress x retention, one copy, GB-month with GB = 2^30 bytes ({@link BilledUnits#storedGb}).</li>
 * </ul>
 */
public final class ServerlessPlanner {
    static final String CLUSTER_NAME = "MSK Serverless";

    private final ServerlessQuotas quotas;
    private final CostCalculator calculator;
    private final double hoursPerMonth;

    public ServerlessPlanner(PriceSheet prices, Limits limits, double hoursPerMonth) {
        this.quotas = new ServerlessQuotas(limits.serverless());
        this.hoursPerMonth = Inputs.hoursPerMonth(hoursPerMonth);
        this.calculator = new CostCalculator(prices, hoursPerMonth);
    }

    public ServerlessFit plan(ServerlessWorkload workload) {
        List<Violation> violations = quotas.violations(workload);
        return new ServerlessFit(violations.isEmpty(), violations, quotas.history(), monthlyCost(workload));
    }

    /** The quotas the workload breaks, without pricing it (so a region without Serverless prices still gets a verdict). */
    public List<Violation> violations(ServerlessWorkload workload) {
        return quotas.violations(workload);
    }

    /** The older quotas the seed guide quotes, beside today's. */
    public List<HistoricalLimit> history() {
        return quotas.history();
    }

    public CostBreakdown monthlyCost(ServerlessWorkload workload) {
        return calculator.monthly(spec(workload));
    }

    private ServerlessClusterSpec spec(ServerlessWorkload workload) {
        Traffic t = workload.traffic();
        return new ServerlessClusterSpec(CLUSTER_NAME, workload.partitions(),
                BilledUnits.dataGbPerMonth(t.avgIngressMBps(), hoursPerMonth),
                BilledUnits.dataGbPerMonth(t.avgEgressMBps(), hoursPerMonth),
                BilledUnits.storedGb(t.avgIngressMBps(), workload.retentionHours()));
    }

    /**
     * {@link #monthlyUsdIfFits} in doubles, for a break-even curve's points, never for a bill: the total summed from
     * the same lines without writing them ({@code CostCalculator.monthlyWhenRead}).
     */
    public OptionalDouble estimatedMonthlyUsdIfFits(ServerlessWorkload workload) {
        if (!quotas.fits(workload)) {
            return OptionalDouble.empty();
        }
        return OptionalDouble.of(calculator.monthlyWhenRead(spec(workload)).estimatedMonthlyUsd());
    }

    /** The monthly cost where the workload fits, empty where a quota is violated: a break-even curve's value. */
    public Optional<BigDecimal> monthlyUsdIfFits(ServerlessWorkload workload) {
        if (!quotas.violations(workload).isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(monthlyCost(workload).monthlyUsd());
    }
}
