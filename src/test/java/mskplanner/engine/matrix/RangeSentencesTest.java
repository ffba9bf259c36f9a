package mskplanner.engine.matrix;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import mskplanner.engine.alternatives.CheapestRange;
import mskplanner.engine.units.BilledUnits;
import org.junit.jupiter.api.Test;

class RangeSentencesTest {
    private static CheapestRange range(double fromMBps, double toMBps, String cheapest, String runnerUp, double above) {
        return new CheapestRange(BilledUnits.gbPerHour(fromMBps), BilledUnits.gbPerHour(toMBps), cheapest, 1000, 1200,
                Optional.of(runnerUp), above);
    }

    @Test
    void standard_and_express_trading_places_within_one_percent_is_one_sentence() {
        List<CheapestRange> ranges = List.of(range(0.03, 41.5, "serverless", "standard", 0.2),
                range(41.5, 44, "standard", "express", 0.004), range(44, 47, "express", "standard", 0.009),
                range(47, 49.4, "standard", "express", 0.002), range(49.4, 80, "express", "standard", 0.05));

        List<String> sentences = RangeSentences.of(ranges, BilledUnits.gbPerHour(45));

        assertThat(sentences).containsExactly(
                "From 0.03 to 41.5 MB/s, MSK Serverless is the cheapest ($1,000.00 to $1,200.00 a month)",
                "From 41.5 to 49.4 MB/s, MSK Standard and MSK Express are within 1% of each other (the cheaper changes 2"
                        + " times); this workload (45 MB/s) is here",
                "From 49.4 to 80 MB/s, MSK Express is the cheapest ($1,000.00 to $1,200.00 a month)");
    }
}
