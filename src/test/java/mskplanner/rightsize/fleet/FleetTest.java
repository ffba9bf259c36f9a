package mskplanner.rightsize.fleet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import mskplanner.aws.AwsUnavailableException;
import mskplanner.engine.rightsize.RightsizeOptions;
import mskplanner.rightsize.RightsizeService;
import mskplanner.testing.Fixtures;
import org.junit.jupiter.api.Test;

/** The fleet runner on its own: bounded concurrency, one failure never stops the others, the entry's invariant. */
class FleetTest {
    private static final Fleet FLEET = new Fleet(new RightsizeService(Fixtures.bundled()), RightsizeOptions.DEFAULTS);

    private static List<FleetMember> members(int n) {
        List<FleetMember> list = new ArrayList<>();
        for (int i = 1; i <= n; i++) {
            list.add(new FleetMember("arn:aws:kafka:us-east-1:123456789012:cluster/c" + i + "/x-1", "c" + i, "us-east-1",
                    false, FleetMember.ACTIVE));
        }
        return list;
    }

    @Test
    void at_most_four_clusters_are_read_at_once_and_each_failure_stays_with_its_cluster() {
        AtomicInteger inside = new AtomicInteger();
        AtomicInteger most = new AtomicInteger();
        CountDownLatch fourInside = new CountDownLatch(Fleet.MAX_CONCURRENT_CLUSTERS);
        AtomicInteger done = new AtomicInteger();

        FleetReport report = FLEET.analyse(List.of("us-east-1"), 1, members(10), m -> {
            most.accumulateAndGet(inside.incrementAndGet(), Math::max);
            fourInside.countDown();
            try {
                // Holds the first readers until four are inside at once (bounded: never longer than 10 s).
                fourInside.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            inside.decrementAndGet();
            throw new AwsUnavailableException("denied " + m.clusterName());
        }, done::incrementAndGet);

        assertThat(most.get()).isEqualTo(Fleet.MAX_CONCURRENT_CLUSTERS);
        assertThat(done.get()).isEqualTo(10);
        assertThat(report.entries()).hasSize(10).allMatch(e -> e.reason().orElseThrow().equals("denied " + e.member().clusterName()));
        assertThat(report.allFailed()).isTrue();
        assertThat(report.summary().counts()).containsEntry(FleetSummary.FAILED, 10);
    }

    @Test
    void an_empty_fleet_has_not_failed() {
        FleetReport report = FLEET.analyse(List.of("us-east-1"), 1, List.of(), m -> {
            throw new AssertionError("nothing to read");
        }, () -> { });
        assertThat(report.allFailed()).isFalse();
        assertThat(report.summary().clusters()).isZero();
    }

    @Test
    void a_verdict_entry_needs_a_report() {
        FleetMember m = members(1).get(0);
        assertThatThrownBy(() -> new FleetEntry(m, FleetEntry.Outcome.VERDICT, Optional.empty(), Optional.of("why")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("a VERDICT entry needs a report and no reason, cluster " + m.clusterArn());
    }
}
