package mskplanner.engine.rightsize;

import java.math.BigDecimal;
import java.util.Locale;
import mskplanner.engine.cost.Money;

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
        return "$" + Money.cents(amount).toPlainString();
    }

    static String signedUsd(BigDecimal amount) {
        return (amount.signum() >= 0 ? "+" : "-") + usd(amount.abs());
    }

    static String fmt(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e12) {
            return String.valueOf((long) v);
        }
        return String.format(Locale.ROOT, Math.abs(v) >= 10 ? "%.1f" : "%.2f", v);
    }
}
