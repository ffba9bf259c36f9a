package mskplanner.app.plan;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Arrays;
import java.util.List;
import mskplanner.app.Csv;

/** A plan as CSV, one row per option, for spreadsheet {@code IMPORTDATA} (the CLI's text table is cli.PlanTable). */
public final class PlanFormats {
    public static final List<String> CSV_HEADER = List.of("deployment", "instanceType", "brokers", "bottleneck", "monthlyUsd",
            "fitsQuota", "storageGiBPerBroker", "sustainedLimitMBps", "recommended-for");

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
        return Arrays.asList(o.deployment(), o.instanceType(), o.brokers(), o.bottleneck(), o.monthlyUsd(),
                o.fitsQuota(), o.storageGiBPerBroker(),
                o.sustainedLimitMBps() == null ? null : twoDecimals(o.sustainedLimitMBps()),
                String.join(" ", r.recommendedFor(o)));
    }

    private static BigDecimal twoDecimals(double v) {
        return BigDecimal.valueOf(v).setScale(2, RoundingMode.HALF_UP);
    }
}
