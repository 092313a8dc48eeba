package dev.parley.store.sql;

import dev.parley.store.message.UnreadCounts;
import dev.parley.store.message.UnreadFrom;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.statement.Query;

/**
 * {@link dev.parley.store.message.MessageStore#unreadAfter}: one statement for up to
 * {@link #MAX_ROWS} channels. The channels with their read positions are a {@code VALUES} table,
 * {@code wanted}, and the reader's roles per channel another, {@code wanted_roles}; for each
 * wanted row, two correlated subqueries count exactly what {@link SqlMessageStore#COUNT_AFTER}
 * and {@link SqlMentions#countAfterSql(boolean)} count for one channel, written from the same text
 * so that the two can never disagree, and through the same indexes.
 */
final class SqlUnreadCounts {
    /** At most this many channels, and this many (channel, role) pairs, per statement: two bound values each. */
    static final int MAX_ROWS = IdChunks.SIZE;

    private final Sql sql;

    SqlUnreadCounts(Sql sql) {
        this.sql = sql;
    }

    Map<Long, UnreadCounts> count(long readerId, Collection<UnreadFrom> from) {
        Map<Long, UnreadCounts> counts = new HashMap<>();
        for (List<UnreadFrom> chunk : chunks(from)) {
            int pairs = chunk.stream().mapToInt(f -> f.roleIds().size()).sum();
            Query query = sql.query(statement(chunk.size(), pairs)).bind("reader", readerId);
            int pair = 0;
            for (int i = 0; i < chunk.size(); i++) {
                UnreadFrom f = chunk.get(i);
                query.bind("c" + i, f.channelId()).bind("a" + i, f.afterSeq());
                for (long roleId : f.roleIds()) {
                    query.bind("rc" + pair, f.channelId()).bind("r" + pair, roleId);
                    pair++;
                }
            }
            sql.list(query, (rs, ctx) -> counts.put(rs.getLong("channel_id"),
                    new UnreadCounts(rs.getInt("unread"), rs.getInt("mentions"))));
        }
        return counts;
    }

    /**
     * The statement for {@code channels} wanted rows ({@code :c0, :a0, ...}) and {@code pairs}
     * role rows ({@code :rc0, :r0, ...}); without pairs the role branch is left out, since an
     * empty {@code VALUES} is not valid SQL.
     */
    static String statement(int channels, int pairs) {
        StringBuilder s = new StringBuilder("WITH wanted(channel_id, after_seq) AS (VALUES ");
        values(s, channels, "c", "a");
        if (pairs > 0) {
            s.append(",\nwanted_roles(channel_id, role_id) AS (VALUES ");
            values(s, pairs, "rc", "r");
        }
        String roles = pairs > 0 ? "SELECT wr.role_id FROM wanted_roles wr WHERE wr.channel_id = :channel" : null;
        return s.append("\nSELECT w.channel_id,\n(").append(correlated(SqlMessageStore.COUNT_AFTER))
                .append(") AS unread,\n(").append(correlated(SqlMentions.countAfterSql(roles)))
                .append(") AS mentions\nFROM wanted w").toString();
    }

    /** A one-channel count made a subquery of the wanted row {@code w}. */
    private static String correlated(String oneChannel) {
        return oneChannel.replace(":channel", "w.channel_id").replace(":after", "w.after_seq");
    }

    private static void values(StringBuilder s, int rows, String first, String second) {
        for (int i = 0; i < rows; i++) {
            s.append(i == 0 ? "" : ", ").append("(:").append(first).append(i).append(", :").append(second).append(i).append(')');
        }
        s.append(')');
    }

    /** Consecutive groups of at most {@link #MAX_ROWS} channels and role pairs (a channel with more roles goes alone). */
    private static List<List<UnreadFrom>> chunks(Collection<UnreadFrom> from) {
        List<List<UnreadFrom>> chunks = new ArrayList<>();
        List<UnreadFrom> current = new ArrayList<>();
        int pairs = 0;
        for (UnreadFrom f : from) {
            if (!current.isEmpty() && (current.size() == MAX_ROWS || pairs + f.roleIds().size() > MAX_ROWS)) {
                chunks.add(current);
                current = new ArrayList<>();
                pairs = 0;
            }
            current.add(f);
            pairs += f.roleIds().size();
        }
        if (!current.isEmpty()) {
            chunks.add(current);
        }
        return chunks;
    }
}
