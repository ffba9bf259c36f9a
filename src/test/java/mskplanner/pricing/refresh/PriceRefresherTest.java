package mskplanner.pricing.refresh;

import mskplanner.pricing.PriceFile;
import mskplanner.pricing.PriceFileValidator;
import mskplanner.pricing.PricingDataException;
import mskplanner.pricing.PricingDirectory;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import mskplanner.pricing.aws.PriceListAnswer;
import mskplanner.pricing.aws.PriceListFixtures;
import mskplanner.pricing.aws.UsageTypeMapper;
import mskplanner.testing.Fixtures;
import org.junit.jupiter.api.Test;

class PriceRefresherTest {
    private static final LocalDate TODAY = LocalDate.parse("2026-11-25");
    private static final Set<String> ALL_SERVICES = Set.of("AmazonMSK", "AmazonEC2", "AmazonKinesis", "AWSDataTransfer");
    private static final String API = "AWS Price List API GetProducts";

    private final PriceFile usEast1 = PricingDirectory.at(Path.of("no-such-dir")).current("us-east-1").orElseThrow();
    private final PriceRefresher refresher = new PriceRefresher(Fixtures.bundled().catalog(), new UsageTypeMapper(), TODAY,
            PriceRefresh.knownItems(Fixtures.bundled()));

    private static PriceListAnswer answer(String region, Set<String> services, List<ObjectNode> products) {
        Map<String, String> sources = services.stream().collect(Collectors.toMap(s -> s, s -> API));
        return new PriceListAnswer(region, sources, PriceListFixtures.parsed(products), Optional.of("2026-11-01"),
                "https://api.pricing.us-east-1.amazonaws.com/");
    }

    private PriceRefresher.RefreshResult refreshedWith(List<ObjectNode> products) {
        return refresher.refresh(Optional.of(usEast1), answer("us-east-1", ALL_SERVICES, products));
    }

    private ItemChange change(PriceRefresher.RefreshResult result, String item) {
        return result.report().changes().stream().filter(c -> c.item().equals(item)).findFirst().orElseThrow();
    }

    @Test
    void a_new_price_replaces_the_old_one_and_records_where_it_came_from() {
        var result = refreshedWith(PriceListFixtures.repriced(PriceListFixtures.productsOf(usEast1), "USE1-Kafka.m7g.large", "0.2142000000"));
        assertThat(result.file().prices().get("broker-hour:kafka.m7g.large")).isEqualTo(new PriceFile.Entry("0.2142", "broker-hour",
                "confirmed", "AWS Price List API GetProducts, 2026-11-25 (0.2142000000 per Hrs)", "USE1-Kafka.m7g.large",
                "USE1KAFKAM7GLARGEUSEAST1"));
        assertThat(change(result, "broker-hour:kafka.m7g.large").status()).isEqualTo(ItemChange.Status.CHANGED);
        assertThat(result.report().count(ItemChange.Status.CHANGED)).isEqualTo(1);
    }

    @Test
    void the_file_header_carries_the_publication_and_retrieval_dates() {
        PriceFile.Source source = refreshedWith(PriceListFixtures.productsOf(usEast1)).file().source();
        assertThat(source.publicationDate()).isEqualTo("2026-11-01");
        assertThat(source.retrievedDate()).isEqualTo("2026-11-25");
    }

    @Test
    void an_item_missing_from_the_answer_keeps_its_old_entry_and_is_flagged() {
        var result = refreshedWith(PriceListFixtures.without(PriceListFixtures.productsOf(usEast1), "USE1-Kafka.Storage.Tiered"));
        assertThat(result.file().prices().get("tiered-storage-gb-month")).isEqualTo(usEast1.prices().get("tiered-storage-gb-month"));
        assertThat(result.report().kept()).extracting(ItemChange::item).contains("tiered-storage-gb-month");
    }

