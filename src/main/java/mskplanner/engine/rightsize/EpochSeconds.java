package mskplanner.engine.rightsize;

import java.time.Instant;
import java.util.AbstractList;
import java.util.List;
import java.util.RandomAccess;

/**
 * An immutable list of whole-second instants stored as one {@code long[]}: a month of 1-minute points for 30 brokers
 * would otherwise be millions of {@link Instant} objects.
 */
public final class EpochSeconds extends AbstractList<Instant> implements RandomAccess {
    private final long[] seconds;

    private EpochSeconds(long[] seconds) {
        this.seconds = seconds;
    }

    /** Wraps a copy of the given epoch seconds. */
    public static EpochSeconds of(long... seconds) {
        return new EpochSeconds(seconds.clone());
    }

    /** The list itself when it is already compact, otherwise a compact copy (sub-second parts are dropped). */
    public static EpochSeconds copyOf(List<Instant> instants) {
        if (instants instanceof EpochSeconds e) {
            return e;
        }
        long[] s = new long[instants.size()];
        for (int i = 0; i < s.length; i++) {
            s[i] = instants.get(i).getEpochSecond();
        }
        return new EpochSeconds(s);
    }

    static EpochSeconds wrap(long[] seconds) {
        return new EpochSeconds(seconds);
    }

    public long epochSecond(int index) {
        return seconds[index];
    }

    @Override
    public Instant get(int index) {
        return Instant.ofEpochSecond(seconds[index]);
    }

    @Override
    public int size() {
        return seconds.length;
    }
}
