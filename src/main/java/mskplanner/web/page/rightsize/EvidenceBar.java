package mskplanner.web.page.rightsize;

import mskplanner.engine.format.Format;
import java.util.Locale;
import mskplanner.engine.format.Format;

/**
 * One check behind the verdict, drawn as a bar: what was measured against its limit.
 *
 * @param check what was checked, e.g. {@code CPU p95, hottest broker}
 * @param measured the measured value, in {@code unit}
 * @param limit the threshold or capacity, in {@code unit}
 * @param unit unit of both
 * @param breached whether the measurement is past the limit
 * @param note where the limit comes from
 */
public record EvidenceBar(String check, double measured, double limit, String unit, boolean breached, String note) {
    public String meterMax() {
        return plain(Math.max(limit, measured));
    }

    public String meterValue() {
        return plain(measured);
    }

    public String text() {
        String share = limit > 0 ? " (" + Format.percent(measured / limit) + " of the limit)" : "";
        return Format.number(measured) + " " + unit + " against " + Format.number(limit) + " " + unit + share;
    }

    private static String plain(double v) {
        return String.format(Locale.ROOT, "%.6f", v);
    }
}
