package mskplanner.bench;

import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/** Runs the JMH benchmarks of this package (not part of the test suite; see docs/benchmarks.md). */
public final class BenchMain {
    private BenchMain() {
    }

    public static void main(String[] args) throws RunnerException {
        String include = args.length > 0 ? args[0] : BenchMain.class.getPackageName() + ".*";
        new Runner(new OptionsBuilder().include(include).build()).run();
    }
}
