package mskplanner.pricing;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.LinkedHashMap;

/** The JSON shape of {@code pricing-data/<region>.json} (see pricing-data/README.md). */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record PriceFile(String region, String regionName, String currency, Source source,
                        LinkedHashMap<String, Entry> prices) {

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Source(String name, String url, String publicationDate, String retrievedDate) {
    }

    /** One price; {@code usd} is a decimal string or null when unknown. */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record Entry(String usd, String unit, String confidence, String source,
                        @JsonInclude(JsonInclude.Include.NON_NULL) String usageType,
                        @JsonInclude(JsonInclude.Include.NON_NULL) String sku) {
    }
}
