package mskplanner.pricing.aws;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import mskplanner.pricing.PricingDataException;

/**
 * Reads Price List JSON (a GetProducts {@code PriceList} string, or a product and its terms from an offer file) into
 * {@link PriceListProduct}. Prices stay the decimal strings AWS publishes; a JSON number is read as a BigDecimal.
 */
public final class PriceListJson {
    static final ObjectMapper MAPPER = new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

    private PriceListJson() {
    }

    /**
     * One element of a GetProducts {@code PriceList}:
     * {@code {"product":{...,"sku":S},"serviceCode":...,"terms":{"OnDemand":{"S.JRTCKXETXF":{...}}},"publicationDate":...}}.
     */
    public static PriceListProduct fromGetProducts(String json) {
        JsonNode root;
        try {
            root = MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new PricingDataException("GetProducts returned a PriceList entry that is not JSON: " + e.getOriginalMessage(), e);
        }
        JsonNode product = root.path("product");
        JsonNode terms = root.path("terms");
        String sku = product.path("sku").asText("");
        return product(text(root, "serviceCode"), product, termsOf(terms.path("OnDemand"), sku),
                termsOf(terms.path("Reserved"), sku), Optional.ofNullable(text(root, "publicationDate")));
    }

    /** GetProducts keys terms by term code ({@code SKU.JRTCKXETXF}); accept the offer file's extra SKU level too. */
    private static JsonNode termsOf(JsonNode byCode, String sku) {
        JsonNode nested = byCode.path(sku);
        return nested.isObject() && !nested.has("priceDimensions") ? nested : byCode;
    }

    /**
     * A product of an offer file with its terms.
     *
     * @param onDemand the {@code terms.OnDemand.<sku>} object (missing node when none)
     * @param reserved the {@code terms.Reserved.<sku>} object (missing node when none)
     */
    public static PriceListProduct product(String serviceCode, JsonNode product, JsonNode onDemand, JsonNode reserved,
                                           Optional<String> publicationDate) {
        Map<String, String> attributes = new LinkedHashMap<>();
        product.path("attributes").properties().forEach(e -> attributes.put(e.getKey(), e.getValue().asText()));
        String family = text(product, "productFamily");
        if (family != null) {
            attributes.putIfAbsent("productFamily", family);
        }
        String service = serviceCode != null ? serviceCode : attributes.getOrDefault("servicecode", "");
        return new PriceListProduct(service, product.path("sku").asText(""), attributes, terms(onDemand), terms(reserved),
                publicationDate);
    }

    private static List<PriceTerm> terms(JsonNode termsByCode) {
        List<PriceTerm> terms = new ArrayList<>();
        termsByCode.properties().forEach(e -> terms.add(term(e.getValue())));
        return terms;
    }

    private static PriceTerm term(JsonNode term) {
        Map<String, String> attributes = new LinkedHashMap<>();
        term.path("termAttributes").properties().forEach(e -> attributes.put(e.getKey(), e.getValue().asText()));
        List<PriceDimension> dimensions = new ArrayList<>();
        term.path("priceDimensions").properties().forEach(e -> dimensions.add(dimension(e.getValue())));
        return new PriceTerm(text(term, "offerTermCode"), text(term, "effectiveDate"), attributes, dimensions);
    }

    private static PriceDimension dimension(JsonNode d) {
        JsonNode usd = d.path("pricePerUnit").path("USD");
        String price = usd.isNumber() ? usd.decimalValue().toPlainString() : usd.isTextual() ? usd.asText() : null;
        return new PriceDimension(text(d, "rateCode"), text(d, "unit"), text(d, "description"), text(d, "beginRange"), price);
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.path(field);
        return value.isValueNode() && !value.isNull() ? value.asText() : null;
    }
}
