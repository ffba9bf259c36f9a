package mskplanner.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import mskplanner.pricing.PricingLoader;
import mskplanner.pricing.aws.PriceListFixtures;
import mskplanner.pricing.aws.PriceListStub;
import mskplanner.pricing.aws.StubCredentials;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PricingRefreshCommandTest {
    private static final String NL = System.lineSeparator();

    @TempDir
    Path tmp;

    private final PriceListStub stub = PriceListStub.start();
    private final PricingCommandFixture cli = new PricingCommandFixture();

    @BeforeAll
    static void credentials() {
        StubCredentials.install();
    }

    @AfterEach
    void stop() {
        stub.close();
    }

    private int refresh(Path pricingDir, String... regionArgs) {
        List<String> args = new ArrayList<>(List.of("pricing", "refresh", "--pricing-dir", pricingDir.toString(),
                "--endpoint-url", stub.endpoint().toString(), "--max-attempts", "3", "--retry-base-delay", "PT0.001S"));
        args.addAll(List.of(regionArgs));
        return cli.run(args.toArray(String[]::new));
    }

    private List<JsonNode> mskRequests() {
        return stub.requests().stream().filter(r -> r.path("ServiceCode").asText().equals("AmazonMSK")).toList();
    }

    @Test
    void refresh_rewrites_the_region_file_and_prints_the_diff() throws Exception {
        Path dir = PricingCommandFixture.pricingDirWith(tmp.resolve("pricing"), "us-east-1");
        stub.serving(PriceListFixtures.repriced(PricingCommandFixture.productsOf("us-east-1"), "USE1-Kafka.m7g.large", "0.2142000000"));

        assertThat(refresh(dir, "--region", "us-east-1")).isZero();

        // 132 items: 1 repriced, 97 other Price List items confirmed, tiered-retrieval-gb unknown before and not in the
        // answer, 32 Savings Plan rates and 1 CloudWatch price are not in the Price List services asked (not covered)
        assertThat(cli.outLines()).containsExactly(
                "us-east-1.json: 1 changed, 0 added, 97 unchanged, 0 kept (missing from the answer), 1 still unknown, 33 not covered",
                "  item                         old     new      change",
                "  broker-hour:kafka.m7g.large  $0.204  $0.2142  +5.00%",
                "wrote " + dir.resolve("us-east-1.json"));
        assertThat(PricingLoader.fromDirectory(dir).sheet("us-east-1").require("broker-hour:kafka.m7g.large"))
                .isEqualByComparingTo("0.2142");
    }

    @Test
    void every_page_of_the_answer_is_read() throws Exception {
        Path dir = PricingCommandFixture.pricingDirWith(tmp.resolve("pricing"), "us-east-1");
        stub.serving(PriceListFixtures.repriced(PricingCommandFixture.productsOf("us-east-1"), "USE1-Kafka.m5.24xlarge", "11.0"))
                .pageSize(10);

        assertThat(refresh(dir, "--region", "us-east-1")).isZero();

        // 39 AmazonMSK products in pages of 10
        assertThat(mskRequests()).extracting(r -> r.path("NextToken").asText(null))
                .containsExactly(null, "offset-10", "offset-20", "offset-30");
        assertThat(PricingLoader.fromDirectory(dir).sheet("us-east-1").require("broker-hour:kafka.m5.24xlarge"))
                .isEqualByComparingTo("11.0");
    }

    @Test
    void all_regions_refreshes_every_region_file_of_the_directory() throws Exception {
        Path dir = PricingCommandFixture.pricingDirWith(tmp.resolve("pricing"), "eu-west-1", "us-east-1");
        stub.serving(PricingCommandFixture.productsOf("us-east-1"))
                .serving(PriceListFixtures.repriced(PricingCommandFixture.productsOf("eu-west-1"), "EUW1-Kafka.m5.large", "0.2400000000"));

        assertThat(refresh(dir, "--all-regions")).isZero();

        assertThat(mskRequests()).extracting(r -> r.path("Filters").get(0).path("Value").asText())
                .containsExactly("eu-west-1", "us-east-1");
        assertThat(cli.out.toString()).contains("  broker-hour:kafka.m5.large  $0.234  $0.24  +2.56%",
                "wrote " + dir.resolve("eu-west-1.json"), "wrote " + dir.resolve("us-east-1.json"));
        assertThat(PricingLoader.fromDirectory(dir).sheet("eu-west-1").source().name()).startsWith("AWS Price List API GetProducts");
    }

    @Test
    void an_unknown_usage_type_is_listed_in_the_output() throws Exception {
        Path dir = PricingCommandFixture.pricingDirWith(tmp.resolve("pricing"), "us-east-1");
        List<ObjectNode> products = new ArrayList<>(PricingCommandFixture.productsOf("us-east-1"));
        products.add(PriceListFixtures.product("AmazonMSK", "us-east-1", "USE1-Kafka.Quantum.Storage", "0.5000000000", "GB-Mo"));
        stub.serving(products);

        assertThat(refresh(dir, "--region", "us-east-1")).isZero();

        assertThat(cli.outLines()).containsSubsequence("  unknown usage types, not mapped (1):",
                "    AmazonMSK USE1-Kafka.Quantum.Storage (SKU USE1KAFKAQUANTUMSTORAGEUSEAST1): 0.5000000000 per GB-Mo");
    }

    @Test
    void an_item_missing_from_the_answer_keeps_its_old_value_and_is_flagged() throws Exception {
        Path dir = PricingCommandFixture.pricingDirWith(tmp.resolve("pricing"), "us-east-1");
        stub.serving(PriceListFixtures.without(PricingCommandFixture.productsOf("us-east-1"), "USE1-Kafka.Storage.Tiered"));

        assertThat(refresh(dir, "--region", "us-east-1")).isZero();

        assertThat(cli.outLines()).contains("  tiered-storage-gb-month  $0.06  $0.06  kept: missing from the answer");
        assertThat(PricingLoader.fromDirectory(dir).sheet("us-east-1").find("tiered-storage-gb-month").orElseThrow().confidence())
                .isEqualTo("unverified");
    }

    @Test
    void a_throttled_call_is_retried_and_the_refresh_succeeds() throws Exception {
        Path dir = PricingCommandFixture.pricingDirWith(tmp.resolve("pricing"), "us-east-1");
        stub.serving(PricingCommandFixture.productsOf("us-east-1")).failingNext(2, PriceListStub.THROTTLING);

        assertThat(refresh(dir, "--region", "us-east-1")).isZero();

        assertThat(cli.err.toString()).isEqualTo("msk-planner: pricing:GetProducts failed, retrying (2/3)" + NL
                + "msk-planner: pricing:GetProducts failed, retrying (3/3)" + NL);
    }

    @Test
    void persistent_throttling_exits_3_with_the_retries_then_one_error_line_and_writes_nothing() throws Exception {
        Path dir = PricingCommandFixture.pricingDirWith(tmp.resolve("pricing"), "us-east-1");
        byte[] before = Files.readAllBytes(dir.resolve("us-east-1.json"));
        stub.failingAlways(PriceListStub.THROTTLING);

        assertThat(refresh(dir, "--region", "us-east-1")).isEqualTo(3);

        assertThat(cli.err.toString()).isEqualTo("msk-planner: pricing:GetProducts failed, retrying (2/3)" + NL
                + "msk-planner: pricing:GetProducts failed, retrying (3/3)" + NL
                + "msk-planner: the AWS Price List API is still throttling (ThrottlingException) "
                + "after retries: wait a minute and run again, or download the offer file and run "
                + "'msk-planner pricing import --offer-file'" + NL);
        assertThat(stub.requests()).hasSize(3);
        assertThat(Files.readAllBytes(dir.resolve("us-east-1.json"))).isEqualTo(before);
    }

    @Test
    void access_denied_exits_3_with_one_line_naming_the_permission() throws Exception {
        Path dir = PricingCommandFixture.pricingDirWith(tmp.resolve("pricing"), "us-east-1");
        stub.failingAlways(PriceListStub.ACCESS_DENIED);

        assertThat(refresh(dir, "--region", "us-east-1")).isEqualTo(3);

        assertThat(cli.err.toString())
                .isEqualTo("msk-planner: the AWS Price List API denied access (AccessDeniedException): check IAM: pricing:GetProducts" + NL);
        assertThat(cli.out.toString()).isEmpty();
    }

    @Test
    void a_refresh_that_would_drop_a_required_price_exits_4_and_leaves_the_file_untouched() throws Exception {
        Path dir = PricingCommandFixture.pricingDirWith(tmp.resolve("pricing"), "us-east-1");
        byte[] before = Files.readAllBytes(dir.resolve("us-east-1.json"));
        stub.serving(PriceListFixtures.without(PricingCommandFixture.productsOf("us-east-1"), "USE1-Kafka.m7g.large"));

        assertThat(refresh(dir, "--region", "us-east-1")).isEqualTo(4);

        assertThat(cli.err.toString()).isEqualTo("msk-planner: pricing data: us-east-1: the Price List answer has no price for "
                + "broker-hour:kafka.m7g.large (was 0.204); nothing was written. If AWS no longer sells it, set its \"usd\" to "
                + "null in us-east-1.json and run again" + NL);
        assertThat(Files.readAllBytes(dir.resolve("us-east-1.json"))).isEqualTo(before);
    }

    @Test
    void when_one_region_cannot_be_refreshed_no_region_file_is_written() throws Exception {
        Path dir = PricingCommandFixture.pricingDirWith(tmp.resolve("pricing"), "eu-west-1", "us-east-1");
        byte[] usEast1 = Files.readAllBytes(dir.resolve("us-east-1.json"));
        stub.serving(PriceListFixtures.repriced(PricingCommandFixture.productsOf("us-east-1"), "USE1-Kafka.m7g.large", "0.2142000000"))
                .serving(PriceListFixtures.without(PricingCommandFixture.productsOf("eu-west-1"), "EUW1-Kafka.m5.large"));

        assertThat(refresh(dir, "--all-regions")).isEqualTo(4);

        assertThat(cli.err.toString()).startsWith("msk-planner: pricing data: eu-west-1: the Price List answer has no price for "
                + "broker-hour:kafka.m5.large (was 0.234)");
        assertThat(Files.readAllBytes(dir.resolve("us-east-1.json"))).isEqualTo(usEast1);
    }

    @Test
    void a_new_directory_gets_the_catalog_and_limits_so_pricing_dir_can_load_it() throws Exception {
        Path dir = tmp.resolve("fresh");
        stub.serving(PriceListFixtures.repriced(PricingCommandFixture.productsOf("us-east-1"), "USE1-Kafka.m7g.large", "0.2142000000"));

        assertThat(refresh(dir, "--region", "us-east-1")).isZero();

        assertThat(PricingLoader.fromDirectory(dir).regions()).containsExactly("us-east-1");
        Path request = Files.writeString(tmp.resolve("cluster.json"), "{\"region\": \"us-east-1\", \"hoursPerMonth\": 730, "
                + "\"clusters\": [{\"name\": \"prod\", \"type\": \"standard\", \"instanceType\": \"kafka.m7g.large\", \"brokers\": 3, "
                + "\"storageGiBPerBroker\": 1000, \"provisionedThroughputMiBps\": 0, \"tieredStorageGiB\": 0}]}");
        int exit = cli.run("estimate", "--file", request.toString(), "--pricing-dir", dir.toString());
        assertThat(exit).as(cli.err.toString()).isZero();
        // 3 brokers x 730 h x $0.2142 = $469.098
        assertThat(cli.out.toString()).contains("469.10");
    }

    @Test
    void an_unknown_profile_exits_3_with_one_line_saying_what_to_check() throws Exception {
        Path empty = Files.createFile(tmp.resolve("empty-aws-config"));
        System.setProperty("aws.configFile", empty.toString());
        System.setProperty("aws.sharedCredentialsFile", empty.toString());
        try {
            assertThat(refresh(tmp.resolve("pricing"), "--region", "us-east-1", "--profile", "nope")).isEqualTo(3);
        } finally {
            System.clearProperty("aws.configFile");
            System.clearProperty("aws.sharedCredentialsFile");
        }
        assertThat(cli.err.toString()).startsWith("msk-planner: cannot call the AWS Price List API (")
                .contains("nope").endsWith("): check credentials (--profile) and the network, or download the offer file and run "
                        + "'msk-planner pricing import --offer-file'" + NL);
        assertThat(cli.err.toString().lines()).hasSize(1);
        assertThat(stub.requests()).isEmpty();
    }

    @Test
    void a_region_or_all_regions_is_required() throws Exception {
        assertThat(refresh(tmp)).isEqualTo(2);
        assertThat(cli.err.toString()).startsWith("msk-planner: Error: Missing required argument");
    }

    @Test
    void a_malformed_region_is_a_usage_error() {
        assertThat(refresh(tmp, "--region", "useast1")).isEqualTo(2);
        assertThat(cli.err.toString()).isEqualTo("msk-planner: --region = useast1 is not allowed: an AWS region code such as us-east-1" + NL);
        assertThat(stub.requests()).isEmpty();
    }
}
