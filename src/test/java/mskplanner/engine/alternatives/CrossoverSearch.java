package mskplanner.engine.alternatives;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Finds where two deployments' costs cross along a sweep (see {@link BreakEven} for the algorithm).
 *
 * @param a one deployment
 * @param b the other
 * @param tolerance width, GB/hour, below which an interval is not split further
 */
record CrossoverSearch(BreakEven.Option a, BreakEven.Option b, double tolerance) {

    /** A point where both fit, and which side is cheaper there: negative = a, positive = b, 0 = equal. */
    private record Sample(double x, int sign) {
    }

    /** Crossovers along {@code xs}, given both deployments' costs there (empty where one does not fit). */
    List<Crossover> crossovers(double[] xs, List<Optional<BigDecimal>> va, List<Optional<BigDecimal>> vb) {
        List<Crossover> found = new ArrayList<>();
        Sample last = null;
        boolean previousFits = false;
        for (int k = 0; k < xs.length; k++) {
            boolean fits = va.get(k).isPresent() && vb.get(k).isPresent();
            if (!fits) {
                if (previousFits && last != null) {
                    Sample from = last;
                    sampleAt(lastFitting(xs[k - 1], xs[k])).flatMap(edge -> crossing(from, edge)).ifPresent(found::add);
                }
                last = null;
                previousFits = false;
                continue;
            }
            Sample here = new Sample(xs[k], va.get(k).get().compareTo(vb.get(k).get()));
            if (!previousFits && k > 0) {
                last = sampleAt(firstFitting(xs[k - 1], xs[k])).filter(s -> s.sign() != 0).orElse(null);
            }
            if (last != null) {
                crossing(last, here).ifPresent(found::add);
            }
            if (here.sign() != 0) {
                last = here;
            }
            previousFits = true;
        }
        return found;
    }

    /** A crossover between two samples that disagree on which side is cheaper, located by bisection. */
    private Optional<Crossover> crossing(Sample from, Sample to) {
        if (from.sign() == 0 || to.sign() == 0 || from.sign() == to.sign()) {
            return Optional.empty();
        }
        double lo = from.x();
        double hi = to.x();
        while (hi - lo > tolerance) {
            double mid = (lo + hi) / 2;
            Optional<Sample> s = sampleAt(mid);
            if (s.isEmpty()) {
                return Optional.empty();
            }
            if (s.get().sign() == 0) {
                lo = mid;
                hi = mid;
            } else if (s.get().sign() == from.sign()) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        boolean aCheaperBelow = from.sign() < 0;
        return Optional.of(new Crossover(aCheaperBelow ? a.deployment() : b.deployment(),
                aCheaperBelow ? b.deployment() : a.deployment(), (lo + hi) / 2));
    }

    /** Both fit at {@code fitting}, not at {@code notFitting}: the last point (within tolerance) where both fit. */
    private double lastFitting(double fitting, double notFitting) {
        double lo = fitting;
        double hi = notFitting;
        while (hi - lo > tolerance) {
            double mid = (lo + hi) / 2;
            if (sampleAt(mid).isPresent()) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** Not both fit at {@code notFitting}, both at {@code fitting}: the first point (within tolerance) where both fit. */
    private double firstFitting(double notFitting, double fitting) {
        double lo = notFitting;
        double hi = fitting;
        while (hi - lo > tolerance) {
            double mid = (lo + hi) / 2;
            if (sampleAt(mid).isPresent()) {
                hi = mid;
            } else {
                lo = mid;
            }
        }
        return hi;
    }

    private Optional<Sample> sampleAt(double x) {
        Optional<BigDecimal> costA = a.at(x);
        Optional<BigDecimal> costB = b.at(x);
        if (costA.isEmpty() || costB.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Sample(x, costA.get().compareTo(costB.get())));
    }
}
