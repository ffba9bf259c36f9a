package mskplanner.engine.alternatives;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The slow, obvious way to find crossovers, for checking {@link BreakEven}: step through the range in small fixed
 * steps and report every step across which two deployments swap places while both fit.
 */
final class BruteForceSweep {
    private BruteForceSweep() {
    }

    static List<Crossover> crossovers(List<BreakEven.Option> options, double from, double to, double step) {
        List<Crossover> found = new ArrayList<>();
        for (int i = 0; i < options.size(); i++) {
            for (int j = i + 1; j < options.size(); j++) {
                found.addAll(crossovers(options.get(i), options.get(j), from, to, step));
            }
        }
        return found;
    }

    private static List<Crossover> crossovers(BreakEven.Option a, BreakEven.Option b, double from, double to, double step) {
        List<Crossover> found = new ArrayList<>();
        int lastSign = 0;
        double lastX = from;
        long steps = Math.round((to - from) / step);
        for (long k = 0; k <= steps; k++) {
            double x = from + k * step;
            Optional<BigDecimal> costA = a.monthlyUsdAt().apply(x);
            Optional<BigDecimal> costB = b.monthlyUsdAt().apply(x);
            if (costA.isEmpty() || costB.isEmpty()) {
                lastSign = 0;
                continue;
            }
            int sign = costA.get().compareTo(costB.get());
            if (sign == 0) {
                continue;
            }
            if (lastSign != 0 && sign != lastSign) {
                boolean aCheaperBelow = lastSign < 0;
                found.add(new Crossover(aCheaperBelow ? a.deployment() : b.deployment(),
                        aCheaperBelow ? b.deployment() : a.deployment(), (lastX + x) / 2));
            }
            lastSign = sign;
            lastX = x;
        }
        return found;
    }
}
