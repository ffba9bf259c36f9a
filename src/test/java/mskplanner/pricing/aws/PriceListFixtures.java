package mskplanner.pricing.aws;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import mskplanner.pricing.PriceFile;

/**
 * Price List products as AWS publishes them (GetProducts element / offer-file product plus terms), built by hand or
 * from a price file through the mapper's reverse table: the products that, once mapped, give that file's prices.
 */
public final class PriceListFixtures {
    public static final ObjectMapper JSON = new ObjectMapper();
    public static final String PUBLISHED = "2026-11-01T00:00:00Z";
    static final String ON_DEMAND_CODE = "JRTCKXETXF";
    static final String RATE_CODE = "6YS6EN2CT7";
    private static final Map<String, String> PREFIX = Map.of("us-east-1", "USE1", "eu-west-1", "EUW1", "ap-south-1", "APS3",
            "ap-southeast-1", "APS1");
    private static final Map<TermKind, String> RESERVED_CODE = Map.of(TermKind.RESERVED_STANDARD_NO_UPFRONT_1YR, "4NA7Y494T4",
            TermKind.RESERVED_STANDARD_NO_UPFRONT_3YR, "BPH4J8HBKS");

    private PriceListFixtures() {
    }

    /** One product with an OnDemand price, as GetProducts returns it. */
    public static ObjectNode product(String service, String region, String usageType, String usd, String unit) {
        ObjectNode p = skeleton(service, region, usageType);
        onDemand(p, usd, unit);
        return p;
    }

    /** The products that price every known item of a price file that the mapper reads from the Price List. */
    public static List<ObjectNode> productsOf(PriceFile file) {
        UsageTypeMapper mapper = new UsageTypeMapper();
        Map<String, ObjectNode> byUsageType = new LinkedHashMap<>();
        file.prices().forEach((item, entry) -> mapper.ruleFor(item).filter(r -> entry.usd() != null).ifPresent(rule -> {
            String usageType = entry.usageType() != null ? entry.usageType()
                    : prefixed(file.region(), rule.usageTypeFor(item).orElseThrow());
            ObjectNode p = byUsageType.computeIfAbsent(rule.service() + " " + usageType,
                    k -> skeleton(rule.service(), file.region(), usageType));
            String published = aws(rule.conversion().toAwsPrice(new BigDecimal(entry.usd()), rule.awsUnit()));
            if (rule.term() == TermKind.ON_DEMAND) {
                onDemand(p, published, rule.awsUnit());
            } else {
                reserved(p, rule.term(), "No Upfront", published, null);
            }
        }));
        return new ArrayList<>(byUsageType.values());
    }

    /** The products without those of the given usage types. */
    public static List<ObjectNode> without(List<ObjectNode> products, String... usageTypes) {
        List<String> drop = List.of(usageTypes);
        return products.stream().filter(p -> !drop.contains(p.path("product").path("attributes").path("usagetype").asText())).toList();
    }

    /** Sets the OnDemand price of the product with this usage type. */
    public static List<ObjectNode> repriced(List<ObjectNode> products, String usageType, String usd) {
        ObjectNode product = products.stream()
                .filter(p -> usageType.equals(p.path("product").path("attributes").path("usagetype").asText())).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no product " + usageType));
        product.path("terms").path("OnDemand").forEach(t -> t.path("priceDimensions")
                .forEach(d -> ((ObjectNode) d.path("pricePerUnit")).put("USD", usd)));
        return products;
    }

    /** The products as the mapper reads them. */
    public static List<PriceListProduct> parsed(List<ObjectNode> products) {
        return products.stream().map(p -> PriceListJson.fromGetProducts(p.toString())).toList();
    }

    public static String prefixed(String region, String usageType) {
        return PREFIX.getOrDefault(region, "XXX1") + "-" + usageType;
    }

