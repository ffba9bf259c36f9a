package mskplanner.web.page;

import java.util.ArrayList;
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

    /** The bill from the API, as the page's own query answers it (GET /api/v1/estimate takes the same parameters). */
    public String jsonUrl() {
        return "/api/v1" + shareUrl;
    }

    public String csvUrl() {
        return jsonUrl() + "&format=csv";
    }

    /** Every general input and each cluster row's filled inputs, for the printed page (which leaves the form out). */
    public List<PrintedInput> printedInputs() {
        List<PrintedInput> printed = new ArrayList<>(PrintedInput.all(general, form));
        for (ClusterRow row : rows) {
            printed.addAll(PrintedInput.filled(row.legend(), row.inputs().stream().map(RowInput::field).toList(), form));
        }
        return printed;
    }
}
