package mskplanner.web.page;

import java.util.List;

/**
 * What the layout around every page needs.
 *
 * @param title the page's title (also its h1)
 * @param active the navigation entry of this page
 * @param pricing the price snapshot the page used
 * @param scripts external scripts the page loads after its content (CSP: no inline scripts)
 */
public record PageFrame(String title, Nav active, PricingNote pricing, List<String> scripts) {
    public PageFrame {
        scripts = List.copyOf(scripts);
    }

    public String documentTitle() {
        return title + " · msk-planner";
    }

    public boolean isActive(Nav nav) {
        return nav == active;
    }
}
