package mskplanner.web.page;

import java.util.List;

/**
 * View model of the home page.
 *
 * @param regions regions with bundled prices
 * @param pricingDate publication date of the default region's prices
 */
public record HomePage(List<String> regions, String pricingDate) {
}
