package mskplanner.cli;

import java.time.Instant;
import mskplanner.engine.InvalidInputException;
import mskplanner.engine.rightsize.DataSource;
import mskplanner.engine.rightsize.NoMetricDataException;
import mskplanner.metrics.MetricPeriod;
import mskplanner.metrics.demo.DemoHistory;
import mskplanner.pricing.PricingData;
import mskplanner.rightsize.History;

/** {@code --demo}: a seeded synthetic history ending now. */
record DemoSource(long seed, int days, Integer period, Instant end) implements RightsizeCommand.Source {
    @Override
    public History read(PricingData pricing) {
        var cw = pricing.limits().cloudwatch();
        int p = period == null ? MetricPeriod.choose(days, cw) : MetricPeriod.validate(period, days, cw);
        DemoHistory.Demo demo = DemoHistory.generate(seed, DemoHistory.DEFAULT_BROKERS, days, end, p);
        return new History(demo.cluster(), demo.series(), demo.window(), DataSource.of("demo", "synthetic history, seed " + seed));
    }

    @Override
    public RuntimeException noData(NoMetricDataException e) {
        return new InvalidInputException("--demo", "seed " + seed, e.getMessage());
    }
}
