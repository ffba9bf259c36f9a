package mskplanner.web.page;

import java.util.List;
import mskplanner.app.estimate.EstimateResponse;

/**
 * View model of {@code estimate.jte}.
 *
 * @param frame layout data
 * @param form the values as typed and the errors beside them
 * @param general region and hours
 * @param rows the cluster rows
 * @param errors the error summary above the form
 * @param result the bill, or {@code null} before the first submit and after an error
 * @param shareUrl relative link reproducing this estimate
 * @param curl the same estimate as an API call
 */
public record EstimatePage(PageFrame frame, FormState form, List<Field> general, List<ClusterRow> rows, List<ErrorLink> errors,
                           EstimateResponse result, String shareUrl, String curl) {
    public EstimatePage {
        general = List.copyOf(general);
        rows = List.copyOf(rows);
        errors = List.copyOf(errors);
    }

    /** One fieldset of the form. */
    public record ClusterRow(int index, String legend, List<RowInput> inputs) {
        public ClusterRow {
            inputs = List.copyOf(inputs);
        }
    }

    /** An input of a cluster row and the cluster types it applies to (space-separated, for a script to hide the rest). */
    public record RowInput(Field field, String appliesTo) {
    }

    public boolean hasResult() {
        return result != null;
    }
}
