package mskplanner.engine;

import java.util.concurrent.ConcurrentHashMap;

/**
 * Values derived from a key once and kept, up to a bound: the names and prices a plan asks for again and again (a
 * size's labels, a price item's rate), bounded whatever keys reach it. Safe to share between threads; two threads
 * that derive the same key at once derive equal values, and one is kept. Read with {@link #find}, and on a miss
 * {@link #keep} what was derived: no function object per lookup on the hot paths that use it.
 *
 * @param <K> the key
 * @param <V> the value derived from it
 */
public final class BoundedMemo<K, V> {
    private final ConcurrentHashMap<K, V> values = new ConcurrentHashMap<>();
    private final int max;

    public BoundedMemo(int max) {
        if (max < 1) {
            throw new IllegalArgumentException("max must be >= 1, was " + max);
        }
        this.max = max;
    }

    /** The value kept for {@code key}, or null. */
    public V find(K key) {
        return values.get(key);
    }

    /** Keeps {@code value} for {@code key} while fewer than the bound are kept, and returns it. */
    public V keep(K key, V value) {
        if (values.size() < max) {
            values.putIfAbsent(key, value);
        }
        return value;
    }
}
