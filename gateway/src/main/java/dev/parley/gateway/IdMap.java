package dev.parley.gateway;

import java.util.Arrays;
import java.util.function.LongFunction;

/**
 * A map from ids to values, for the hub's per-delivery lookups: open addressing with linear
 * probing in two arrays, the ids spread by a multiplicative mix.
 *
 * <p>Why not {@code HashMap<Long, V>}: Parley ids are time-ordered (milliseconds, node, counter;
 * {@code IdGenerator}), and {@code Long.hashCode} folds their high half onto the low one, so ids
 * made at about one per millisecond share buckets by the dozen; the hub's maps then degrade to
 * trees, and a lookup per delivery becomes a tree walk. Mixing first spreads them. Also no boxed
 * key and no node object per entry: 12 bytes a slot.
 *
 * <p>Not thread-safe; the shard's thread owns each one. Id 0 is not a valid key (it marks a free slot).
 */
final class IdMap<V> {
    private static final int MIN_CAPACITY = 16;

    private long[] ids = new long[MIN_CAPACITY];
    private Object[] values = new Object[MIN_CAPACITY];
    private int size;

    int size() {
        return size;
    }

    @SuppressWarnings("unchecked")
    V get(long id) {
        int mask = ids.length - 1;
        for (int i = slot(id, mask); ; i = (i + 1) & mask) {
            long at = ids[i];
            if (at == id) {
                return (V) values[i];
            }
            if (at == 0) {
                return null;
            }
        }
    }

    V getOrDefault(long id, V otherwise) {
        V value = get(id);
        return value != null ? value : otherwise;
    }

    V computeIfAbsent(long id, LongFunction<V> create) {
        V value = get(id);
        if (value == null) {
            value = create.apply(id);
            put(id, value);
        }
        return value;
    }

    /** Sets the value of {@code id} (not 0; {@code value} not null). */
    void put(long id, V value) {
        if (id == 0 || value == null) {
            throw new IllegalArgumentException("id 0 and null values are not stored");
        }
        if ((size + 1) * 2 > ids.length) {
            grow();
        }
        int mask = ids.length - 1;
        int i = slot(id, mask);
        while (ids[i] != 0 && ids[i] != id) {
            i = (i + 1) & mask;
        }
        if (ids[i] == 0) {
            size++;
        }
        ids[i] = id;
        values[i] = value;
    }

    /** Removes {@code id}; later entries of its probe run move back so that every lookup still finds them. */
    void remove(long id) {
        int mask = ids.length - 1;
        int i = slot(id, mask);
        while (ids[i] != id) {
            if (ids[i] == 0) {
                return;
            }
            i = (i + 1) & mask;
        }
        size--;
        int free = i;
        for (int j = (free + 1) & mask; ids[j] != 0; j = (j + 1) & mask) {
            int home = slot(ids[j], mask);
            // Move j back into the gap unless its home lies cyclically in (free, j].
            boolean homeBetween = free <= j ? free < home && home <= j : free < home || home <= j;
            if (!homeBetween) {
                ids[free] = ids[j];
                values[free] = values[j];
                free = j;
            }
        }
        ids[free] = 0;
        values[free] = null;
    }

    private void grow() {
        long[] oldIds = ids;
        Object[] oldValues = values;
        ids = new long[oldIds.length * 2];
        values = new Object[oldIds.length * 2];
        size = 0;
        for (int i = 0; i < oldIds.length; i++) {
            if (oldIds[i] != 0) {
                @SuppressWarnings("unchecked")
                V value = (V) oldValues[i];
                put(oldIds[i], value);
            }
        }
    }

    private static int slot(long id, int mask) {
        long mixed = id * 0x9E3779B97F4A7C15L;
        return (int) (mixed ^ (mixed >>> 32)) & mask;
    }

    @Override
    public String toString() {
        return "IdMap" + Arrays.toString(Arrays.stream(ids).filter(id -> id != 0).toArray());
    }
}
