package org.flipside.site;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import java.util.function.ToLongFunction;

/**
 * Remembers the results of a pure function across builds in one process, so that a rebuild after an edit
 * (the {@code serve} preview) redoes only the work whose input changed: unchanged Markdown is not converted
 * again, unchanged pages are not parsed again. Keyed by the whole input, so a hit is exactly the value a fresh
 * call would give. Bounded by a total weight (roughly characters held), least recently used out first.
 */
final class Memo<K, V> {

    private final long maxWeight;
    private final ToLongFunction<K> weigher;
    private final LinkedHashMap<K, V> entries = new LinkedHashMap<>(64, 0.75f, true);
    private final Map<K, Long> weights = new java.util.HashMap<>();
    private long weight;

    Memo(long maxWeight, ToLongFunction<K> weigher) {
        this.maxWeight = maxWeight;
        this.weigher = weigher;
    }

    /** {@code compute(key)}, remembered. The computation runs outside the lock; it must be pure. */
    V get(K key, Function<K, V> compute) {
        synchronized (this) {
            V known = entries.get(key);
            if (known != null) return known;
        }
        V value = compute.apply(key);
        long w = weigher.applyAsLong(key);
        if (w > maxWeight / 4) return value;
        synchronized (this) {
            if (entries.put(key, value) == null) {
                weights.put(key, w);
                weight += w;
            }
            Iterator<Map.Entry<K, V>> oldest = entries.entrySet().iterator();
            while (weight > maxWeight && oldest.hasNext()) {
                K k = oldest.next().getKey();
                oldest.remove();
                weight -= weights.remove(k);
            }
        }
        return value;
    }
}
