package mskplanner.engine.alternatives;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import mskplanner.engine.units.BilledUnits;
import mskplanner.testing.AlternativesFixtures;
import mskplanner.testing.BruteForceSweep;
import org.junit.jupiter.api.Test;

/** The break-even search on cost functions built from the Serverless and self-managed EC2 calculators. */
class BreakEvenOnRealCostsTest {
    /** Toy capacity of one m5.large broker, MB/s of peak ingress; stands in for the Standard sizer. */
    private static final double PEAK_INGRESS_MBPS_PER_BROKER = 25;
    private static final int RF = 3;
    private static final int AZS = 3;

    private final ServerlessPlanner serverless = new ServerlessPlanner(AlternativesFixtures.usEast1(),
            AlternativesFixtures.limits(), AlternativesFixtures.HOURS_PER_MONTH);
    private final SelfManagedEc2Cost ec2 = new SelfManagedEc2Cost(AlternativesFixtures.usEast1(),
            AlternativesFixtures.limits(), AlternativesFixtures.HOURS_PER_MONTH);

    /** 10 MB/s average, peaks at twice that, two consumer groups, 100 partitions, 24 h retention. */
    private final ServerlessWorkload shape = new ServerlessWorkload(new Traffic(10, 20, 20, 40), 100, 0, 1_000_000, 24,
            ClientAuthentication.IAM);

    private SelfManagedEc2Input onEc2(Traffic traffic) {
        long brokers = Math.max(AZS, BilledUnits.wholeUnits(traffic.peakIngressMBps() / PEAK_INGRESS_MBPS_PER_BROKER / AZS) * AZS);
        double storagePerBroker = BilledUnits.storedGb(traffic.avgIngressMBps(), 24) * RF * 2 / brokers;
        return new SelfManagedEc2Input("m5.large", (int) brokers, storagePerBroker, 0, 0, traffic, RF, AZS, true,
                Optional.of(new OpsAssumption(10, new BigDecimal("100"))));
    }

    private List<BreakEven.Option> options() {
        return List.of(
                new BreakEven.Option("MSK Serverless", gbh -> serverless.monthlyUsdIfFits(
                        shape.scaledToAvgIngress(BilledUnits.mbPerSecond(gbh)))),
                new BreakEven.Option("EC2 on-demand", gbh -> Optional.of(ec2.onDemand(
                        onEc2(shape.traffic().scaledToAvgIngress(BilledUnits.mbPerSecond(gbh)))).monthlyUsd())),
                new BreakEven.Option("EC2 3-year RI", gbh -> ec2.estimate(
                        onEc2(shape.traffic().scaledToAvgIngress(BilledUnits.mbPerSecond(gbh)))).reserved3yr()
                        .map(b -> b.monthlyUsd())));
    }

    private final SweepGrid grid = SweepGrid.beyondCeiling(SweepGrid.serverlessIngressCeilingGBPerHour(200, 2));

    @Test
    void serverless_stops_at_its_ingress_quota() {
        // peak 200 MB/s = 2 x average: average 100 MB/s = 3.6e11 B / 2^30 = 335.276 GB/hour is the last fitting point
        BreakEvenResult result = BreakEven.sweep(options(), grid);

        assertThat(result.curves().get(0).points()).isNotEmpty()
                .allMatch(p -> p.avgIngressGBPerHour() <= 335.27612686157227 + 1e-9);
        assertThat(result.curves().get(1).points()).hasSize(60);
    }

    @Test
    void serverless_is_cheaper_than_ec2_with_ops_time_only_at_low_ingress() {
        BreakEvenResult result = BreakEven.sweep(options(), grid);

        assertThat(result.crossovers()).anySatisfy(c -> {
            assertThat(c.cheaper()).isEqualTo("MSK Serverless");
            assertThat(c.than()).isEqualTo("EC2 on-demand");
            assertThat(c.belowGBPerHour()).isBetween(0.1, 335.3);
        });
    }

    @Test
    void bisection_agrees_with_a_fine_brute_force_sweep_on_real_costs() {
        List<BreakEven.Option> options = options();

        List<Crossover> bisected = BreakEven.sweep(options, grid).crossovers();
        List<Crossover> bruteForce = BruteForceSweep.crossovers(options, grid.minGBPerHour(), grid.maxGBPerHour(), 0.01);

        assertThat(bisected).isNotEmpty();
        BreakEvenTest.assertAgree(bisected, bruteForce);
    }
}
