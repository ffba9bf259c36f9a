package mskplanner.web.page;

import java.util.List;

/**
 * View model of {@code api.jte}: how to call the JSON API.
 *
 * @param frame layout data
 * @param origin the absolute address of this server, for the examples
 * @param regions regions with bundled prices
 */
public record ApiPage(PageFrame frame, String origin, List<String> regions) {
    public ApiPage {
        regions = List.copyOf(regions);
    }
}
