package mskplanner.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import mskplanner.pricing.PriceFile;
import mskplanner.pricing.PricingDirectory;
import mskplanner.pricing.PricingLoader;
import mskplanner.pricing.aws.OfferFiles;
import mskplanner.pricing.aws.PriceListFixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PricingImportCommandTest {
    private static final String NL = System.lineSeparator();
    private static final List<String> SERVICES = List.of("AmazonMSK", "AmazonEC2", "AmazonKinesis", "AWSDataTransfer");

    @TempDir
    Path tmp;

    private final PricingCommandFixture cli = new PricingCommandFixture();

    /** One offer file per service, as downloaded from offers/v1.0/aws/<service>/current/index.json. */
    private List<String> offerFileArgs(List<ObjectNode> products) throws Exception {
        List<String> args = new ArrayList<>();
        for (String service : SERVICES) {
            args.add("--offer-file");
            args.add(OfferFiles.write(tmp.resolve(service + ".json"), service, products).toString());
        }
        return args;
    }

    private int importing(Path pricingDir, List<String> more) {
        List<String> args = new ArrayList<>(List.of("pricing", "import", "--pricing-dir", pricingDir.toString()));
        args.addAll(more);
        return cli.run(args.toArray(String[]::new));
    }

    @Test
    void importing_offer_files_built_from_the_bundled_us_east_1_file_reproduces_every_price_and_unit() throws Exception {
        Path dir = tmp.resolve("pricing");
        PriceFile bundled = PricingCommandFixture.bundled("us-east-1");

        assertThat(importing(dir, offerFileArgs(PricingCommandFixture.productsOf("us-east-1")))).isZero();

        // 98 known items are read back from the offer files; tiered-retrieval-gb has no price to read;
        // Savings Plan rates (32) and the CloudWatch price are not in these offers
        assertThat(cli.outLines()).containsExactly(
                "us-east-1.json: 0 changed, 0 added, 98 unchanged, 0 kept (missing from the answer), 1 still unknown, 33 not covered",
                "wrote " + dir.resolve("us-east-1.json"));
        PriceFile imported = PricingDirectory.at(dir).current("us-east-1").orElseThrow();
        assertThat(imported.prices().keySet()).containsExactlyElementsOf(bundled.prices().keySet());
        bundled.prices().forEach((item, entry) -> {
            PriceFile.Entry now = imported.prices().get(item);
            assertThat(now.unit()).as(item).isEqualTo(entry.unit());
            if (entry.usd() == null) {
                assertThat(now.usd()).as(item).isNull();
            } else {
                assertThat(new BigDecimal(now.usd())).as(item).isEqualByComparingTo(entry.usd());
            }
        });
    }

    @Test
    void an_imported_price_is_marked_confirmed_with_the_offer_file_as_source() throws Exception {
        Path dir = tmp.resolve("pricing");
        assertThat(importing(dir, offerFileArgs(PricingCommandFixture.productsOf("us-east-1")))).isZero();

        PriceFile.Entry m5 = PricingDirectory.at(dir).current("us-east-1").orElseThrow().prices().get("ec2-ri-3yr-hour:m5.large");
        assertThat(m5.confidence()).isEqualTo("confirmed");
        assertThat(m5.source()).startsWith("AWS Price List offer file AmazonEC2.json (AmazonEC2), ")
                .endsWith(" (0.0420000000 per Hrs)");
        assertThat(m5.usageType()).isEqualTo("BoxUsage:m5.large");
    }

    @Test
    void an_offer_file_with_several_regions_writes_one_file_per_region() throws Exception {
        Path dir = PricingCommandFixture.pricingDirWith(tmp.resolve("pricing"), "us-east-1", "eu-west-1");
        List<ObjectNode> products = new ArrayList<>(PricingCommandFixture.productsOf("us-east-1"));
        products.addAll(PriceListFixtures.repriced(PricingCommandFixture.productsOf("eu-west-1"), "EUW1-Kafka.m7g.large", "0.2300000000"));
        Path msk = OfferFiles.write(tmp.resolve("index.json"), "AmazonMSK", products);

        assertThat(importing(dir, List.of("--offer-file", msk.toString()))).isZero();

        assertThat(cli.outLines()).contains("wrote " + dir.resolve("eu-west-1.json"), "wrote " + dir.resolve("us-east-1.json"));
        assertThat(PricingLoader.fromDirectory(dir).sheet("eu-west-1").require("broker-hour:kafka.m7g.large"))
                .isEqualByComparingTo("0.23");
        assertThat(PricingLoader.fromDirectory(dir).sheet("eu-west-1").find("ec2-hour:m5.large").orElseThrow().source())
                .isEqualTo(PricingCommandFixture.bundled("eu-west-1").prices().get("ec2-hour:m5.large").source());
    }

    @Test
    void a_region_filter_imports_that_region_only() throws Exception {
        Path dir = PricingCommandFixture.pricingDirWith(tmp.resolve("pricing"), "us-east-1", "eu-west-1");
        List<ObjectNode> products = new ArrayList<>(PricingCommandFixture.productsOf("us-east-1"));
        products.addAll(PricingCommandFixture.productsOf("eu-west-1"));
        Path msk = OfferFiles.write(tmp.resolve("index.json"), "AmazonMSK", products);

        assertThat(importing(dir, List.of("--offer-file", msk.toString(), "--region", "eu-west-1"))).isZero();

        assertThat(cli.outLines()).contains("wrote " + dir.resolve("eu-west-1.json")).noneMatch(l -> l.contains("us-east-1"));
    }

    @Test
    void a_region_the_files_do_not_hold_is_a_usage_error() throws Exception {
        Path msk = OfferFiles.write(tmp.resolve("index.json"), "AmazonMSK", PricingCommandFixture.productsOf("us-east-1"));

        assertThat(importing(tmp.resolve("pricing"), List.of("--offer-file", msk.toString(), "--region", "eu-west-1"))).isEqualTo(2);

        assertThat(cli.err.toString()).isEqualTo("msk-planner: --region = eu-west-1 is not allowed: a region of the offer file(s): " + NL);
    }

    @Test
    void a_missing_offer_file_is_a_usage_error() {
        assertThat(importing(tmp.resolve("pricing"), List.of("--offer-file", tmp.resolve("nope.json").toString()))).isEqualTo(2);
        assertThat(cli.err.toString()).startsWith("msk-planner: file not found: ");
    }
}
