package dev.parley.core;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

/**
 * Facts loaded from the store, kept per key until the {@link FactsEpoch} moves: an entry is
 * answered only while no change of facts has committed since its load began. Use it as
 * <pre>
 * V known = cache.get(key);
 * if (known == null) {
 *     long tag = cache.tag();      // before the load's transaction
 *     known = load();
 *     cache.put(key, tag, known);
 * }
 * </pre>
 * A failed load is not kept: refusals are always decided on fresh facts. Bounded (least recently
 * used entries go first); thread-safe.
 */
public final class FactsCache<K, V> {
    private final FactsEpoch epoch;
    private final Cache<K, Tagged<V>> entries;

    public FactsCache(FactsEpoch epoch, int maximumSize) {
        this.epoch = epoch;
        this.entries = Caffeine.newBuilder().maximumSize(maximumSize).build();
    }

    /** The facts kept for {@code key}, or null when there are none or they may be stale. */
    public V get(K key) {
        Tagged<V> tagged = entries.getIfPresent(key);
        return tagged != null && epoch.unchanged(tagged.tag()) ? tagged.value() : null;
    }

    /** The tag for facts about to be loaded; take it before the load's transaction starts. */
    public long tag() {
        return epoch.read();
    }

    /** Keeps facts loaded after {@link #tag()} returned {@code tag}. */
    public void put(K key, long tag, V value) {
        if (epoch.unchanged(tag)) {
            entries.put(key, new Tagged<>(tag, value));
        }
    }

    private record Tagged<V>(long tag, V value) {
    }
}
