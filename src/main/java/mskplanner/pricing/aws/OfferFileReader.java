package mskplanner.pricing.aws;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import mskplanner.pricing.PricingDataException;

/**
 * Reads a bulk offer file ({@code offers/v1.0/aws/<service>/current[/<region>]/index.json}) in two streaming passes,
 * products then terms, keeping only the products the region's queries select: an EC2 offer file is gigabytes.
 * Products without a region attribute are taken to be in {@code onlyRegion} when one is given (a region's own file).
 */
public final class OfferFileReader {
    private static final String URL = "https://pricing.us-east-1.amazonaws.com/offers/v1.0/aws/%s/current/index.json";

    private final Path file;
    private final Optional<String> onlyRegion;
    private final Function<String, List<PriceListQuery>> queriesFor;
    private final Map<String, List<PriceListQuery>> queriesByRegion = new HashMap<>();
    private final Map<String, String> regionBySku = new LinkedHashMap<>();
    private final Map<String, JsonNode> productBySku = new HashMap<>();
    private final Map<String, Map<String, JsonNode>> termsByType = Map.of("OnDemand", new HashMap<>(), "Reserved", new HashMap<>());
    private final SortedSet<String> regions = new TreeSet<>();
    private String offerCode;
    private String publicationDate;

    private OfferFileReader(Path file, Optional<String> onlyRegion, Function<String, List<PriceListQuery>> queriesFor) {
        this.file = file;
        this.onlyRegion = onlyRegion;
        this.queriesFor = queriesFor;
    }

    /**
     * The answers of one offer file, by region.
     *
     * @param onlyRegion read this region only
     * @param queriesFor the queries that select a region's products (the GetProducts filters)
     * @return one answer per region that has products in the file (a region with none selected has an empty answer)
     */
    public static Map<String, PriceListAnswer> read(Path file, Optional<String> onlyRegion,
                                                    Function<String, List<PriceListQuery>> queriesFor) {
        OfferFileReader reader = new OfferFileReader(file, onlyRegion, queriesFor);
        reader.pass(true);
        reader.pass(false);
        return reader.answers();
    }

    private void pass(boolean products) {
        try (JsonParser p = PriceListJson.MAPPER.createParser(file.toFile())) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                throw notAnOffer("it is not a JSON object");
            }
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String name = p.currentName();
                JsonToken value = p.nextToken();
                if (products && "offerCode".equals(name)) {
                    offerCode = p.getText();
                } else if (products && "publicationDate".equals(name)) {
                    publicationDate = p.getText();
                } else if (products && "products".equals(name)) {
                    if (value != JsonToken.START_OBJECT) {
                        throw notAnOffer("'products' is not an object (Savings Plans files are not supported)");
                    }
                    readProducts(p);
                } else if (!products && "terms".equals(name) && value == JsonToken.START_OBJECT) {
                    readTerms(p);
                } else {
                    p.skipChildren();
                }
            }
        } catch (IOException e) {
            throw new PricingDataException("offer file " + file.getFileName() + ": " + e.getMessage(), e);
        }
        if (products && offerCode == null) {
            throw notAnOffer("it has no offerCode");
        }
    }

    private void readProducts(JsonParser p) throws IOException {
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            p.nextToken();
            JsonNode node = p.readValueAsTree();
            attributeToAskedRegion(node);
            PriceListProduct product = PriceListJson.product(offerCode, node, MissingNode.getInstance(), MissingNode.getInstance(),
                    Optional.empty());
            Optional<String> region = product.region();
            if (region.isEmpty() || onlyRegion.filter(r -> !r.equals(region.get())).isPresent()) {
                continue;
            }
            regions.add(region.get());
            if (queriesByRegion.computeIfAbsent(region.get(), queriesFor).stream().anyMatch(q -> q.matches(product))) {
                regionBySku.put(product.sku(), region.get());
                productBySku.put(product.sku(), node);
            }
        }
    }

    /** A region file may leave the region out of its rows; they then answer the asked region's queries. */
    private void attributeToAskedRegion(JsonNode product) {
        JsonNode attributes = product.path("attributes");
        if (onlyRegion.isPresent() && attributes instanceof ObjectNode a && !a.has("regionCode") && !a.has("fromRegionCode")) {
            a.put("regionCode", onlyRegion.get());
        }
    }

    private void readTerms(JsonParser p) throws IOException {
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            Map<String, JsonNode> bySku = termsByType.get(p.currentName());
            p.nextToken();
            if (bySku == null) {
                p.skipChildren();
                continue;
            }
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String sku = p.currentName();
                p.nextToken();
                if (productBySku.containsKey(sku)) {
                    bySku.put(sku, p.readValueAsTree());
                } else {
                    p.skipChildren();
                }
            }
        }
    }

    private Map<String, PriceListAnswer> answers() {
        Map<String, List<PriceListProduct>> byRegion = new TreeMap<>();
        regions.forEach(r -> byRegion.put(r, new ArrayList<>()));
        regionBySku.forEach((sku, region) -> byRegion.get(region).add(PriceListJson.product(offerCode, productBySku.get(sku),
                termsByType.get("OnDemand").getOrDefault(sku, MissingNode.getInstance()),
                termsByType.get("Reserved").getOrDefault(sku, MissingNode.getInstance()), Optional.ofNullable(publicationDate))));
        Map<String, PriceListAnswer> answers = new TreeMap<>();
        String name = "AWS Price List offer file " + file.getFileName() + " (" + offerCode + ")";
        byRegion.forEach((region, products) -> answers.put(region, new PriceListAnswer(region, Map.of(offerCode, name), products,
                PriceListAnswer.isoDate(Optional.ofNullable(publicationDate)), String.format(URL, offerCode))));
        return answers;
    }

    private PricingDataException notAnOffer(String why) {
        return new PricingDataException("offer file " + file.getFileName() + " is not an AWS Price List offer file: " + why);
    }
}
