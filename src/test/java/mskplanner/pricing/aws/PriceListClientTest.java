package mskplanner.pricing.aws;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import mskplanner.aws.AwsUnavailableException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class PriceListClientTest {
    private final PriceListStub stub = PriceListStub.start();

    @BeforeAll
    static void credentials() {
        StubCredentials.install();
    }

    @AfterEach
    void stop() {
        stub.close();
    }

    private PriceListClient client(int maxAttempts) {
        return PriceListClient.create(new PriceListClient.Settings(Optional.of(stub.endpoint()), Optional.empty(), maxAttempts,
                Duration.ofMillis(1)));
    }

    private static List<ObjectNode> brokers(String region, int count) {
        List<ObjectNode> products = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            products.add(PriceListFixtures.product("AmazonMSK", region, PriceListFixtures.prefixed(region, "Kafka.m9g." + i + "xlarge"),
                    "0." + i, "Hrs"));
        }
        return products;
    }

    private static final PriceListQuery MSK_US_EAST_1 = new PriceListQuery("AmazonMSK", Map.of("regionCode", "us-east-1"));

    @Test
    void every_page_is_read_by_following_next_token() {
        stub.serving(brokers("us-east-1", 25)).pageSize(10);
        try (PriceListClient client = client(1)) {
            assertThat(client.products(MSK_US_EAST_1)).hasSize(25);
        }
        assertThat(stub.requests()).extracting(r -> r.path("NextToken").asText(null))
                .containsExactly(null, "offset-10", "offset-20");
    }

    @Test
    void the_request_asks_for_the_service_with_term_match_filters_in_the_aws_v1_format() {
        try (PriceListClient client = client(1)) {
            client.products(new PriceListQuery("AmazonEC2", PriceListQueries.forRegion("eu-west-1", List.of()).get(1).filters()));
        }
        JsonNode request = stub.requests().get(0);
        assertThat(request.path("ServiceCode").asText()).isEqualTo("AmazonEC2");
        assertThat(request.path("FormatVersion").asText()).isEqualTo("aws_v1");
        assertThat(request.path("Filters").toString()).isEqualTo("[{\"Type\":\"TERM_MATCH\",\"Field\":\"regionCode\",\"Value\":\"eu-west-1\"},"
                + "{\"Type\":\"TERM_MATCH\",\"Field\":\"instanceType\",\"Value\":\"t3.small\"},"
                + "{\"Type\":\"TERM_MATCH\",\"Field\":\"operatingSystem\",\"Value\":\"Linux\"},"
                + "{\"Type\":\"TERM_MATCH\",\"Field\":\"tenancy\",\"Value\":\"Shared\"},"
                + "{\"Type\":\"TERM_MATCH\",\"Field\":\"preInstalledSw\",\"Value\":\"NA\"},"
                + "{\"Type\":\"TERM_MATCH\",\"Field\":\"capacitystatus\",\"Value\":\"Used\"}]");
    }

    @Test
    void only_products_of_the_asked_region_come_back() {
        stub.serving(brokers("us-east-1", 2)).serving(brokers("eu-west-1", 3));
        try (PriceListClient client = client(1)) {
            assertThat(client.products(MSK_US_EAST_1)).extracting(PriceListProduct::usageType)
                    .containsExactly("USE1-Kafka.m9g.1xlarge", "USE1-Kafka.m9g.2xlarge");
        }
    }

    @Test
    void a_throttled_call_is_retried_and_then_succeeds() {
        stub.serving(brokers("us-east-1", 1)).failingNext(2, PriceListStub.THROTTLING);
        try (PriceListClient client = client(3)) {
            assertThat(client.products(MSK_US_EAST_1)).hasSize(1);
        }
        assertThat(stub.requests()).hasSize(3);
    }

    @Test
    void persistent_throttling_fails_after_the_last_attempt_saying_what_to_do() {
        stub.failingAlways(PriceListStub.THROTTLING);
        try (PriceListClient client = client(3)) {
            assertThatThrownBy(() -> client.products(MSK_US_EAST_1))
                    .isInstanceOf(AwsUnavailableException.class)
                    .hasMessage("the AWS Price List API is still throttling (ThrottlingException) after retries: wait a minute and "
                            + "run again, or download the offer file and run 'msk-planner pricing import --offer-file'");
        }
        assertThat(stub.requests()).hasSize(3);
    }

    @Test
    void access_denied_names_the_iam_permission_and_is_not_retried() {
        stub.failingAlways(PriceListStub.ACCESS_DENIED);
        try (PriceListClient client = client(3)) {
            assertThatThrownBy(() -> client.products(MSK_US_EAST_1))
                    .isInstanceOf(AwsUnavailableException.class)
                    .hasMessage("the AWS Price List API denied access (AccessDeniedException): check IAM: pricing:GetProducts");
        }
        assertThat(stub.requests()).hasSize(1);
    }

    @Test
    void an_answer_carries_the_msk_publication_date_and_every_service_asked() {
        stub.serving(brokers("us-east-1", 1));
        PriceListAnswer answer;
        try (PriceListClient client = client(1)) {
            answer = client.fetch("us-east-1", PriceListQueries.forRegion("us-east-1", List.of("m5.large")));
        }
        assertThat(answer.publicationDate()).contains("2026-11-01");
        assertThat(answer.services()).containsExactlyInAnyOrder("AmazonMSK", "AmazonEC2", "AmazonKinesis", "AWSDataTransfer");
        assertThat(answer.products()).hasSize(1);
    }
}
