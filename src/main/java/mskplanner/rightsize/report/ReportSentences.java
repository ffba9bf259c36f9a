package mskplanner.rightsize.report;

import static mskplanner.rightsize.report.ReportText.num;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import mskplanner.engine.format.Format;
import mskplanner.engine.rightsize.Crossing;
import mskplanner.engine.rightsize.RightsizeReport;
import mskplanner.engine.rightsize.SizedOption;
import mskplanner.engine.rightsize.Trend;
import mskplanner.engine.rightsize.Verdict;

/**
 * The report's sentences, written once: the verdict, what it costs, the forecast and when thresholds are reached.
 * The HTML and Markdown reports and the web page all show these, so they cannot disagree.
 */
public final class ReportSentences {
    private static final BigDecimal MONTHS_PER_YEAR = BigDecimal.valueOf(12);

    /**
     * A line that may be flagged (shown highlighted).
     *
     * @param text the sentence
     * @param flagged it needs attention, e.g. a threshold reached within the forecast horizon
     */
    public record Line(String text, boolean flagged) {
    }

    private ReportSentences() {
    }

    /** The verdict in one sentence, e.g. {@code Over-provisioned: scale down to ..., saves $585.06 per month (...)}. */
    public static String verdict(RightsizeReport r) {
        return r.verdict().headline();
    }

    /**
     * What the cluster costs now and, with a target, what the target costs and what the change saves or costs:
     * the target's cost is never shown as the change.
     */
    public static List<String> cost(RightsizeReport r) {
        Verdict v = r.verdict();
        List<String> lines = new ArrayList<>();
        lines.add("Now: " + perMonthAndYear(v.currentMonthlyUsd()) + ".");
        Optional<SizedOption> target = v.target();
        if (target.isPresent() && v.monthlyChangeUsd().isPresent()) {
            BigDecimal change = v.monthlyChangeUsd().get();
            lines.add("Target, " + target.get().description() + ": " + perMonthAndYear(target.get().monthlyUsd()) + ".");
            lines.add("The change " + Verdict.describeChange(change) + " (" + Format.usd(change.abs().multiply(MONTHS_PER_YEAR))
                    + " per year).");
        }
        v.cheaperElsewhere().ifPresent(e -> lines.add("Cheaper in another family, " + e.option().description() + ": "
                + perMonthAndYear(e.option().monthlyUsd()) + "; the move takes " + e.move() + "."));
        return lines;
    }

    /** Each trend in words: slope, fit and days, or why there is none. */
    public static List<String> forecast(RightsizeReport r) {
        List<String> lines = new ArrayList<>();
        for (Trend t : r.trends()) {
            String days = t.dailyP95().size() + (t.dailyP95().size() == 1 ? " day" : " days");
            lines.add(t.fit().map(f -> t.series() + ": " + (f.slopePerDay() >= 0 ? "+" : "") + num(f.slopePerDay(), t.unit())
                            + " per day (R² " + num(f.rSquared()) + ", " + days + ")")
                    .orElse(t.series() + ": not enough days for a trend (" + days + ", at least " + Trend.MIN_DAYS + " needed)"));
        }
        lines.add("Forecast horizon " + r.options().horizonDays() + " days: a threshold reached within it counts as "
                + "breached now, and the load the verdict is judged at grows along trends with R² of at least "
                + num(r.options().minRSquared()) + ".");
        return lines;
    }

    /** When each trend reaches each threshold; flagged when already above or within the forecast horizon. */
    public static List<Line> thresholds(RightsizeReport r) {
        LocalDate horizon = r.window().end().atZone(ZoneOffset.UTC).toLocalDate().plusDays(r.options().horizonDays());
        List<Line> lines = new ArrayList<>();
        for (Crossing c : r.crossings()) {
            boolean soon = c.status() == Crossing.Status.ALREADY_ABOVE
                    || c.status() == Crossing.Status.CROSSES && !c.date().orElseThrow().isAfter(horizon);
            lines.add(new Line(c.series() + " vs " + c.threshold() + " (" + num(c.limit(), c.unit()) + "): "
                    + ReportText.crossing(c), soon));
        }
        return lines;
    }

    private static String perMonthAndYear(BigDecimal monthlyUsd) {
        return Format.usd(monthlyUsd) + " per month, " + Format.usd(monthlyUsd.multiply(MONTHS_PER_YEAR)) + " per year";
    }
}
