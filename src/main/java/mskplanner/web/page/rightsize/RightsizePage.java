package mskplanner.web.page.rightsize;

import java.util.List;
import mskplanner.web.page.ErrorLink;
import mskplanner.web.page.FormState;
import mskplanner.web.page.PageFrame;

/**
 * View model of {@code rightsize.jte}.
 *
 * @param frame layout data
 * @param form errors beside the file inputs (a browser never re-fills a file input, so there are no values)
 * @param errors the error summary above the form
 * @param maxUploadMegabytes the upload limit, for the form's help text
 * @param notice a message in place of results, or {@code null}
 * @param result the report, or {@code null}
 */
public record RightsizePage(PageFrame frame, FormState form, List<ErrorLink> errors, long maxUploadMegabytes, String notice,
                            RightsizeResult result) {
    public RightsizePage {
        errors = List.copyOf(errors);
    }

    public boolean hasResult() {
        return result != null;
    }
}
