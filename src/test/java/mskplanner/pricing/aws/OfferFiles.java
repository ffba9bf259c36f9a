package mskplanner.pricing.aws;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Collection;

/** Bulk offer files (offers/v1.0/aws/<service>/current/index.json) built from GetProducts-shaped products. */
public final class OfferFiles {
    private OfferFiles() {
    }

    /** Writes the products of one service code as its offer file. */
    public static Path write(Path file, String offerCode, Collection<ObjectNode> products) throws IOException {
        ObjectNode offer = PriceListFixtures.JSON.createObjectNode();
        offer.put("formatVersion", "v1.0").put("disclaimer", "test").put("offerCode", offerCode).put("version", "20261101000000")
                .put("publicationDate", PriceListFixtures.PUBLISHED);
        ObjectNode byProduct = offer.putObject("products");
        ObjectNode terms = offer.putObject("terms");
        for (ObjectNode p : products) {
            if (!offerCode.equals(p.path("serviceCode").asText())) {
                continue;
            }
            String sku = PriceListFixtures.sku(p);
            byProduct.set(sku, p.get("product"));
            p.path("terms").properties().forEach(t -> terms.withObjectProperty(t.getKey()).set(sku, t.getValue()));
        }
        PriceListFixtures.JSON.writerWithDefaultPrettyPrinter().writeValue(file.toFile(), offer);
        return file;
    }
}
