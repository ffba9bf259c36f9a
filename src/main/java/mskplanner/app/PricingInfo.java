package mskplanner.app;

import mskplanner.engine.price.PriceSheet;

/**
 * Where the prices of an answer came from.
 *
 * @param source description of the price source
 * @param url where they were read
 * @param publicationDate the Price List publication date, if known
 * @param retrievedDate when the prices were taken
 * @param region the region priced
 * @param currency currency of every amount
 * @param origin "bundled" for the snapshot in the jar, "pricing-dir" for a refreshed copy (never a server path)
 */
public record PricingInfo(String source, String url, String publicationDate, String retrievedDate, String region,
                          String currency, String origin) {
    public static PricingInfo of(PriceSheet sheet, String origin) {
        return new PricingInfo(sheet.source().name(), sheet.source().url(), sheet.source().publicationDate(),
                sheet.source().retrievedDate(), sheet.region(), sheet.currency(),
                "bundled".equals(origin) ? "bundled" : "pricing-dir");
    }
}
