package mskplanner.engine.price;

/**
 * Where a region's prices come from and how old they are.
 *
 * @param name a short description of the source
 * @param url the page or API the prices were read from
 * @param publicationDate the Price List publication date (ISO date), or empty when not known
 * @param retrievedDate when the prices were read (ISO date)
 */
public record PriceSource(String name, String url, String publicationDate, String retrievedDate) {
}
