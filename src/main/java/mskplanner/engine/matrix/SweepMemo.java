package mskplanner.engine.matrix;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import mskplanner.engine.alternatives.SweepGrid;
import mskplanner.engine.sizing.PlanInput;

/**
 * Break-even curves depend on the workload's shape, not its size: the sweep rescales the workload to every point of
 * the grid. So plans that differ only in traffic (a spreadsheet's scenario table, a load test, the web form re-run)
 * share one sweep. The key holds the workload rescaled to 1 MB/s average ingress with everything else that decides a
 * point; a cache miss only costs the sweep. Bounded, least recently used first out; safe across request threads.
 */
final class SweepMemo {
    static final int MAX_ENTRIES = 256;
    private static final double UNIT_AVG_INGRESS_MBPS = 1;

    record Key(PlanInput shape, MatrixInput matrix, String region, Set<Contender> priced, SweepGrid grid) {
        static Key of(PlanInput base, MatrixInput matrix, String region, Set<Contender> priced, SweepGrid grid) {
            return new Key(base.withProfile(base.profile().scaledTo(UNIT_AVG_INGRESS_MBPS)), matrix, region,
                    Set.copyOf(priced), grid);
        }
    }

    private final Map<Key, Matrix.BreakEvenOutcome> entries = new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Key, Matrix.BreakEvenOutcome> eldest) {
            return size() > MAX_ENTRIES;
        }
    };

    synchronized Optional<Matrix.BreakEvenOutcome> get(Key key) {
        return Optional.ofNullable(entries.get(key));
    }

    synchronized void put(Key key, Matrix.BreakEvenOutcome outcome) {
        entries.put(key, outcome);
    }
}
