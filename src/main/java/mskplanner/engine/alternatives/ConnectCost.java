package mskplanner.engine.alternatives;

import mskplanner.engine.Inputs;
import mskplanner.engine.cost.CostBreakdown;
import mskplanner.engine.cost.CostCalculator;
import mskplanner.engine.cost.spec.ConnectSpec;
import mskplanner.engine.format.Format;
import mskplanner.engine.price.PriceSheet;

/**
 * MSK Connect workers running all month: workers x MCU per worker x hours x {@code connect-mcu-hour}
 * (1 MCU = 1 vCPU + 4 GiB; billed per second, https://aws.amazon.com/msk/pricing/).
 */
public final class ConnectCost {
    private final CostCalculator calculator;

    public ConnectCost(PriceSheet prices, double hoursPerMonth) {
        this.calculator = new CostCalculator(prices, Inputs.hoursPerMonth(hoursPerMonth));
    }

    public CostBreakdown monthly(int workers, double mcuPerWorker) {
        Inputs.atLeast("connectWorkers", workers, 1);
        Inputs.positive("mcuPerWorker", mcuPerWorker);
        return calculator.monthly(new ConnectSpec("MSK Connect (" + workers + " workers x " + Format.plain(mcuPerWorker, 3)
                + " MCU)", workers * mcuPerWorker));
    }
}
