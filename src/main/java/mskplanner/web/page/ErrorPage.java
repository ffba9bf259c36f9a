package mskplanner.web.page;

/**
 * View model of {@code error.jte}.
 *
 * @param frame layout data (the title is the problem's title)
 * @param status the HTTP status
 * @param detail what went wrong, as safe to show as the API's problem detail
 */
public record ErrorPage(PageFrame frame, int status, String detail) {
}
