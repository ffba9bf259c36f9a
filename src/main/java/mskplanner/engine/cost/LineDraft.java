package mskplanner.engine.cost;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * A bill line before its quantity is written as a decimal: {@code factor} x {@code amount} units (the amount as the
 * double the sizing computed, e.g. GiB per broker, and the factor a whole count, e.g. brokers) at a unit price. The
 * decimal of a new double ({@link Money#of}) is most of the cost of writing a line; two bills of one workload share
 * most of their lines (an Express size's storage, data written and cross-AZ lines are every Express size's), so
 * comparing the drafts of two bills writes only the lines that differ ({@link #compareTotals}).
 *
 * @param label the line's label, e.g. {@code Express storage}
 * @param unit the priced unit
 * @param unitPriceUsd price per unit
 * @param factor a whole multiplier of the amount (1 when none)
 * @param amount the quantity before the factor, as computed
 */
record LineDraft(String label, String unit, BigDecimal unitPriceUsd, long factor, double amount) {

    /** The quantity in the priced unit, exactly as the bill writes it. */
    BigDecimal quantity() {
        BigDecimal written = Money.of(amount);
        return factor == 1 ? written : written.multiply(BigDecimal.valueOf(factor));
    }

    /**
     * The bill's lines of these drafts, one each: the bill drafts only the lines it keeps (a line whose quantity is
     * not above zero is never drafted, broker-hours always are).
     */
    static List<LineItem> lines(List<LineDraft> drafts) {
        List<LineItem> lines = new ArrayList<>(drafts.size());
        for (LineDraft d : drafts) {
            lines.add(LineItem.of(d.label, d.quantity(), d.unit, d.unitPriceUsd));
        }
        return lines;
    }

    /**
     * How the total of {@code a}'s lines compares with {@code b}'s, exactly (the sums of the unrounded lines, as
     * {@link CostBreakdown#monthlyUsd}): a draft of {@code a} with the same price, factor and amount as one of
     * {@code b} adds the same to both totals and is never written.
     */
    static int compareTotals(List<LineDraft> a, List<LineDraft> b) {
        boolean[] matched = new boolean[b.size()];
        BigDecimal difference = BigDecimal.ZERO;
        for (LineDraft d : a) {
            int twin = twin(d, b, matched);
            if (twin >= 0) {
                matched[twin] = true;
            } else {
                difference = difference.add(d.monthlyUsd());
            }
        }
        for (int i = 0; i < b.size(); i++) {
            if (!matched[i]) {
                difference = difference.subtract(b.get(i).monthlyUsd());
            }
        }
        return difference.signum();
    }

    /** What the line adds to the bill's total, as its {@link LineItem} says. */
    private BigDecimal monthlyUsd() {
        return quantity().multiply(unitPriceUsd);
    }

    private static int twin(LineDraft d, List<LineDraft> others, boolean[] matched) {
        for (int i = 0; i < others.size(); i++) {
            LineDraft o = others.get(i);
            // the same double: the same decimal when written
            if (!matched[i] && o.factor == d.factor && o.amount == d.amount
                    && o.unitPriceUsd.compareTo(d.unitPriceUsd) == 0) {
                return i;
            }
        }
        return -1;
    }
}
