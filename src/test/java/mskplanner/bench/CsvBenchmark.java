package mskplanner.bench;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import mskplanner.app.Csv;
import mskplanner.app.CsvReader;
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

/** CSV alone, without planning: the 10,000-profile batch read row by row, and 10,000 answer rows of 20 cells written. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class CsvBenchmark {
    private String profiles;
    private List<List<Object>> rows;

    @Setup(Level.Trial)
    public void setUp() {
        profiles = BatchProfiles.csv(PlanBatchBenchmark.PROFILES, 42);
        rows = new ArrayList<>();
        for (int i = 0; i < PlanBatchBenchmark.PROFILES; i++) {
            rows.add(Arrays.asList("profile " + i, "us-east-1", "kafka.m7g.large", 3, 6, new BigDecimal("1493.52"),
                    new BigDecimal("-0.50"), "=cmd", null, "a,b", "say \"hi\"", 123.3, 200.98, "EXPRESS",
                    "tiered storage saves $12.30 a month", true, 24, 168, "", "x"));
        }
    }

    @Benchmark
    public int read_10000_profiles() {
        CsvReader reader = CsvReader.over(profiles, CsvReader.delimiterOf(profiles));
        int cells = 0;
        for (List<String> row = reader.next(); row != null; row = reader.next()) {
            cells += row.size();
        }
        return cells;
    }

    @Benchmark
    public int write_10000_rows_of_20_cells() {
        StringBuilder sb = new StringBuilder();
        for (List<Object> row : rows) {
            sb.append(Csv.row(row));
        }
        return sb.length();
    }
}
