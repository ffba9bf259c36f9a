package mskplanner.rightsize.fleet;

import java.util.List;

/**
 * The view model of {@code report/fleet.jte}: pre-formatted text, escaped by jte on output.
 *
 * @param title page title
 * @param summary the totals in words
 * @param headers the table's header cells
 * @param rows one per cluster, biggest saving first
 */
public record FleetPage(String title, List<String> summary, List<String> headers, List<Row> rows) {
    public FleetPage {
        summary = List.copyOf(summary);
        headers = List.copyOf(headers);
        rows = List.copyOf(rows);
    }

    /**
     * A cluster's row and, with a verdict, its whole single report.
     *
     * @param anchor the id of its details element
     * @param status verdict, skipped or failed (CSS class)
     * @param cells the row's cells
     * @param reportHtml the single HTML report, shown in a frame; null without a verdict
     */
    public record Row(String anchor, String status, List<String> cells, String reportHtml) {
        public Row {
            cells = List.copyOf(cells);
        }
    }
}
