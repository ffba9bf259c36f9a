package mskplanner.rightsize.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import mskplanner.engine.format.Format;
import mskplanner.engine.rightsize.Crossing;
import mskplanner.engine.rightsize.Evidence;
import mskplanner.engine.rightsize.RightsizeReport;
import mskplanner.engine.rightsize.SeriesStats;

/** How the Markdown and HTML reports write numbers, money, dates and statuses: one place, so both agree. */
public final class ReportText {
    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);

    private ReportText() {
    }

    public static String num(double v) {
        return Format.figure(v);
    }

    public static String num(double v, String unit) {
        return num(v) + ("%".equals(unit) ? "%" : " " + unit);
    }

    /** A bill quantity: at most two decimals, grouped. */
    public static String quantity(BigDecimal q) {
        return Format.number(q.doubleValue(), 2);
    }

    public static String usd(BigDecimal amount) {
        return Format.usd(amount);
    }

    public static String minute(Instant t) {
        return MINUTE.format(t);
    }

    public static String window(RightsizeReport r) {
        return minute(r.window().start()) + " to " + minute(r.window().end()) + " (" + num(r.window().days()) + " days, "
                + r.window().periodSeconds() + " s period)";
    }

    public static String evidenceStatus(Evidence e) {
        if (e.check().contains("informational")) {
            return e.breached() ? "above" : "ok";
        }
        return e.breached() ? "BREACHED" : "ok (" + String.format(Locale.ROOT, "%.0f", e.utilisation() * 100) + "% of limit)";
    }

    public static String crossing(Crossing c) {
        String text = switch (c.status()) {
            case ALREADY_ABOVE -> "already above (" + c.date().map(Object::toString).orElse("") + ")";
            case CROSSES -> "reached on " + c.date().map(Object::toString).orElse("");
            case NOT_WITHIN_A_YEAR -> "not within a year";
            case NOT_RISING -> "not rising";
            default -> "not enough days for a trend";
        };
        return c.weakTrend() ? text + " (weak trend)" : text;
    }

    public static String stat(SeriesStats s, String which) {
        return switch (which) {
            case "mean" -> num(s.mean());
            case "p50" -> num(s.p50());
            case "p95" -> num(s.p95());
            case "p99" -> num(s.p99());
            default -> num(s.max());
        };
    }

    public static String cluster(RightsizeReport r) {
        var c = r.cluster();
        String storage = c.express() ? "" : ", " + num(c.volumeSizeGiB()) + " GiB each";
        return c.brokerCount() + " x " + c.instanceType() + storage + ", " + c.region();
    }

    public static String source(RightsizeReport r) {
        var s = r.source();
        String base = s.kind() + (s.detail().isEmpty() ? "" : " (" + s.detail() + ")");
        return s.fetch().map(f -> base + ": " + f.apiCalls() + " GetMetricData calls, " + f.retries() + " retries, "
                + String.format(Locale.ROOT, "%,d", f.metricsRequested()) + " metrics requested, "
                + String.format(Locale.ROOT, "%,d", f.datapoints()) + " data points, cost "
                + f.costUsd().map(c -> "$" + c.setScale(4, RoundingMode.HALF_UP).toPlainString()).orElse("unknown (no price for this region)"))
                .orElse(base);
    }
}