    @Test
    void a_known_broker_price_missing_from_the_answer_fails_the_refresh() {
        List<ObjectNode> products = PriceListFixtures.without(PriceListFixtures.productsOf(usEast1), "USE1-Kafka.m7g.large");
        assertThatThrownBy(() -> refreshedWith(products))
                .isInstanceOf(PricingDataException.class)
                .hasMessage("us-east-1: the Price List answer has no price for broker-hour:kafka.m7g.large (was 0.204); nothing was "
                        + "written. If AWS no longer sells it, set its \"usd\" to null in us-east-1.json and run again");
    }

    @Test
    void items_of_services_that_were_not_asked_are_left_alone() {
        List<ObjectNode> mskOnly = PriceListFixtures.productsOf(usEast1).stream()
                .filter(p -> p.path("serviceCode").asText().equals("AmazonMSK")).toList();
        var result = refresher.refresh(Optional.of(usEast1), answer("us-east-1", Set.of("AmazonMSK"), mskOnly));
        assertThat(change(result, "ec2-hour:m5.large").status()).isEqualTo(ItemChange.Status.NOT_COVERED);
        assertThat(result.file().prices().get("ec2-hour:m5.large")).isEqualTo(usEast1.prices().get("ec2-hour:m5.large"));
    }

    @Test
    void prices_outside_the_price_list_are_not_covered_even_when_every_service_is_asked() {
        var result = refreshedWith(PriceListFixtures.productsOf(usEast1));
        assertThat(change(result, "ec2-sp-1yr-hour:m7g.large").status()).isEqualTo(ItemChange.Status.NOT_COVERED);
        assertThat(change(result, "cloudwatch-metrics-requested-1000").status()).isEqualTo(ItemChange.Status.NOT_COVERED);
    }

    @Test
    void a_broker_family_the_catalog_lacks_is_reported_not_written() {
        List<ObjectNode> products = new java.util.ArrayList<>(PriceListFixtures.productsOf(usEast1));
        products.add(PriceListFixtures.product("AmazonMSK", "us-east-1", "USE1-Kafka.m8g.large", "0.2200000000", "Hrs"));
        var result = refreshedWith(products);
        assertThat(result.file().prices()).doesNotContainKey("broker-hour:kafka.m8g.large");
        assertThat(result.report().unused()).containsExactly("broker-hour:kafka.m8g.large 0.22 (USE1-Kafka.m8g.large)");
    }

    @Test
    void a_region_without_a_file_gets_every_known_item_and_unknown_where_the_answer_has_none() {
        var result = refresher.refresh(Optional.empty(), answer("eu-south-9", ALL_SERVICES,
                List.of(PriceListFixtures.product("AmazonMSK", "eu-south-9", "ESS9-Kafka.m7g.large", "0.2500000000", "Hrs"))));
        assertThat(result.file().prices().keySet()).containsExactlyElementsOf(usEast1.prices().keySet());
        assertThat(result.file().prices().get("broker-hour:kafka.m7g.large").usd()).isEqualTo("0.25");
        assertThat(result.file().prices().get("broker-hour:kafka.m5.large"))
                .isEqualTo(new PriceFile.Entry(null, "broker-hour", "unknown", "not in the AWS Price List answer", null, null));
        assertThat(result.file().regionName()).isEqualTo("Somewhere (eu-south-9)");
        PriceFileValidator.toSheet("eu-south-9.json", result.file(), Fixtures.bundled().catalog());
    }

    @Test
    void a_file_priced_in_another_currency_is_not_refreshed() {
        PriceFile cny = PricingDirectory.at(Path.of("no-such-dir")).current("cn-north-1").orElseThrow();
        assertThatThrownBy(() -> refresher.refresh(Optional.of(cny), answer("cn-north-1", ALL_SERVICES, List.of())))
                .isInstanceOf(PricingDataException.class)
                .hasMessage("cn-north-1.json holds CNY prices; the AWS Price List answers in USD");
    }
}