    /** A product without terms, with the attributes AWS publishes for its kind of row. */
    public static ObjectNode skeleton(String service, String region, String usageType) {
        String sku = usageType.toUpperCase().replaceAll("[^A-Z0-9]", "") + region.toUpperCase().replace("-", "");
        ObjectNode root = JSON.createObjectNode();
        ObjectNode product = root.putObject("product");
        ObjectNode attributes = product.putObject("attributes");
        attributes.put("servicecode", service).put("usagetype", usageType).put("locationType", "AWS Region");
        String suffix = UsageTypeMapper.withoutRegionPrefix(usageType);
        switch (service) {
            case PriceListQueries.DATA_TRANSFER -> attributes.put("fromRegionCode", region).put("toRegionCode", region)
                    .put("transferType", "IntraRegion");
            case PriceListQueries.KINESIS -> {
                product.put("productFamily", "Kinesis Streams");
                attributes.put("regionCode", region);
            }
            case PriceListQueries.EC2 -> ec2Attributes(product, attributes.put("regionCode", region), suffix);
            default -> {
                product.put("productFamily", "Managed Streaming for Apache Kafka (MSK)");
                attributes.put("regionCode", region).put("location", "Somewhere (" + region + ")");
            }
        }
        product.put("sku", sku);
        root.put("serviceCode", service);
        root.putObject("terms");
        root.put("version", "20261101000000").put("publicationDate", PUBLISHED);
        return root;
    }

    private static void ec2Attributes(ObjectNode product, ObjectNode attributes, String suffix) {
        if (suffix.startsWith("BoxUsage:")) {
            product.put("productFamily", "Compute Instance");
            attributes.put("instanceType", suffix.substring("BoxUsage:".length())).put("operatingSystem", "Linux")
                    .put("tenancy", "Shared").put("preInstalledSw", "NA").put("capacitystatus", "Used")
                    .put("licenseModel", "No License required").put("operation", "RunInstances");
        } else {
            product.put("productFamily", suffix.contains("Throughput") ? "Provisioned Throughput"
                    : suffix.contains("IOPS") ? "System Operation" : "Storage");
            attributes.put("volumeApiName", "gp3");
        }
    }

    public static ObjectNode onDemand(ObjectNode p, String usd, String unit) {
        String sku = sku(p);
        ObjectNode term = p.withObjectProperty("terms").withObjectProperty("OnDemand").putObject(sku + "." + ON_DEMAND_CODE);
        term.put("offerTermCode", ON_DEMAND_CODE).put("sku", sku).put("effectiveDate", PUBLISHED);
        dimension(term.putObject("priceDimensions"), sku + "." + ON_DEMAND_CODE + "." + RATE_CODE, usd, unit);
        term.putObject("termAttributes");
        return p;
    }

    /** A Standard Reserved term; {@code upfront} null for none. */
    public static ObjectNode reserved(ObjectNode p, TermKind kind, String purchaseOption, String hourly, String upfront) {
        String sku = sku(p);
        String code = "No Upfront".equals(purchaseOption) ? RESERVED_CODE.get(kind) : "PU" + kind.years();
        ObjectNode term = p.withObjectProperty("terms").withObjectProperty("Reserved").putObject(sku + "." + code);
        term.put("offerTermCode", code).put("sku", sku).put("effectiveDate", PUBLISHED);
        ObjectNode dims = term.putObject("priceDimensions");
        dimension(dims, sku + "." + code + "." + RATE_CODE, hourly, "Hrs");
        if (upfront != null) {
            dimension(dims, sku + "." + code + ".2TG2D8R56U", upfront, "Quantity");
        }
        term.putObject("termAttributes").put("LeaseContractLength", kind.leaseContractLength()).put("OfferingClass", "standard")
                .put("PurchaseOption", purchaseOption);
        return p;
    }

    private static void dimension(ObjectNode dims, String rateCode, String usd, String unit) {
        ObjectNode d = dims.putObject(rateCode);
        d.put("rateCode", rateCode).put("description", "$" + usd + " per " + unit).put("beginRange", "0").put("endRange", "Inf")
                .put("unit", unit);
        d.putObject("pricePerUnit").put("USD", usd);
        d.putArray("appliesTo");
    }

    public static String sku(ObjectNode p) {
        return p.path("product").path("sku").asText();
    }

    /** Published prices carry ten decimals, as in the Price List ("0.2040000000"). */
    private static String aws(BigDecimal usd) {
        return usd.scale() < 10 ? usd.setScale(10, RoundingMode.UNNECESSARY).toPlainString() : usd.toPlainString();
    }
}
