package mskplanner.engine.matrix;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import mskplanner.engine.alternatives.CheapestRange;
import mskplanner.engine.format.Format;
import mskplanner.engine.units.BilledUnits;

/**
 * The break-even ranges in words, one sentence per stretch of ingress. Where two deployments keep trading the lead
 * within 1% of each other (Standard and Express stepping past each other broker by broker), the stretch is one
 * sentence saying so, not one per flip: "From 41.5 to 49.4 MB/s, MSK Standard and MSK Express are within 1% of each
 * other (the cheaper changes 4 times)". Elsewhere: "From 0.03 to 12.4 MB/s, MSK Serverless is the cheapest ($12.04 to
 * $412.80 a month)". The stretch holding the workload says so.
 */
public final class RangeSentences {
    /** Two deployments this close over a whole stretch are a tie for planning purposes. */
    public static final double WITHIN_FRACTION = 0.01;

    private RangeSentences() {
    }

    /** {@code ranges} (cheapest named by {@link Contender} id) in words; the workload at {@code workloadGBPerHour}. */
    public static List<String> of(List<CheapestRange> ranges, double workloadGBPerHour) {
        List<String> sentences = new ArrayList<>();
        int i = 0;
        while (i < ranges.size()) {
            int end = tradingEnd(ranges, i);
            CheapestRange first = ranges.get(i);
            CheapestRange last = ranges.get(end);
            String stretch = "From " + mbps(first.fromGBPerHour()) + " to " + mbps(last.toGBPerHour()) + " MB/s, ";
            String text = end > i
                    ? stretch + label(first.cheapest()) + " and " + label(first.runnerUp().orElseThrow()) + " are within "
                    + Format.percent(WITHIN_FRACTION) + " of each other (the cheaper changes " + (end - i) + " times)"
                    : stretch + label(first.cheapest()) + " is the cheapest (" + usd(first.fromUsd()) + " to "
                    + usd(first.toUsd()) + " a month)";
            boolean holds = false;
            for (int k = i; k <= end; k++) {
                holds |= ranges.get(k).holds(workloadGBPerHour, k == ranges.size() - 1);
            }
            sentences.add(holds ? text + "; this workload (" + mbps(workloadGBPerHour) + " MB/s) is here" : text);
            i = end + 1;
        }
        return sentences;
    }

    /** The last index of a run from {@code start} in which the same two deployments alternate within 1%. */
    private static int tradingEnd(List<CheapestRange> ranges, int start) {
        CheapestRange first = ranges.get(start);
        if (!closeRunnerUp(first)) {
            return start;
        }
        Set<String> pair = Set.of(first.cheapest(), first.runnerUp().get());
        int end = start;
        while (end + 1 < ranges.size()) {
            CheapestRange next = ranges.get(end + 1);
            boolean contiguous = next.fromGBPerHour() == ranges.get(end).toGBPerHour();
            if (!contiguous || !closeRunnerUp(next) || !pair.equals(Set.of(next.cheapest(), next.runnerUp().get()))) {
                break;
            }
            end++;
        }
        return end;
    }

    private static boolean closeRunnerUp(CheapestRange r) {
        return r.runnerUp().isPresent() && r.runnerUpAboveFraction() <= WITHIN_FRACTION;
    }

    private static String label(String id) {
        return Contender.fromId(id).curveLabel();
    }

    /** MB/s in a sentence: two decimals below 10 MB/s, one above. */
    static String mbps(double gbPerHour) {
        double mbps = BilledUnits.mbPerSecond(gbPerHour);
        return Format.number(mbps, mbps < 10 ? 2 : 1);
    }

    private static String usd(double monthlyUsd) {
        return Format.usd(BigDecimal.valueOf(monthlyUsd));
    }
}
