package mskplanner.engine.sizing;

import static mskplanner.engine.price.PriceItem.EXPRESS_DATA_IN_GB;
import static mskplanner.engine.price.PriceItem.EXPRESS_STORAGE_GB_MONTH;
import static mskplanner.engine.price.PriceItem.PST_MIBPS_MONTH;
import static mskplanner.engine.price.PriceItem.STORAGE_GB_MONTH;
import static mskplanner.engine.price.PriceItem.TIERED_STORAGE_GB_MONTH;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import mskplanner.engine.catalog.InstanceType;
import mskplanner.engine.cost.CostBreakdown;
import mskplanner.engine.cost.CostCalculator;
import mskplanner.engine.cost.LineItem;
import mskplanner.engine.cost.Money;

/**
 * The monthly bill of a sized option, priced by {@link CostCalculator} from the region's price sheet.
 */
final class OptionCosts {
    private OptionCosts() {
    }

    /** Broker-hours, EBS storage, PST (brokers x MiB/s), tiered storage, cross-AZ transfer. */
    static CostBreakdown standard(CostCalculator calc, InstanceType t, int brokers, ModelDemand d, OptionalDouble pstMiBps) {
        List<LineItem> lines = new ArrayList<>();
        lines.add(calc.brokerHours(t.name(), brokers));
        calc.add(lines, "Broker storage (EBS)", Money.of(d.ebsGiB()), STORAGE_GB_MONTH);
        if (pstMiBps.isPresent()) {
            calc.add(lines, "Provisioned storage throughput",
                    BigDecimal.valueOf(brokers).multiply(Money.of(pstMiBps.getAsDouble())), PST_MIBPS_MONTH);
        }
        calc.add(lines, "Tiered storage", Money.of(d.tieredGiB()), TIERED_STORAGE_GB_MONTH);
        calc.addCrossAz(lines, d.crossAzGiB(d.profile().availabilityZones()));
        return new CostBreakdown(t.name(), lines);
    }

    /** Broker-hours, Express storage (one copy), Express data written, cross-AZ transfer over the fixed AZs. */
    static CostBreakdown express(CostCalculator calc, InstanceType t, int brokers, ModelDemand d, int zones) {
        List<LineItem> lines = new ArrayList<>();
        lines.add(calc.brokerHours(t.name(), brokers));
        calc.add(lines, "Express storage", Money.of(d.expressStorageGiB()), EXPRESS_STORAGE_GB_MONTH);
        calc.add(lines, "Express data written", Money.of(d.expressDataInGiB()), EXPRESS_DATA_IN_GB);
        calc.addCrossAz(lines, d.crossAzGiB(zones));
        return new CostBreakdown(t.name(), lines);
    }

}
