package mskplanner.pricing.aws;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.stream.Stream;
import mskplanner.pricing.PriceFile;
import mskplanner.pricing.PricingLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class UsageTypeMapperTest {
    private final UsageTypeMapper mapper = new UsageTypeMapper();

    private static PriceListProduct parsed(ObjectNode product) {
        return PriceListJson.fromGetProducts(product.toString());
    }

    private UsageTypeMapper.Mapping mapped(ObjectNode... products) {
        return mapper.map(Stream.of(products).map(UsageTypeMapperTest::parsed).toList());
    }

    private static ObjectNode msk(String usageType, String usd, String unit) {
        return PriceListFixtures.product("AmazonMSK", "us-east-1", usageType, usd, unit);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "USE1-Kafka.m7g.large, broker-hour:kafka.m7g.large",
        "EUW1-Kafka.m5.24xlarge, broker-hour:kafka.m5.24xlarge",
        "Kafka.t3.small, broker-hour:kafka.t3.small",
        "APS1-Express.m7g.16xlarge, broker-hour:express.m7g.16xlarge",
        "USE1-Kafka.Storage.GP2, storage-gb-month",
        "USE1-Kafka.Storage.Tiered, tiered-storage-gb-month",
        "USE1-Kafka.DataRetrieval.Tiered, tiered-retrieval-gb",
        "USE1-Kafka.Throughput, pst-mibps-month",
        "USE1-Express.Storage, express-storage-gb-month",
        "USE1-Express.DataIn, express-data-in-gb",
        "USE1-Express.Data-In-Bytes, express-data-in-gb",
        "USE1-KafkaServerless-ClusterHours, serverless-cluster-hour",
        "USE1-KafkaServerless-PartitionHours, serverless-partition-hour",
        "USE1-KafkaServerless-In-Bytes, serverless-data-in-gb",
        "USE1-KafkaServerless-Out-Bytes, serverless-data-out-gb",
        "USE1-KafkaServerless-StorageHours, serverless-storage-gb-month",
        "USE1-Kafka.mcu.general, connect-mcu-hour",
        "APS1-Kafka.PrivateConnectivityHours, private-connectivity-hour",
        "USE1-Kafka.PrivateConnectivity-Bytes, private-connectivity-data-gb",
        "USE1-KafkaReplication-Hours, replicator-hour",
        "USE1-KafkaReplication-Bytes, replicator-data-gb",
    })
    void an_msk_usage_type_of_any_region_maps_to_its_item(String usageType, String item) {
        assertThat(mapped(msk(usageType, "1.0", "Hrs")).prices()).containsOnlyKeys(item);
    }

    @Test
    void prices_are_the_published_decimal_strings_without_trailing_zeros() {
        var prices = mapped(msk("USE1-Kafka.m7g.large", "0.2040000000", "Hrs"), msk("USE1-Kafka.mcu.general", "0.0000166667", "Hrs"))
                .prices();
        assertThat(prices.get("broker-hour:kafka.m7g.large").usd().toPlainString()).isEqualTo("0.204");
        assertThat(prices.get("connect-mcu-hour").usd().toPlainString()).isEqualTo("0.0000166667");
    }

    @Test
    void a_mapped_price_records_usage_type_sku_and_planner_unit() {
        MappedPrice p = mapped(msk("USE1-Kafka.m7g.large", "0.2040000000", "Hrs")).prices().get("broker-hour:kafka.m7g.large");
        assertThat(p).isEqualTo(new MappedPrice("broker-hour:kafka.m7g.large", p.usd(), "broker-hour", "USE1-Kafka.m7g.large",
                "USE1KAFKAM7GLARGEUSEAST1", "0.2040000000", "Hrs", ""));
    }

    @Test
    void gp3_throughput_published_per_gibps_month_becomes_per_mibps_month() {
        // $40.96 per GiBps-month / 1,024 MiB per GiB = $0.04 per MiB/s-month
        var p = mapped(PriceListFixtures.product("AmazonEC2", "us-east-1", "EBS:VolumeP-Throughput.gp3", "40.9600000000", "GiBps-mo"))
                .prices().get("ebs-gp3-throughput-mibps-month");
        assertThat(p.usd()).isEqualByComparingTo("0.04");
        assertThat(p.note()).isEqualTo("converted from 40.9600000000 per GiBps-mo");
    }

    @Test
    void kinesis_put_payload_units_published_per_unit_become_per_million() {
        // $0.000000014 per unit x 1,000,000 = $0.014 per million
        var p = mapped(PriceListFixtures.product("AmazonKinesis", "us-east-1", "PutRequestPayloadUnits", "0.0000000140", "PutRequest"))
                .prices().get("kinesis-put-payload-million");
        assertThat(p.usd()).isEqualByComparingTo("0.014");
    }

    @Test
    void ec2_gives_on_demand_and_standard_no_upfront_reserved_rates_ignoring_other_payment_options() {
        ObjectNode m5 = PriceListFixtures.product("AmazonEC2", "us-east-1", "BoxUsage:m5.large", "0.0960000000", "Hrs");
        PriceListFixtures.reserved(m5, TermKind.RESERVED_STANDARD_NO_UPFRONT_1YR, "No Upfront", "0.0610000000", null);
        PriceListFixtures.reserved(m5, TermKind.RESERVED_STANDARD_NO_UPFRONT_1YR, "Partial Upfront", "0.0300000000", "263");
        PriceListFixtures.reserved(m5, TermKind.RESERVED_STANDARD_NO_UPFRONT_3YR, "No Upfront", "0.0420000000", null);
        var prices = mapped(m5).prices();
        assertThat(prices.get("ec2-hour:m5.large").usd()).isEqualByComparingTo("0.096");
        assertThat(prices.get("ec2-ri-1yr-hour:m5.large").usd()).isEqualByComparingTo("0.061");
        assertThat(prices.get("ec2-ri-3yr-hour:m5.large").usd()).isEqualByComparingTo("0.042");
    }

    @Test
    void an_upfront_fee_is_spread_over_the_hours_of_the_term() {
        ObjectNode m5 = PriceListFixtures.product("AmazonEC2", "us-east-1", "BoxUsage:m5.large", "0.0960000000", "Hrs");
        PriceListFixtures.reserved(m5, TermKind.RESERVED_STANDARD_NO_UPFRONT_3YR, "No Upfront", "0.0400000000", "26.28");
        // 0.04 + 26.28 / (8,760 h x 3 years = 26,280 h) = 0.04 + 0.001 = 0.041
        assertThat(mapped(m5).prices().get("ec2-ri-3yr-hour:m5.large").usd()).isEqualByComparingTo("0.041");
    }

    @Test
    void a_usage_type_no_rule_knows_is_listed_with_its_price() {
        var mapping = mapped(msk("USE1-Kafka.m7g.large", "0.204", "Hrs"), msk("USE1-Kafka.Quantum.Storage", "0.5", "GB-Mo"));
        assertThat(mapping.unmapped()).containsExactly(
                new UnmappedProduct("AmazonMSK", "USE1-Kafka.Quantum.Storage", "USE1KAFKAQUANTUMSTORAGEUSEAST1", "0.5 per GB-Mo"));
    }

    @Test
    void a_usage_type_of_another_service_is_not_mapped_by_the_msk_rules() {
        var mapping = mapped(PriceListFixtures.product("AmazonEC2", "us-east-1", "USE1-Kafka.m7g.large", "0.204", "Hrs"));
        assertThat(mapping.prices()).isEmpty();
        assertThat(mapping.unmapped()).extracting(UnmappedProduct::serviceCode).containsExactly("AmazonEC2");
    }

    @Test
    void two_products_pricing_one_item_differently_make_it_ambiguous() {
        ObjectNode a = msk("USE1-Kafka.m7g.large", "0.204", "Hrs");
        ObjectNode b = msk("USE1-Kafka.m7g.large", "0.3", "Hrs");
        b.withObjectProperty("product").put("sku", "OTHERSKU");
        var mapping = mapped(a, b);
        assertThat(mapping.prices()).isEmpty();
        assertThat(mapping.problems()).containsExactly("broker-hour:kafka.m7g.large is priced twice: SKU USE1KAFKAM7GLARGEUSEAST1 "
                + "0.204, SKU OTHERSKU 0.3 (ambiguous, not used)");
    }

    @Test
    void a_known_usage_type_without_a_usd_price_is_a_problem_not_a_price() {
        ObjectNode p = msk("USE1-Kafka.m7g.large", "0.204", "Hrs");
        p.withObjectProperty("terms").putObject("OnDemand");
        var mapping = mapped(p);
        assertThat(mapping.prices()).isEmpty();
        assertThat(mapping.problems()).containsExactly("AmazonMSK USE1-Kafka.m7g.large (SKU USE1KAFKAM7GLARGEUSEAST1) has no OnDemand term");
    }

    @Test
    void every_rule_maps_its_own_canonical_usage_type_back_to_the_item() {
        for (UsageTypeRule rule : mapper.rules()) {
            String item = rule.itemTemplate().contains("$") ? rule.itemTemplate().replace("$1", "m7g").replace("$2", "large")
                    : rule.itemTemplate();
            String usageType = rule.usageTypeFor(item).orElseThrow();
            assertThat(rule.itemFor(rule.service(), usageType)).as(rule.toString()).contains(item);
        }
    }

    @Test
    void every_bundled_item_a_rule_covers_has_that_rules_unit() throws Exception {
        for (String region : PricingLoader.bundled().regions()) {
            PriceFile file;
            try (var in = getClass().getClassLoader().getResourceAsStream("pricing-data/" + region + ".json")) {
                file = PricingLoader.mapper().readValue(in, PriceFile.class);
            }
            file.prices().forEach((item, entry) -> mapper.ruleFor(item)
                    .ifPresent(rule -> assertThat(entry.unit()).as(region + " " + item).isEqualTo(rule.unit())));
        }
    }

    @Test
    void items_outside_the_price_list_belong_to_no_service() {
        assertThat(Stream.of("ec2-sp-1yr-hour:m7g.large", "cloudwatch-metrics-requested-1000").map(mapper::serviceOf))
                .allMatch(java.util.Optional::isEmpty);
        assertThat(mapper.serviceOf("inter-az-gb")).contains("AWSDataTransfer");
    }
}
