package mskplanner.web.page.rightsize;

import java.util.List;
import mskplanner.web.page.ErrorLink;
import mskplanner.web.page.Field;
import mskplanner.web.page.FormState;
import mskplanner.web.page.PageFrame;
import mskplanner.web.page.TopicsView;

/**
 * View model of {@code rightsize.jte}.
 *
 * @param frame layout data
 * @param form the settings as typed, and errors beside the inputs (a browser never re-fills a file input)
 * @param settings the analysis settings a visitor may change
 * @param errors the error summary above the form
 * @param maxUploadMegabytes the upload limit, for the form's help text
 * @param result the report, or {@code null}
 * @param topics the uploaded topic inventory's storage on the cluster, or {@code null} without one
 */
public record RightsizePage(PageFrame frame, FormState form, List<Field> settings, List<ErrorLink> errors, long maxUploadMegabytes,
                            RightsizeResult result, TopicsView topics) {
    public RightsizePage {
        settings = List.copyOf(settings);
        errors = List.copyOf(errors);
    }

    /** A page without a topic inventory. */
    public RightsizePage(PageFrame frame, FormState form, List<Field> settings, List<ErrorLink> errors, long maxUploadMegabytes,
                         RightsizeResult result) {
        this(frame, form, settings, errors, maxUploadMegabytes, result, null);
    }

    public boolean hasResult() {
        return result != null;
    }
}
