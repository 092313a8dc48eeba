package dev.parley.store.sql;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import org.jdbi.v3.core.statement.DefaultStatementBuilder;
import org.jdbi.v3.core.statement.StatementBuilder;
import org.jdbi.v3.core.statement.StatementBuilderFactory;
import org.jdbi.v3.core.statement.StatementContext;

/**
 * Prepared statements kept per pooled connection, so that a read or a write running SQL its
 * connection ran before does not parse and plan it again: on SQLite, preparing is as costly as
 * running most of the short statements a READY snapshot or a send is made of. The driver and the
 * pool keep no statements.
 *
 * <p>Each physical connection (behind the pool's proxy) keeps up to {@link #PER_CONNECTION}
 * statements, least recently used dropped first. A statement is lent to one use at a time: the
 * same SQL run again while its statement is still open (a result set being read) gets a fresh,
 * uncached one. Reuse is safe on SQLite because the driver resets a statement when its result set
 * closes (jdbi closes every one) and again before each execution, so a kept statement never holds
 * a read transaction, and so never an old snapshot, past the statement that used it; on the writer
 * connection a statement that failed inside a savepoint is reset the same way before its next use. Statements
 * that return generated keys or updatable results are never kept. A connection the pool closed
 * takes its statements with it; its entry here is dropped when the next handle opens.
 */
final class CachedStatements implements StatementBuilderFactory {
    static final int PER_CONNECTION = 128;

    private final Map<Connection, Kept> byConnection = new ConcurrentHashMap<>();
    private final LongAdder prepared = new LongAdder();

    @Override
    public StatementBuilder createStatementBuilder(Connection connection) {
        Connection physical = physical(connection);
        Kept kept = byConnection.get(physical);
        if (kept == null) {
            byConnection.keySet().removeIf(CachedStatements::closed);
            kept = byConnection.computeIfAbsent(physical, c -> new Kept(c, prepared));
        }
        return new Builder(kept, prepared);
    }

    /** How many statements are kept over all connections: for tests and diagnostics. */
    int size() {
        return byConnection.values().stream().mapToInt(Kept::size).sum();
    }

    /** How many statements were prepared since this started, kept or not: for tests and diagnostics. */
    long prepared() {
        return prepared.sum();
    }

    private static Connection physical(Connection connection) {
        try {
            return connection.isWrapperFor(Connection.class) ? connection.unwrap(Connection.class) : connection;
        } catch (SQLException e) {
            return connection;
        }
    }

    private static boolean closed(Connection connection) {
        try {
            return connection.isClosed();
        } catch (SQLException e) {
            return true;
        }
    }

    /** One handle's statements: kept ones where possible, the default otherwise. */
    private static final class Builder extends DefaultStatementBuilder {
        private final Kept kept;
        private final LongAdder prepared;

        Builder(Kept kept, LongAdder prepared) {
            this.kept = kept;
            this.prepared = prepared;
        }

        @Override
        public PreparedStatement create(Connection conn, String sql, StatementContext ctx) throws SQLException {
            if (!ctx.isReturningGeneratedKeys() && !ctx.isConcurrentUpdatable()) {
                PreparedStatement lent = kept.lend(sql);
                if (lent != null) {
                    return lent;
                }
            }
            prepared.increment();
            return super.create(conn, sql, ctx);
        }

        /** jdbi names the statement by its SQL before parsing here, so a kept one is known by identity. */
        @Override
        public void close(Connection conn, String sql, Statement stmt) throws SQLException {
            if (!kept.giveBack(stmt)) {
                super.close(conn, sql, stmt);
            }
        }
    }

    /** The statements of one physical connection, by (parsed) SQL, least recently used first. */
    private static final class Kept {
        private final Connection physical;
        private final LongAdder prepared;
        private final Map<Statement, Lendable> byStatement = new IdentityHashMap<>();
        private final LinkedHashMap<String, Lendable> statements = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Lendable> eldest) {
                if (size() <= PER_CONNECTION || eldest.getValue().lent) {
                    return false;
                }
                byStatement.remove(eldest.getValue().statement);
                closeQuietly(eldest.getValue().statement);
                return true;
            }
        };

        Kept(Connection physical, LongAdder prepared) {
            this.physical = physical;
            this.prepared = prepared;
        }

        /** The kept statement for {@code sql}, prepared now if needed; null while it is lent out. */
        synchronized PreparedStatement lend(String sql) throws SQLException {
            Lendable entry = statements.get(sql);
            if (entry == null) {
                entry = new Lendable(physical.prepareStatement(sql));
                prepared.increment();
                byStatement.put(entry.statement, entry);
                statements.put(sql, entry);
            } else if (entry.lent) {
                return null;
            } else {
                entry.statement.clearParameters();
            }
            entry.lent = true;
            return entry.statement;
        }

        /** True when {@code stmt} is a kept statement, now free again. */
        synchronized boolean giveBack(Statement stmt) {
            Lendable entry = byStatement.get(stmt);
            if (entry == null) {
                return false;
            }
            entry.lent = false;
            return true;
        }

        synchronized int size() {
            return statements.size();
        }

        private static void closeQuietly(Statement statement) {
            try {
                statement.close();
            } catch (SQLException e) {
                // The statement is dropped either way.
            }
        }
    }

    /** A kept statement, and whether a statement of some handle is using it now. */
    private static final class Lendable {
        final PreparedStatement statement;
        boolean lent;

        Lendable(PreparedStatement statement) {
            this.statement = statement;
        }
    }
}
