package mskplanner.web.page;

/**
 * Which price snapshot a page used, as every page shows it.
 *
 * @param region region code, e.g. {@code us-east-1}
 * @param regionName display name of the region
 * @param dateLabel how old the prices are, e.g. {@code published 2026-09-11}
 * @param sourceUrl where the prices can be checked
 * @param staleWarning the banner text when the prices are too old to trust unchecked, else {@code null}
 */
public record PricingNote(String region, String regionName, String dateLabel, String sourceUrl, String staleWarning) {
    public boolean stale() {
        return staleWarning != null;
    }
}
