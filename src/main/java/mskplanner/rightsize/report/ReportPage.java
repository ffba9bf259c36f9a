package mskplanner.rightsize.report;

import gg.jte.Content;
import java.util.List;
import mskplanner.engine.apply.ClusterUpdate;

/**
 * The view model of {@code report/rightsize.jte}: every value pre-formatted text, escaped by jte on output.
 *
 * @param title page title
 * @param verdictLabel e.g. {@code over-provisioned}
 * @param verdictClass CSS class of the verdict box
 * @param headline the verdict sentence
 * @param costLines the cost now, of the target and of the change
 * @param facts short lines under the verdict (cluster, window, data source, cost)
 * @param charts canvas ids and captions, in order
 * @param tables the report's tables
 * @param forecast the trends in words
 * @param thresholds when each trend reaches each threshold
 * @param notes warnings and assumptions
 * @param chartsJson chart data, read by the chart script from a data attribute
 * @param chartJs Chart.js, inlined
 * @param reportJs the report's chart code, inlined
 * @param apply how to apply the verdict; null when it changes nothing
 * @param topics the topic inventory's section; null without an inventory
 */
public record ReportPage(String title, String verdictLabel, String verdictClass, String headline, List<String> costLines,
                         List<String> facts, List<ChartSlot> charts, List<Table> tables, List<String> forecast,
                         List<ReportSentences.Line> thresholds, List<String> notes, String chartsJson, Content chartJs,
                         Content reportJs, ClusterUpdate apply, TopicSection topics) {

    /** A chart's place on the page. */
    public record ChartSlot(String id, String title) {
    }

    /** A table: title, header cells and rows of cells; {@code flagged} rows are highlighted. */
    public record Table(String title, List<String> headers, List<Row> rows) {
    }

    public record Row(List<String> cells, boolean flagged) {
        public static Row of(boolean flagged, String... cells) {
            return new Row(List.of(cells), flagged);
        }
    }
}
