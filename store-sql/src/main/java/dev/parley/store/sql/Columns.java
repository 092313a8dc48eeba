package dev.parley.store.sql;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;

/**
 * Column encodings shared by the row mappers: instants are epoch milliseconds (so sub-millisecond
 * precision is dropped on the way in), and nullable numbers come back as null rather than 0.
 */
final class Columns {
    private Columns() {
    }

    static Long millis(Instant instant) {
        return instant == null ? null : instant.toEpochMilli();
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        long millis = rs.getLong(column);
        return rs.wasNull() ? null : Instant.ofEpochMilli(millis);
    }

    static Long nullableLong(ResultSet rs, String column) throws SQLException {
        long value = rs.getLong(column);
        return rs.wasNull() ? null : value;
    }

    static Integer nullableInt(ResultSet rs, String column) throws SQLException {
        int value = rs.getInt(column);
        return rs.wasNull() ? null : value;
    }
}
