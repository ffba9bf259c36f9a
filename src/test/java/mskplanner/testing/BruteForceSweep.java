package mskplanner.testing;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import mskplanner.engine.alternatives.BreakEven;
import mskplanner.engine.alternatives.Crossover;

/**
 * The slow, obvious way to find crossovers, for checking {@link BreakEven}: step through the range in small fixed
 * steps and report every step across which two deployments swap places while both fit.
 */
public final class BruteForceSweep {
    private BruteForceSweep() {
    }

    public static List<Crossover> crossovers(List<BreakEven.Option> options, double from, double to, double step) {
        int n = options.size();
        int[][] lastSign = new int[n][n];
        double[][] lastX = new double[n][n];
        List<Crossover> found = new ArrayList<>();
        long steps = Math.round((to - from) / step);
        for (long k = 0; k <= steps; k++) {
            double x = from + k * step;
            List<Optional<BigDecimal>> costs = options.stream().map(o -> o.monthlyUsdAt().apply(x)).toList();
            for (int i = 0; i < n; i++) {
                for (int j = i + 1; j < n; j++) {
                    if (costs.get(i).isEmpty() || costs.get(j).isEmpty()) {
                        lastSign[i][j] = 0;
                        continue;
                    }
                    int sign = costs.get(i).get().compareTo(costs.get(j).get());
                    if (sign == 0) {
                        continue;
                    }
                    if (lastSign[i][j] != 0 && sign != lastSign[i][j]) {
                        boolean iCheaperBelow = lastSign[i][j] < 0;
                        String a = options.get(i).deployment();
                        String b = options.get(j).deployment();
                        found.add(new Crossover(iCheaperBelow ? a : b, iCheaperBelow ? b : a, (lastX[i][j] + x) / 2));
                    }
                    lastSign[i][j] = sign;
                    lastX[i][j] = x;
                }
            }
        }
        return found;
    }
}
