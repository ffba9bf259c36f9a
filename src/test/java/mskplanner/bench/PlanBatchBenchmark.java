package mskplanner.bench;

import java.io.IOException;
import java.util.concurrent.TimeUnit;
import mskplanner.app.plan.PlanService;
import mskplanner.app.plan.batch.BatchFormats;
import mskplanner.app.plan.batch.BatchReader;
import mskplanner.app.plan.batch.PlanBatch;
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

/** The batch planner end to end, minus HTTP: 10,000 profiles of CSV in, parsed, planned in parallel, CSV out. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class PlanBatchBenchmark {
    static final int PROFILES = 10_000;

    private PlanBatch batch;
    private String csv;

    @Setup(Level.Trial)
    public void setUp() {
        batch = new PlanBatch(new PlanService(PricingLoader.bundled()));
        csv = BatchProfiles.csv(PROFILES, 42);
    }

    @Benchmark
    public String plan_10000_profiles_csv_in_csv_out() throws IOException {
        return BatchFormats.csv(batch.run(BatchReader.read(csv)));
    }
}
