package mskplanner.app.plan;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Arrays;
import java.util.List;
import mskplanner.app.Csv;
import mskplanner.engine.units.Units;

/** A plan as CSV, one row per option, for spreadsheet {@code IMPORTDATA} (the CLI's text table is cli.PlanTable). */
public final class PlanFormats {
    /**
     * The plan CSV's columns, a public contract: new ones are only ever added at the end. {@code annualUsd} is the
     * option's {@code monthlyUsd} x 12; {@code partitions}, {@code cheapestDeployment} and {@code cheapestMonthlyUsd}
     * are the plan's (the same in every row; the cheapest is empty when the decision matrix was not run).
     */
    public static final List<String> CSV_HEADER = List.of("deployment", "instanceType", "brokers", "bottleneck", "monthlyUsd",
            "fitsQuota", "storageGiBPerBroker", "sustainedLimitMBps", "recommended-for",
            "annualUsd", "partitions", "cheapestDeployment", "cheapestMonthlyUsd");
    /** How many columns the plan CSV had before {@code annualUsd}: the batch CSV keeps its {@code error} column after them. */
    public static final int FIRST_CSV_COLUMNS = 9;

    private PlanFormats() {
    }

    public static String csv(PlanResponse r) {
        StringBuilder sb = new StringBuilder(Csv.row(CSV_HEADER));
        for (OptionDto o : r.options()) {
            sb.append(Csv.row(csvCells(r, o)));
        }
        return sb.toString();
    }

    /** The cells of one option's CSV row, in {@link #CSV_HEADER} order (shared with the batch planner's rows). */
    public static List<Object> csvCells(PlanResponse r, OptionDto o) {
        return csvCells(o, r.partitions().recommended(), r.cheapest());
    }

    /**
     * The same cells from their parts, for a caller that shows one option without building the whole answer (the
     * batch planner's row: its pick, the plan's partitions, no decision matrix).
     */
    public static List<Object> csvCells(OptionDto o, int partitions, CandidateDto cheapest) {
        return Arrays.asList(o.deployment(), o.instanceType(), o.brokers(), o.bottleneck(), o.monthlyUsd(),
                o.fitsQuota(), o.storageGiBPerBroker(),
                sustainedLimitMBps(o),
                String.join(" ", o.recommendedFor()),
                Units.annual(o.monthlyUsd()), partitions,
                cheapest == null ? null : cheapest.deployment(), cheapest == null ? null : cheapest.monthlyUsd());
    }

    /** An option's Equation 1 sustained limit to the cent of a MB/s, as the CSV and the CLI table show it; null for Express. */
    public static BigDecimal sustainedLimitMBps(OptionDto o) {
        return o.sustainedLimitMBps() == null ? null : BigDecimal.valueOf(o.sustainedLimitMBps()).setScale(2, RoundingMode.HALF_UP);
    }
}
