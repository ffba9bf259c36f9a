package mskplanner.pricing.aws;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Everything the Price List said about one region.
 *
 * @param region the region code
 * @param services the service codes that were asked (an item of another service is "not covered", not "missing")
 * @param products the products in the answer
 * @param publicationDate when the AmazonMSK price list was published (ISO date), when the answer says so
 * @param sourceName e.g. {@code AWS Price List API GetProducts}
 * @param sourceUrl where the prices came from
 */
public record PriceListAnswer(String region, Set<String> services, List<PriceListProduct> products,
                              Optional<String> publicationDate, String sourceName, String sourceUrl) {
    public PriceListAnswer {
        services = Set.copyOf(services);
        products = List.copyOf(products);
    }

    /** This answer and another one for the same region (e.g. two offer files) as one. */
    public PriceListAnswer plus(PriceListAnswer other) {
        Set<String> allServices = new LinkedHashSet<>(services);
        allServices.addAll(other.services);
        List<PriceListProduct> all = new ArrayList<>(products);
        all.addAll(other.products);
        Optional<String> published = services.contains(PriceListQueries.MSK) ? publicationDate
                : other.services.contains(PriceListQueries.MSK) ? other.publicationDate : publicationDate.or(other::publicationDate);
        return new PriceListAnswer(region, allServices, all, published, sourceName + " + " + other.sourceName, sourceUrl);
    }

    /** The date part of a Price List timestamp such as {@code 2026-09-11T12:44:56Z}. */
    static Optional<String> isoDate(Optional<String> timestamp) {
        return timestamp.filter(t -> t.length() >= 10).map(t -> t.substring(0, 10));
    }
}
