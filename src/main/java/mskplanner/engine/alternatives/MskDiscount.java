package mskplanner.engine.alternatives;

import java.math.BigDecimal;
import java.util.function.Predicate;
import mskplanner.engine.Inputs;
import mskplanner.engine.InvalidInputException;
import mskplanner.engine.cost.CostBreakdown;
import mskplanner.engine.cost.LineItem;
import mskplanner.engine.cost.Money;
import mskplanner.engine.format.Format;

/**
 * A discount on MSK list prices that the user enters: a private pricing / EDP agreement, or a "reserved" discount.
 * MSK has no Reserved Instances and no Savings Plans (aws-prices.md section 2.8), so neither is an AWS price: every
 * discounted line and the bill's name carry the label, and the list-price bill is kept beside it.
 */
public final class MskDiscount {
    public static final String PRIVATE_PRICING_LABEL = "assumption: private discount, not an AWS price";
    public static final String RESERVED_LABEL =
            "assumption: user-entered reserved discount, not an AWS price (MSK has no Reserved Instances)";

    /** What the user says the discount is. */
    public enum Kind {
        /** Private pricing (PPA) or Enterprise Discount Program: a real contract, but not a public price. */
        PRIVATE_PRICING(PRIVATE_PRICING_LABEL),
        /** A "reserved" discount the user expects for MSK; AWS offers none, so it is only ever an assumption. */
        USER_RESERVED(RESERVED_LABEL);

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    private MskDiscount() {
    }

    /** {@code percent} off every line of an MSK bill. */
    public static DiscountedCost apply(CostBreakdown listPrice, double percent, Kind kind) {
        return apply(listPrice, percent, kind, line -> true);
    }

    /**
     * {@code percent} off the lines {@code mskLine} accepts; other lines (e.g. EC2 cross-AZ transfer kept in the same
     * bill) stay at list price. Discounted unit price = list unit price x (1 - percent / 100).
     */
    public static DiscountedCost apply(CostBreakdown listPrice, double percent, Kind kind, Predicate<LineItem> mskLine) {
        if (!(percent >= 0 && percent <= 100)) {
            throw new InvalidInputException("mskDiscountPercent", percent, "a percentage from 0 to 100");
        }
        Inputs.present("kind", kind);
        BigDecimal factor = BigDecimal.ONE.subtract(Money.of(percent).movePointLeft(2));
        String suffix = " (" + Format.plain(percent, 3) + "% off; " + kind.label() + ")";
        CostBreakdown discounted = new CostBreakdown(listPrice.name() + suffix, listPrice.lineItems().stream()
                .map(l -> mskLine.test(l) ? relabel(l.discounted(factor), suffix) : l).toList());
        return new DiscountedCost(listPrice, discounted, percent, kind.label());
    }

    private static LineItem relabel(LineItem line, String suffix) {
        return new LineItem(line.item() + suffix, line.quantity(), line.unit(), line.unitPriceUsd(), line.monthlyUsd());
    }
}
