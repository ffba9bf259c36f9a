package mskplanner.pricing.aws;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * What msk-planner asks the Price List for one region: every AmazonMSK product, and only the EC2, EBS, Kinesis and
 * data-transfer rows the MSK-versus-alternatives comparison uses.
 */
public final class PriceListQueries {
    public static final String MSK = "AmazonMSK";
    public static final String EC2 = "AmazonEC2";
    public static final String KINESIS = "AmazonKinesis";
    public static final String DATA_TRANSFER = "AWSDataTransfer";
    /** Besides the catalog's EC2 equivalents, the self-managed comparison's smallest node. */
    public static final String SMALLEST_EC2_TYPE = "t3.small";

    private PriceListQueries() {
    }

    /**
     * The questions for one region.
     *
     * @param ec2Types the EC2 types to price (the catalog's {@code ec2Equivalent} types)
     */
    public static List<PriceListQuery> forRegion(String region, Collection<String> ec2Types) {
        List<PriceListQuery> queries = new ArrayList<>();
        queries.add(new PriceListQuery(MSK, Map.of("regionCode", region)));
        TreeSet<String> types = new TreeSet<>(ec2Types);
        types.add(SMALLEST_EC2_TYPE);
        for (String type : types) {
            queries.add(new PriceListQuery(EC2, ordered("regionCode", region, "instanceType", type, "operatingSystem", "Linux",
                    "tenancy", "Shared", "preInstalledSw", "NA", "capacitystatus", "Used")));
        }
        queries.add(new PriceListQuery(EC2, ordered("regionCode", region, "volumeApiName", "gp3")));
        queries.add(new PriceListQuery(KINESIS, ordered("regionCode", region, "productFamily", "Kinesis Streams")));
        queries.add(new PriceListQuery(DATA_TRANSFER, ordered("fromRegionCode", region, "transferType", "IntraRegion")));
        return queries;
    }

    private static Map<String, String> ordered(String... pairs) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put(pairs[i], pairs[i + 1]);
        }
        return map;
    }
}
