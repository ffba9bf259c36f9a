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
 * @param always whether the line is kept at a zero quantity (broker-hours); others are left out, as the bill does
 */
record LineDraft(String label, String unit, BigDecimal unitPriceUsd, long factor, double amount, boolean always) {

    /** The quantity in the priced unit, exactly as the bill writes it. */
    BigDecimal quantity() {
        BigDecimal written = Money.of(amount);
        return factor == 1 ? written : written.multiply(BigDecimal.valueOf(factor));
    }

    /** The bill's lines of these drafts: those with a quantity above zero, and the ones kept {@link #always}. */
    static List<LineItem> lines(List<LineDraft> drafts) {
        List<LineItem> lines = new ArrayList<>(drafts.size());
        for (LineDraft d : drafts) {
            BigDecimal quantity = d.quantity();
            if (d.always || quantity.signum() > 0) {
                lines.add(LineItem.of(d.label, quantity, d.unit, d.unitPriceUsd));
            }
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

    /** What the line adds to the bill's total: zero where the bill leaves it out. */
    private BigDecimal monthlyUsd() {
        BigDecimal quantity = quantity();
        return always || quantity.signum() > 0 ? quantity.multiply(unitPriceUsd) : BigDecimal.ZERO;
    }

    private static int twin(LineDraft d, List<LineDraft> others, boolean[] matched) {
        for (int i = 0; i < others.size(); i++) {
            LineDraft o = others.get(i);
            // the same double (NaN never matches, so it is written and fails as the bill's line would)
            if (!matched[i] && o.factor == d.factor && o.amount == d.amount && o.always == d.always
                    && o.unitPriceUsd.compareTo(d.unitPriceUsd) == 0) {
                return i;
            }
        }
        return -1;
    }
}
