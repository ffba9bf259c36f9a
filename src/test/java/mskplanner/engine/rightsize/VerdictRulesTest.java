package mskplanner.engine.rightsize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.OptionalDouble;
import mskplanner.engine.catalog.Deployment;
import mskplanner.engine.cost.CostBreakdown;
import mskplanner.engine.cost.CostCalculator;
import mskplanner.engine.cost.LineItem;
import mskplanner.engine.InvalidInputException;
import mskplanner.testing.FakeSizing;
import mskplanner.testing.Fixtures;
import org.junit.jupiter.api.Test;

/** Verdicts on kafka.m7g clusters ($0.204 per broker-hour, $0.10 per GB-month, 730 h) with {@link FakeSizing}. */
class VerdictRulesTest {
    private final FakeSizing sizing = new FakeSizing();

    private Judgement judge(int brokers, ObservedLoad measured, ObservedLoad demand) {
        var p = Fixtures.bundled();
        var rules = new VerdictRules(p.catalog(), p.limits(), new CostCalculator(Fixtures.usEast1(), 730), sizing,
                RightsizeOptions.DEFAULTS);
        return rules.judge(cluster(brokers, "kafka.m7g.large"), measured, demand);
    }

    private Judgement judge(int brokers, ObservedLoad load) {
        return judge(brokers, load, load);
    }

    static ClusterDescription cluster(int brokers, String type) {
        return new ClusterDescription("arn:aws:kafka:us-east-1:123456789012:cluster/orders/x-1", "orders", "us-east-1",
                ClusterDescription.ClusterType.PROVISIONED, type, brokers, 1000, 0, ClusterDescription.StorageMode.LOCAL,
                List.of(), 3);
    }

    /**
     * A load at these peaks; data stored is one copy, so on disk it is 3 x that. Average ingress is 0 to keep cross-AZ
     * transfer out of the bills (its own test prices it).
     */
    static ObservedLoad load(double cpuP95, double ingressMBps, double egressMBps, double storedGiB) {
        return load(cpuP95, 0, ingressMBps, egressMBps, storedGiB);
    }

    static ObservedLoad load(double cpuP95, double avgIngressMBps, double ingressMBps, double egressMBps, double storedGiB) {
        var profile = new MeasuredProfile(avgIngressMBps, ingressMBps, egressMBps / 2, egressMBps, 300, 900, 3, storedGiB,
                99, 3, false);
        return new ObservedLoad(cpuP95, cpuP95 + 5, OptionalDouble.of(25), profile);
    }

    @Test
    void six_brokers_doing_the_work_of_three_are_over_provisioned() {
        // 3 x large: CPU 20% x 12 vCPU / 6 vCPU = 40% <= 60; ingress 25 <= 3 x 2 vCPU x 5 = 30; egress 50 <= 60;
        // volumes: 500 GiB x 3 copies x 2.0 headroom / 3 brokers = 1000 GiB (the current size)
        // now:    6 x 730 h x $0.204 = $893.52 + 6,000 GB x $0.10 = $600.00 -> $1,493.52
        // target: 3 x 730 h x $0.204 = $446.76 + 3,000 GB x $0.10 = $300.00 -> $746.76, saving $746.76
        Verdict v = judge(6, load(20, 25, 50, 500)).verdict();
        assertThat(v.kind()).isEqualTo(Verdict.Kind.OVER_PROVISIONED);
        assertThat(v.headline()).isEqualTo("Over-provisioned: scale down to 3 x kafka.m7g.large, 1000 GiB each, "
                + "saves $746.76 per month (now $1,493.52 per month).");
        assertThat(v.currentMonthlyUsd()).isEqualByComparingTo("1493.52");
        assertThat(v.monthlyChangeUsd()).hasValueSatisfying(c -> assertThat(c).isEqualByComparingTo("-746.76"));
        assertThat(v.target().orElseThrow().brokers()).isEqualTo(3);
    }

    @Test
    void a_cluster_with_no_cheaper_shape_is_right_sized_and_names_its_tightest_check() {
        // 3 x large is the smallest shape; ingress 25 of 30 MB/s (83%) is tighter than CPU 40 of 60% (67%)
        Verdict v = judge(3, load(40, 25, 45, 500)).verdict();
        assertThat(v.kind()).isEqualTo(Verdict.Kind.RIGHT_SIZED);
        assertThat(v.headline()).isEqualTo("Right-sized: the tightest check is Peak ingress (p99) 25 MB/s of 30 MB/s, "
                + "and no cheaper shape carries the load.");
        assertThat(v.target()).isEmpty();
    }

