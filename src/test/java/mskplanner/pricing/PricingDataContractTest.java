package mskplanner.pricing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import mskplanner.engine.catalog.InstanceType;
import mskplanner.engine.price.Price;
import mskplanner.engine.price.PriceItem;
import mskplanner.engine.price.PriceSheet;
import mskplanner.testing.Fixtures;
import org.junit.jupiter.api.Test;

class PricingDataContractTest {
    private final PricingData data = Fixtures.bundled();

    @Test
    void every_bundled_region_file_loads() {
        assertThat(data.regions()).contains("us-east-1", "eu-west-1", "ap-south-1", "ap-southeast-1", "ap-southeast-5",
                "ap-northeast-2", "cn-north-1");
    }

    @Test
    void us_east_1_knows_the_broker_hour_price_of_every_catalog_size() {
        PriceSheet sheet = data.sheet("us-east-1");
        for (InstanceType type : data.catalog().instanceTypes()) {
            assertThat(sheet.find(PriceItem.brokerHour(type.name())).map(Price::known))
                    .as(type.name()).contains(true);
        }
    }

    @Test
    void every_region_lists_every_item_us_east_1_has_so_gaps_are_explicit() {
        Set<String> items = data.sheet("us-east-1").prices().keySet();
        for (String region : data.regions()) {
            assertThat(data.sheet(region).prices().keySet()).as(region).containsExactlyInAnyOrderElementsOf(items);
        }
    }

    @Test
    void every_ec2_equivalent_has_an_on_demand_price_in_us_east_1() {
        PriceSheet sheet = data.sheet("us-east-1");
        for (InstanceType type : data.catalog().instanceTypes()) {
            assertThat(sheet.find(PriceItem.ec2Hour(type.ec2Equivalent())).map(Price::known)).as(type.ec2Equivalent()).contains(true);
        }
    }

    @Test
    void the_catalog_holds_the_workbook_figures_of_every_standard_size_and_the_quota_of_every_express_size() {
        assertThat(data.catalog().of(mskplanner.engine.catalog.Deployment.STANDARD)).hasSize(16)
                .allSatisfy(t -> assertThat(t.workbook()).isPresent());
        assertThat(data.catalog().of(mskplanner.engine.catalog.Deployment.EXPRESS)).hasSize(7)
                .allSatisfy(t -> assertThat(t.express()).isPresent());
    }

    @Test
    void pst_is_available_on_m5_4xlarge_and_m7g_2xlarge_and_larger() {
        assertThat(data.catalog().instanceTypes()).filteredOn(InstanceType::pstEligible)
                .extracting(InstanceType::name)
                .containsExactlyInAnyOrder("kafka.m5.4xlarge", "kafka.m5.8xlarge", "kafka.m5.12xlarge", "kafka.m5.16xlarge",
                        "kafka.m5.24xlarge", "kafka.m7g.2xlarge", "kafka.m7g.4xlarge", "kafka.m7g.8xlarge",
                        "kafka.m7g.12xlarge", "kafka.m7g.16xlarge");
    }
}
