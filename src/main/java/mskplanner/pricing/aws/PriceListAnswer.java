package mskplanner.pricing.aws;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Everything the Price List said about one region.
 *
 * @param region the region code
 * @param sources the service codes that were asked, each with where its prices came from (e.g.
 *                {@code AWS Price List API GetProducts}); an item of another service is "not covered", not "missing"
 * @param products the products in the answer
 * @param publicationDate when the AmazonMSK price list was published (ISO date), when the answer says so
 * @param sourceUrl where the prices came from
 */
public record PriceListAnswer(String region, Map<String, String> sources, List<PriceListProduct> products,
                              Optional<String> publicationDate, String sourceUrl) {
    public PriceListAnswer {
        sources = Collections.unmodifiableMap(new LinkedHashMap<>(sources));
        products = List.copyOf(products);
    }

    public Set<String> services() {
        return sources.keySet();
    }

    /** Every source of the answer, e.g. {@code AWS Price List API GetProducts}. */
    public String sourceName() {
        return String.join(" + ", sources.values().stream().distinct().toList());
    }

    /** Where the prices of one service came from. */
    public String sourceOf(String service) {
        return sources.getOrDefault(service, sourceName());
    }

    /** This answer and another one for the same region (e.g. two offer files) as one. */
    public PriceListAnswer plus(PriceListAnswer other) {
        Map<String, String> allSources = new LinkedHashMap<>(sources);
        allSources.putAll(other.sources);
        List<PriceListProduct> all = new ArrayList<>(products);
        all.addAll(other.products);
        Optional<String> published = services().contains(PriceListQueries.MSK) ? publicationDate
                : other.services().contains(PriceListQueries.MSK) ? other.publicationDate : publicationDate.or(other::publicationDate);
        return new PriceListAnswer(region, allSources, all, published, sourceUrl);
    }

    /** The date part of a Price List timestamp such as {@code 2026-09-11T12:44:56Z}. */
    static Optional<String> isoDate(Optional<String> timestamp) {
        return timestamp.filter(t -> t.length() >= 10).map(t -> t.substring(0, 10));
    }
}
