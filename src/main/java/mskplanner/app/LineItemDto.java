package mskplanner.app;

import java.math.BigDecimal;
import mskplanner.engine.cost.LineItem;
import mskplanner.engine.cost.Money;

/** A bill line in the JSON contract: unit price at full precision, the monthly amount in cents. */
public record LineItemDto(String item, BigDecimal quantity, String unit, BigDecimal unitPriceUsd, BigDecimal monthlyUsd) {
    public static LineItemDto of(LineItem line) {
        return new LineItemDto(line.item(), line.quantity().stripTrailingZeros(), line.unit(),
                line.unitPriceUsd().stripTrailingZeros(), Money.cents(line.monthlyUsd()));
    }
}
