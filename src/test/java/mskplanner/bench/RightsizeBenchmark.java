package mskplanner.bench;

import java.time.Instant;
import java.util.concurrent.TimeUnit;
import mskplanner.rightsize.Rightsizer;
import mskplanner.engine.rightsize.DataSource;
import mskplanner.engine.rightsize.RightsizeOptions;
import mskplanner.engine.rightsize.RightsizeReport;
import mskplanner.metrics.demo.DemoHistory;
import mskplanner.pricing.PricingData;
import mskplanner.pricing.PricingLoader;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The whole right-sizing analysis (statistics, aggregates, trends, verdict) of 30 brokers x 6 metrics x 15 days at
 * 1-minute resolution: 30 x 6 x 21,600 = 3,888,000 points (less one broker's 3-hour gap).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class RightsizeBenchmark {
    static final int BROKERS = 30;
    static final int DAYS = 15;

    private DemoHistory.Demo history;
    private Rightsizer rightsizer;

    @Setup(Level.Trial)
    public void setUp() {
        history = DemoHistory.generate(42, BROKERS, DAYS, Instant.parse("2026-11-25T00:00:00Z"), DemoHistory.PERIOD_SECONDS);
        PricingData pricing = PricingLoader.bundled();
        rightsizer = new Rightsizer(pricing.catalog(), pricing.limits(), pricing.sheet("us-east-1"), RightsizeOptions.DEFAULTS);
    }

    @Benchmark
    public RightsizeReport analyse_30_brokers_6_metrics_15_days_at_1_minute() {
        return rightsizer.analyse(history.cluster(), history.series(), history.window(), DataSource.of("benchmark", ""));
    }
}
