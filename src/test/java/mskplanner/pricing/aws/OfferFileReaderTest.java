package mskplanner.pricing.aws;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import mskplanner.pricing.PricingDataException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OfferFileReaderTest {
    @TempDir
    Path dir;

    private static List<PriceListQuery> queries(String region) {
        return PriceListQueries.forRegion(region, List.of("m5.large"));
    }

    private Map<String, PriceListAnswer> read(String offerCode, Optional<String> region, ObjectNode... products) throws Exception {
        Path file = OfferFiles.write(dir.resolve("index.json"), offerCode, List.of(products));
        return OfferFileReader.read(file, region, OfferFileReaderTest::queries);
    }

    private static ObjectNode msk(String region, String usageType, String usd) {
        return PriceListFixtures.product("AmazonMSK", region, PriceListFixtures.prefixed(region, usageType), usd, "Hrs");
    }

    @Test
    void a_file_with_several_regions_gives_one_answer_per_region() throws Exception {
        var answers = read("AmazonMSK", Optional.empty(), msk("us-east-1", "Kafka.m5.large", "0.21"),
                msk("eu-west-1", "Kafka.m5.large", "0.234"), msk("eu-west-1", "Kafka.m7g.large", "0.2275"));
        assertThat(answers).containsOnlyKeys("eu-west-1", "us-east-1");
        assertThat(answers.get("eu-west-1").products()).extracting(PriceListProduct::usageType)
                .containsExactlyInAnyOrder("EUW1-Kafka.m5.large", "EUW1-Kafka.m7g.large");
        PriceListAnswer usEast1 = answers.get("us-east-1");
        assertThat(usEast1.products().get(0).onDemand().get(0).dimensions().get(0).usd()).isEqualTo("0.21");
        assertThat(usEast1.services()).containsExactly("AmazonMSK");
        assertThat(usEast1.publicationDate()).contains("2026-11-01");
        assertThat(usEast1.sourceName()).isEqualTo("AWS Price List offer file index.json (AmazonMSK)");
        assertThat(usEast1.sourceUrl()).isEqualTo("https://pricing.us-east-1.amazonaws.com/offers/v1.0/aws/AmazonMSK/current/index.json");
    }

    @Test
    void a_region_filter_reads_that_region_only() throws Exception {
        var answers = read("AmazonMSK", Optional.of("eu-west-1"), msk("us-east-1", "Kafka.m5.large", "0.21"),
                msk("eu-west-1", "Kafka.m5.large", "0.234"));
        assertThat(answers).containsOnlyKeys("eu-west-1");
    }

    @Test
    void only_the_rows_the_queries_select_are_kept_with_their_reserved_terms() throws Exception {
        ObjectNode linux = PriceListFixtures.product("AmazonEC2", "us-east-1", "BoxUsage:m5.large", "0.096", "Hrs");
        PriceListFixtures.reserved(linux, TermKind.RESERVED_STANDARD_NO_UPFRONT_1YR, "No Upfront", "0.061", null);
        ObjectNode windows = PriceListFixtures.product("AmazonEC2", "us-east-1", "BoxUsage:m5.large", "0.188", "Hrs");
        windows.withObjectProperty("product").put("sku", "WINDOWS").withObjectProperty("attributes").put("operatingSystem", "Windows");
        ObjectNode notInCatalog = PriceListFixtures.product("AmazonEC2", "us-east-1", "BoxUsage:c5.large", "0.085", "Hrs");
        var products = read("AmazonEC2", Optional.empty(), linux, windows, notInCatalog).get("us-east-1").products();
        assertThat(products).extracting(PriceListProduct::sku).containsExactly(PriceListFixtures.sku(linux));
        assertThat(products.get(0).reserved()).hasSize(1);
    }

    @Test
    void products_without_a_region_code_belong_to_the_region_asked_for() throws Exception {
        ObjectNode product = msk("us-east-1", "Kafka.m5.large", "0.21");
        product.withObjectProperty("product").withObjectProperty("attributes").remove("regionCode");
        var answers = read("AmazonMSK", Optional.of("us-east-1"), product);
        assertThat(answers.get("us-east-1").products()).hasSize(1);
    }

    @Test
    void a_savings_plans_file_is_refused_with_the_reason() throws Exception {
        Path file = Files.writeString(dir.resolve("sp.json"), "{\"offerCode\":\"AWSComputeSavingsPlan\",\"products\":[]}");
        assertThatThrownBy(() -> OfferFileReader.read(file, Optional.empty(), OfferFileReaderTest::queries))
                .isInstanceOf(PricingDataException.class)
                .hasMessage("offer file sp.json is not an AWS Price List offer file: 'products' is not an object "
                        + "(Savings Plans files are not supported)");
    }

    @Test
    void a_file_that_is_not_json_names_the_file() throws Exception {
        Path file = Files.writeString(dir.resolve("broken.json"), "{\"offerCode\": ");
        assertThatThrownBy(() -> OfferFileReader.read(file, Optional.empty(), OfferFileReaderTest::queries))
                .isInstanceOf(PricingDataException.class)
                .hasMessageStartingWith("offer file broken.json: ");
    }
}
