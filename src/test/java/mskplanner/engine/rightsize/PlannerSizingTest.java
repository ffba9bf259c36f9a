package mskplanner.engine.rightsize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import mskplanner.engine.catalog.Deployment;
import mskplanner.testing.Fixtures;
import org.junit.jupiter.api.Test;

/** The sizing engine behind the right-sizer's port. */
class PlannerSizingTest {
    /** 1 MB/s average, 2 MB/s peak in and out (fan-out 1), 100 leaders, 100 GiB stored, 3 AZs. */
    private static final MeasuredProfile SMALL = new MeasuredProfile(1, 2, 1, 2, 100, 300, 3, 100, 99, 3, false);

    private static PlannerSizing sizing(String region) {
        var p = Fixtures.bundled();
        return new PlannerSizing(p.catalog(), p.limits(), p.sheet(region), RightsizeOptions.DEFAULTS);
    }

    @Test
    void standard_capacity_is_the_workbook_formula_times_brokers() {
        Capacity c = sizing("us-east-1").capacity(Fixtures.type("kafka.m7g.large"), 3, SMALL);
        // min(78.75 / 6.5, 117 / (1 x 1.5 + 5.7)) = 12.1154 MiB/s x 0.5 = 6.0577 MiB/s = 6.3520 MB/s per broker, x 3
        assertThat(c.ingressMBps()).isCloseTo(78.75 / 6.5 * 0.5 * 1.048576 * 3, within(1e-6));
        assertThat(c.egressMBps()).isCloseTo(c.ingressMBps(), within(1e-6));
        assertThat(c.partitionReplicas()).isEqualTo(3000);
    }

    @Test
    void express_capacity_is_the_sustained_ingress_times_utilisation() {
        Capacity c = sizing("us-east-1").capacity(Fixtures.type("express.m7g.large"), 3, SMALL);
        // 15.625 MiB/s x 0.75 x 1.048576 MB/MiB x 3 brokers
        assertThat(c.ingressMBps()).isCloseTo(15.625 * 0.75 * 1.048576 * 3, within(1e-6));
    }

    @Test
    void retention_is_the_time_the_stored_data_took_to_arrive() {
        // 100 GiB x 2^30 B / (1 MB/s x 10^6 x 3600 s/h) = 29.83 h
        assertThat(PlannerSizing.retentionHours(SMALL)).isCloseTo(100 * 1073741824d / 3.6e9, within(1e-9));
    }

    @Test
    void the_cheapest_option_of_each_class_is_priced() {
        PlannerSizing s = sizing("us-east-1");
        assertThat(s.cheapestFitting(Deployment.STANDARD, SMALL)).hasValueSatisfying(o -> {
            assertThat(o.deployment()).isEqualTo(Deployment.STANDARD);
            assertThat(o.brokers()).isEqualTo(3);
        });
        assertThat(s.cheapestFitting(Deployment.EXPRESS, SMALL)).hasValueSatisfying(o -> assertThat(o.instanceType()).isEqualTo("express.m7g.large"));
        // cluster-hours alone: 730 x $0.75 = $547.50
        assertThat(s.cheapestFitting(Deployment.SERVERLESS, SMALL))
                .hasValueSatisfying(o -> assertThat(o.monthlyUsd()).isGreaterThan(new java.math.BigDecimal("547.50")));
    }

    @Test
    void serverless_is_no_option_beyond_its_quotas() {
        var heavy = new MeasuredProfile(150, 250, 150, 250, 100, 300, 3, 100, 99, 3, false);
        assertThat(sizing("us-east-1").cheapestFitting(Deployment.SERVERLESS, heavy)).isEmpty();
    }

    @Test
    void a_region_missing_prices_still_has_capacities_but_no_priced_options() {
        PlannerSizing s = sizing("eu-west-1");
        assertThat(s.capacity(Fixtures.type("kafka.m7g.large"), 3, SMALL).ingressMBps()).isGreaterThan(0);
        assertThat(s.cheapestFitting(Deployment.STANDARD, SMALL)).isEmpty();
    }
}
