package mskplanner.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class ServiceTimesTest {
    private static final long MS = TimeUnit.MILLISECONDS.toNanos(1);

    @Test
    void before_any_plan_has_finished_no_wait_is_predicted() {
        assertThat(new ServiceTimes().waitNanos(100, 2)).isZero();
    }

    @Test
    void the_first_plan_sets_the_average_and_ten_queued_ahead_on_two_workers_wait_for_eleven_of_them() {
        ServiceTimes times = new ServiceTimes();
        times.record(80 * MS);

        // (10 + 1) plans x 80 ms / 2 workers = 440 ms
        assertThat(times.waitNanos(10, 2)).isEqualTo(440 * MS);
    }

    @Test
    void each_later_plan_moves_the_average_an_eighth_of_the_way_to_its_own_time() {
        ServiceTimes times = new ServiceTimes();
        times.record(80 * MS);
        times.record(160 * MS);

        // 80 + (160 - 80) / 8 = 90 ms a plan; (4 + 1) x 90 / 1 worker = 450 ms
        assertThat(times.waitNanos(4, 1)).isEqualTo(450 * MS);
    }
}
