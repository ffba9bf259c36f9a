package mskplanner.engine.sizing;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import mskplanner.engine.price.Price;
import mskplanner.engine.price.PriceItem;
import mskplanner.engine.price.PriceSheet;
import mskplanner.testing.Fixtures;
import mskplanner.testing.SizingFixtures;
import org.junit.jupiter.api.Test;

/**
 * The estimates read a sheet's prices once per sheet: a refreshed sheet of the same region (a new object with new
 * prices, as a live refresh gives) must be estimated at its own prices, and the old sheet at its own, in any order.
 */
class RefreshedSheetTest {
    private final PlanInput input = new PlanInput(
            WorkloadProfile.builder().avgIngressMBps(10.0).peakIngressMBps(20.0).consumerGroups(2).retentionHours(24.0).build(),
            SizingFixtures.defaults(), Preset.AWS_WORKBOOK);

    @Test
    void a_refreshed_sheet_of_the_same_region_prices_the_plan_at_its_own_prices() {
        PriceSheet bundled = Fixtures.bundled().sheet("us-east-1");
        PriceSheet dearer = withBrokerHour(bundled, "kafka.m7g.large", new BigDecimal("10.0"));

        double before = estimate(bundled);
        double refreshed = estimate(dearer);
        double again = estimate(bundled);

        // every estimate equals its own exact bill: the refreshed sheet's price is not the old sheet's, nor the reverse
        assertThat(refreshed).isGreaterThan(before);
        assertThat(again).isEqualTo(before);
        assertThat(refreshed).isCloseTo(exact(dearer), org.assertj.core.data.Offset.offset(1e-6));
        assertThat(before).isCloseTo(exact(bundled), org.assertj.core.data.Offset.offset(1e-6));
    }

    private double estimate(PriceSheet sheet) {
        return m7gLarge(sheet).cost().estimatedMonthlyUsd();
    }

    private double exact(PriceSheet sheet) {
        return m7gLarge(sheet).monthlyUsd().doubleValue();
    }

    private SizedOption m7gLarge(PriceSheet sheet) {
        return SizingFixtures.planner().plan(input, sheet).options().stream()
                .filter(o -> o.instanceType().name().equals("kafka.m7g.large")).findFirst().orElseThrow();
    }

    private static PriceSheet withBrokerHour(PriceSheet sheet, String instanceType, BigDecimal usd) {
        Map<String, Price> prices = new LinkedHashMap<>(sheet.prices());
        String item = PriceItem.brokerHour(instanceType);
        Price old = prices.get(item);
        prices.put(item, new Price(item, Optional.of(usd), old.unit(), old.confidence(), old.source()));
        return new PriceSheet(sheet.region(), sheet.regionName(), sheet.currency(), sheet.source(), prices);
    }
}
