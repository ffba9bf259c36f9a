package mskplanner.cli;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import mskplanner.app.plan.PlanFormats;
import mskplanner.app.plan.batch.BatchResult;
import mskplanner.app.plan.batch.BatchRow;
import mskplanner.engine.format.Format;

/** The CLI's plain-text batch result: one line per profile with its pick, bill or error. */
final class BatchTable {
    private BatchTable() {
    }

    static String of(BatchResult result) {
        StringBuilder sb = new StringBuilder(String.format(Locale.ROOT, "%7s  %-22s %7s %-11s %14s  %s%n", "profile",
                "pick", "brokers", "bottleneck", "per month", "error"));
        for (BatchRow row : result.rows()) {
            List<Object> c = row.ok() ? row.cells() : Collections.nCopies(PlanFormats.CSV_HEADER.size(), "");
            sb.append(String.format(Locale.ROOT, "%7d  %-22s %7s %-11s %14s  %s%n", row.profile(), c.get(1), c.get(2),
                    c.get(3), c.get(4) instanceof BigDecimal b ? Format.usd(b) : c.get(4), row.ok() ? "" : row.error()));
        }
        return sb.toString();
    }
}
