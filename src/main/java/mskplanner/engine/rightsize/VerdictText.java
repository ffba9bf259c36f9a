package mskplanner.engine.rightsize;

import java.math.BigDecimal;
import mskplanner.engine.cost.Money;
import mskplanner.engine.format.Format;

/** How verdict headlines write numbers, money and checks. */
final class VerdictText {
    private VerdictText() {
    }

    static String deploymentName(SizedOption o) {
        return switch (o.deployment()) {
            case EXPRESS -> "Express brokers";
            case SERVERLESS -> "MSK Serverless";
            default -> "Standard brokers";
        };
    }

    static String describe(Evidence e) {
        return e.check() + " " + withUnit(e.measured(), e.unit()) + (e.breached() ? " > " : " of ") + withUnit(e.limit(), e.unit());
    }

    static String withUnit(double v, String unit) {
        return fmt(v) + ("%".equals(unit) ? "%" : " " + unit);
    }

    static String usd(BigDecimal amount) {
        return Format.usd(amount);
    }

    /** A change of the monthly bill, labelled as one: {@code saves $585.06 per month}, {@code costs $12.00 more per month}. */
    static String change(BigDecimal monthlyChange) {
        int sign = Money.cents(monthlyChange).signum();
        if (sign == 0) {
            return "costs the same per month";
        }
        return sign < 0 ? "saves " + usd(monthlyChange.negate()) + " per month" : "costs " + usd(monthlyChange) + " more per month";
    }

    /** A measured figure or a limit in a sentence, written as every report writes figures. */
    static String fmt(double v) {
        return Format.figure(v);
    }
}
