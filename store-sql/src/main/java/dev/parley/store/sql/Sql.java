package dev.parley.store.sql;

import dev.parley.store.StoreException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.JdbiException;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.PreparedBatch;
import org.jdbi.v3.core.statement.Query;
import org.jdbi.v3.core.statement.Update;

/**
 * The statements of one transaction: its {@link Handle} plus the dialect that explains failures.
 * Every statement the stores run goes through {@link #execute}, {@link #one} or {@link #list}, so
 * code inside a transaction sees typed {@link StoreException}s, never a driver exception, and can
 * rely on a duplicate surfacing as {@link StoreException.Conflict} at the call that caused it.
 */
final class Sql {
    private final Handle handle;
    private final Dialect dialect;

    Sql(Handle handle, Dialect dialect) {
        this.handle = handle;
        this.dialect = dialect;
    }

    Update update(String sql) {
        return handle.createUpdate(sql);
    }

    Query query(String sql) {
        return handle.createQuery(sql);
    }

    PreparedBatch batch(String sql) {
        return handle.prepareBatch(sql);
    }

    /** Runs the statement and returns how many rows it changed. */
    int execute(Update update) {
        return translating(update::execute);
    }

    /** Runs a statement that must change a row. @throws StoreException.NotFound naming {@code what} */
    void executeOne(Update update, String what) {
        if (execute(update) == 0) {
            throw new StoreException.NotFound(what);
        }
    }

    /** Runs the batch; an empty batch is nothing to do. */
    void execute(PreparedBatch batch) {
        if (batch.size() > 0) {
            translating(batch::execute);
        }
    }

    <T> Optional<T> one(Query query, RowMapper<T> mapper) {
        return translating(() -> query.map(mapper).findOne());
    }

    <T> List<T> list(Query query, RowMapper<T> mapper) {
        return translating(() -> query.map(mapper).list());
    }

    /**
     * The rows of a query whose text holds {@code IN (<ids>)}, run once per {@link IdChunks chunk}
     * of the distinct {@code ids} (none when there are none), in chunk order.
     */
    <T> List<T> listIn(String query, Collection<Long> ids, RowMapper<T> mapper) {
        List<T> rows = new ArrayList<>();
        for (List<Long> chunk : IdChunks.of(List.copyOf(new LinkedHashSet<>(ids)))) {
            rows.addAll(list(query(query).bindList("ids", chunk), mapper));
        }
        return rows;
    }

    private <T> T translating(Supplier<T> statement) {
        try {
            return statement.get();
        } catch (JdbiException e) {
            throw dialect.failure(e);
        }
    }
}
