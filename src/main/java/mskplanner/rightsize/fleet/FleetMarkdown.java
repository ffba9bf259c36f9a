package mskplanner.rightsize.fleet;

import java.util.List;

/** A fleet report as Markdown, for a ticket: the totals and one table row per cluster, biggest saving first. */
public final class FleetMarkdown {
    private FleetMarkdown() {
    }

    public static String render(FleetReport r) {
        StringBuilder md = new StringBuilder("# Fleet right-sizing report\n\n");
        FleetText.summary(r).forEach(l -> md.append("- ").append(cell(l)).append('\n'));
        md.append('\n').append(row(FleetText.HEADERS));
        md.append(row(FleetText.HEADERS.stream().map(h -> h.endsWith("month") ? "---:" : "---").toList()));
        for (FleetEntry e : r.entries()) {
            md.append(row(FleetText.cells(e)));
        }
        return md.append('\n').append("Each cluster's full report: msk-planner rightsize --cluster-arn ARN.\n").toString();
    }

    private static String row(List<String> cells) {
        return "| " + String.join(" | ", cells.stream().map(FleetMarkdown::cell).toList()) + " |\n";
    }

    private static String cell(String s) {
        return s == null ? "" : s.replace("\\", "\\\\").replace("|", "\\|").replace("\r", " ").replace("\n", " ");
    }
}
