package mskplanner.engine.alternatives;

import java.math.BigDecimal;
import mskplanner.engine.Inputs;
import mskplanner.engine.InvalidInputException;
import mskplanner.engine.cost.LineItem;
import mskplanner.engine.cost.Money;
import mskplanner.engine.format.Format;

/**
 * The user's estimate of the people-time self-managed Kafka needs: an assumption, never an AWS price.
 *
 * @param opsHoursPerMonth hours of operations work per month
 * @param opsHourlyUsd cost of one hour of that work, USD
 */
public record OpsAssumption(double opsHoursPerMonth, BigDecimal opsHourlyUsd) {
    public OpsAssumption {
        Inputs.nonNegative("opsHoursPerMonth", opsHoursPerMonth);
        Inputs.present("opsHourlyUsd", opsHourlyUsd);
        if (opsHourlyUsd.signum() < 0) {
            throw new InvalidInputException("opsHourlyUsd", opsHourlyUsd.toPlainString(), "an amount >= 0");
        }
    }

    /** opsHoursPerMonth x opsHourlyUsd, labelled as the user's assumption. */
    public LineItem lineItem() {
        return LineItem.of("Operations (your assumption: " + Format.plain(opsHoursPerMonth, 3) + " h x $"
                        + opsHourlyUsd.stripTrailingZeros().toPlainString() + "/h, not an AWS price)",
                Money.of(opsHoursPerMonth), "hour", opsHourlyUsd);
    }
}
