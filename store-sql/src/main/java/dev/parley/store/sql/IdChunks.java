package dev.parley.store.sql;

import java.util.List;
import java.util.stream.IntStream;

/**
 * Splits id lists for {@code IN (<ids>)} statements, so one call that asks about many rows costs
 * a few statements instead of one per row, and no statement exceeds a database's bound-parameter
 * limit (SQLite: 32,766; PostgreSQL: 65,535).
 */
final class IdChunks {
    static final int SIZE = 500;

    private IdChunks() {
    }

    /** Consecutive sublists of at most {@link #SIZE} ids; none for an empty list. */
    static <T> List<List<T>> of(List<T> ids) {
        int chunks = (ids.size() + SIZE - 1) / SIZE;
        return IntStream.range(0, chunks)
                .mapToObj(i -> ids.subList(i * SIZE, Math.min(ids.size(), (i + 1) * SIZE)))
                .toList();
    }
}
