package mskplanner.metrics.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Comparator;
import mskplanner.engine.rightsize.MetricSeries;
import mskplanner.engine.rightsize.MskMetric;
import org.junit.jupiter.api.Test;

class DemoHistoryTest {
    private static final Instant END = Instant.parse("2026-11-25T00:00:00Z");

    @Test
    void the_same_seed_gives_the_same_history() {
        assertThat(DemoHistory.generate(7, 3, END).series()).isEqualTo(DemoHistory.generate(7, 3, END).series());
        assertThat(DemoHistory.generate(7, 3, END).series()).isNotEqualTo(DemoHistory.generate(8, 3, END).series());
    }

    @Test
    void six_brokers_report_six_metrics_each_at_one_minute() {
        DemoHistory.Demo demo = DemoHistory.generate(42, 14, END);
        assertThat(demo.cluster().brokerIds()).containsExactly("1", "2", "3", "4", "5", "6");
        assertThat(demo.series()).hasSize(36);
        assertThat(demo.window().periodSeconds()).isEqualTo(60);
        assertThat(bytesIn(demo, "1").size()).isEqualTo(14 * 1440);
    }

    @Test
    void one_broker_has_a_three_hour_gap() {
        DemoHistory.Demo demo = DemoHistory.generate(42, 14, END);
        assertThat(bytesIn(demo, "4").size()).isEqualTo(14 * 1440 - 180);
    }

    @Test
    void broker_2_runs_hotter_than_the_others() {
        DemoHistory.Demo demo = DemoHistory.generate(42, 14, END);
        String hottest = demo.series().stream().filter(s -> s.metric().equals("BytesInPerSec"))
                .max(Comparator.comparingDouble(DemoHistoryTest::mean)).orElseThrow().brokerId();
        assertThat(hottest).isEqualTo("2");
    }

    private static MetricSeries bytesIn(DemoHistory.Demo demo, String broker) {
        return demo.series().stream().filter(s -> s.metric().equals(MskMetric.BYTES_IN.cloudWatchName())
                && s.brokerId().equals(broker)).findFirst().orElseThrow();
    }

    private static double mean(MetricSeries s) {
        double total = 0;
        for (int i = 0; i < s.size(); i++) {
            total += s.value(i);
        }
        return total / s.size();
    }
}
