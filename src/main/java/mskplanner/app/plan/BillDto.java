package mskplanner.app.plan;

import java.math.BigDecimal;
import java.util.List;
import mskplanner.app.LineItemDto;
import mskplanner.engine.cost.CostBreakdown;
import mskplanner.engine.cost.Money;

/** A monthly bill: its name, the total in cents (summed from unrounded lines) and each line. */
public record BillDto(String name, BigDecimal monthlyUsd, List<LineItemDto> lineItems) {
    static BillDto of(CostBreakdown bill) {
        return new BillDto(bill.name(), Money.cents(bill.monthlyUsd()), bill.lineItems().stream().map(LineItemDto::of).toList());
    }
}
