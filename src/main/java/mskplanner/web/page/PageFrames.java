package mskplanner.web.page;

import java.util.List;
import mskplanner.engine.price.PriceSheet;
import mskplanner.pricing.PricingData;

/** Builds the layout data of a page: its title, navigation and the price snapshot of the region it shows. */
public final class PageFrames {
    public static final String DEFAULT_REGION = "us-east-1";

    private final PricingData pricing;
    private final PricingFreshness freshness;

    public PageFrames(PricingData pricing, PricingFreshness freshness) {
        this.pricing = pricing;
        this.freshness = freshness;
    }

    /** The frame for a page about {@code region}; an unknown or blank region shows the default region's snapshot. */
    public PageFrame frame(String title, Nav nav, String region, List<String> scripts) {
        PriceSheet sheet = pricing.find(region == null ? "" : region.trim())
                .or(() -> pricing.find(DEFAULT_REGION))
                .orElseGet(() -> pricing.sheets().values().iterator().next());
        return new PageFrame(title, nav, freshness.note(sheet), scripts);
    }
}
