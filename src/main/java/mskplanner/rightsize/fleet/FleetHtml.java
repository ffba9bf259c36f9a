package mskplanner.rightsize.fleet;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import mskplanner.rightsize.report.RightsizeHtml;

/**
 * A fleet report as one self-contained HTML file: the table, biggest saving first, and under it each cluster's full
 * single report (the same file {@code rightsize --format html} writes) in a collapsed section the row links to.
 * Every single report carries its own inlined Chart.js, so the file grows by about 200 KB per cluster.
 */
public final class FleetHtml {
    private static final TemplateEngine ENGINE = TemplateEngine.createPrecompiled(ContentType.Html);

    private FleetHtml() {
    }

    public static String render(FleetReport r) {
        StringOutput out = new StringOutput();
        ENGINE.render("report/fleet.jte", Map.of("page", page(r)), out);
        return out.toString();
    }

    static FleetPage page(FleetReport r) {
        List<FleetPage.Row> rows = new ArrayList<>();
        for (int i = 0; i < r.entries().size(); i++) {
            FleetEntry e = r.entries().get(i);
            rows.add(new FleetPage.Row("cluster-" + (i + 1), e.outcome().name().toLowerCase(Locale.ROOT),
                    FleetText.cells(e), e.report().map(RightsizeHtml::render).orElse(null)));
        }
        return new FleetPage("Fleet right-sizing report", FleetText.summary(r), FleetText.HEADERS, rows);
    }
}