    @Test
    void cpu_above_the_alarm_means_scale_up_to_the_cheapest_shape_that_brings_it_down() {
        // CPU 72% on 6 vCPU; 3 x xlarge (12 vCPU) -> 36%, $893.52 + $300 = $1,193.52;
        // 6 x large (12 vCPU) -> 36% but $893.52 + $600 = $1,493.52. Change from $746.76: +$446.76
        Verdict v = judge(3, load(72, 10, 20, 100)).verdict();
        assertThat(v.kind()).isEqualTo(Verdict.Kind.UNDER_PROVISIONED);
        assertThat(v.headline()).isEqualTo("Under-provisioned: scale up to 3 x kafka.m7g.xlarge, 1000 GiB each "
                + "(costs $446.76 more per month); CPU p95, hottest broker 72% > 60%.");
        assertThat(v.evidence()).filteredOn(Evidence::breached).extracting(Evidence::check)
                .containsExactly("CPU p95, hottest broker", "CPU max, hottest broker (informational)");
    }

    @Test
    void a_forecast_breach_within_the_horizon_is_under_provisioned_too() {
        Verdict v = judge(3, load(40, 10, 20, 100), load(65, 10, 20, 100)).verdict();
        assertThat(v.kind()).isEqualTo(Verdict.Kind.UNDER_PROVISIONED);
        assertThat(v.headline()).startsWith("Under-provisioned within 30 days: scale up to 3 x kafka.m7g.xlarge");
        assertThat(v.evidence()).extracting(Evidence::check).contains("CPU p95, hottest broker at +30 days");
    }

    @Test
    void a_much_cheaper_deployment_class_is_suggested() {
        sizing.offering(new SizedOption(Deployment.EXPRESS, "express.m7g.large", 3, 0, new CostBreakdown("x",
                List.of(LineItem.of("Express", java.math.BigDecimal.ONE, "month", new java.math.BigDecimal("500"))))));
        // right-sized at $746.76; Express at $500.00 saves $246.76 (33%, above the 10% minimum)
        Verdict v = judge(3, load(40, 25, 45, 500)).verdict();
        assertThat(v.kind()).isEqualTo(Verdict.Kind.SWITCH_DEPLOYMENT);
        assertThat(v.headline()).isEqualTo("Consider Express brokers: 3 x express.m7g.large carries this workload for "
                + "$500.00 per month, saves $246.76 per month.");
    }

    @Test
    void a_saving_below_the_minimum_is_not_worth_a_change() {
        sizing.offering(new SizedOption(Deployment.EXPRESS, "express.m7g.large", 3, 0, new CostBreakdown("x",
                List.of(LineItem.of("Express", java.math.BigDecimal.ONE, "month", new java.math.BigDecimal("700"))))));
        // $746.76 -> $700.00 saves 6%, under 10%
        assertThat(judge(3, load(40, 25, 45, 500)).verdict().kind()).isEqualTo(Verdict.Kind.RIGHT_SIZED);
    }

    @Test
    void the_current_cost_is_priced_from_the_cluster_as_described() {
        assertThat(judge(6, load(20, 25, 50, 500)).currentCost().monthlyUsd()).isEqualByComparingTo("1493.52");
    }

    @Test
    void producer_traffic_across_azs_is_part_of_the_current_bill() {
        // 1.048576 MB/s = 1 MiB/s; 2/3 crosses AZs: 1 x 2/3 x 3600 x 730 / 1024 = 1,710.9375 GB, billed out and in:
        // 3,421.875 GB x $0.01 = $34.21875 on top of $1,493.52
        var cost = judge(6, load(20, 1.048576, 25, 50, 500)).currentCost();
        assertThat(cost.lineItems()).extracting(LineItem::item).contains("Cross-AZ data transfer (out + in)");
        assertThat(cost.monthlyUsd()).isEqualByComparingTo("1527.73875");
    }

    @Test
    void an_unknown_broker_size_names_the_known_ones() {
        var p = Fixtures.bundled();
        var rules = new VerdictRules(p.catalog(), p.limits(), new CostCalculator(Fixtures.usEast1(), 730), sizing,
                RightsizeOptions.DEFAULTS);
        assertThatThrownBy(() -> rules.judge(cluster(3, "kafka.m6g.large"), load(1, 1, 1, 1), load(1, 1, 1, 1)))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageStartingWith("cluster.instanceType = kafka.m6g.large is not allowed: a broker size msk-planner knows: kafka.t3.small");
    }
}
