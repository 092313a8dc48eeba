package dev.parley.store.sql;

import static dev.parley.store.sql.Columns.millis;

import dev.parley.domain.channel.Channel;
import dev.parley.domain.permission.Overwrite;
import dev.parley.store.channel.ChannelStore;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jdbi.v3.core.statement.PreparedBatch;

/**
 * Channels with their overwrites, kept in list order by {@code ordinal}. Deleting a channel drops
 * its overwrites and moves the channels of a deleted category out of it ({@code ON DELETE SET
 * NULL} on {@code parent_id}).
 */
final class SqlChannelStore implements ChannelStore {
    private static final String SELECT = "SELECT " + ChannelRows.COLUMNS + " FROM channels ";

    private final Sql sql;

    SqlChannelStore(Sql sql) {
        this.sql = sql;
    }

    @Override
    public void insert(Channel channel) {
        sql.execute(sql.update("""
                INSERT INTO channels (id, community_id, type, name, topic, position, parent_id,
                                      slowmode_seconds, nsfw, synced_with_category, created_at)
                VALUES (:id, :community_id, :type, :name, :topic, :position, :parent_id,
                        :slowmode_seconds, :nsfw, :synced_with_category, :created_at)""")
                .bind("id", channel.id())
                .bind("community_id", channel.communityId())
                .bind("type", channel.type().name())
                .bind("name", channel.name())
                .bind("topic", channel.topic())
                .bind("position", channel.position())
                .bind("parent_id", channel.parentId())
                .bind("slowmode_seconds", channel.slowmodeSeconds())
                .bind("nsfw", channel.nsfw())
                .bind("synced_with_category", channel.syncedWithCategory())
                .bind("created_at", millis(channel.createdAt())));
        insertOverwrites(channel);
    }

    @Override
    public Optional<Channel> byId(long id) {
        List<Overwrite> overwrites = sql.list(sql.query(
                "SELECT " + ChannelRows.OVERWRITE_COLUMNS
                        + " FROM channel_overwrites WHERE channel_id = :id ORDER BY ordinal")
                .bind("id", id), ChannelRows::overwrite);
        return sql.one(sql.query(SELECT + "WHERE id = :id").bind("id", id),
                (rs, ctx) -> ChannelRows.channel(rs, overwrites));
    }

    @Override
    public List<Channel> ofCommunity(long communityId) {
        return ofCommunities(List.of(communityId)).getOrDefault(communityId, List.of());
    }

    /**
     * One statement per chunk of communities: each channel joined with its overwrites (a row per
     * overwrite, one with none for a channel without), folded back into channels in order.
     */
    @Override
    public Map<Long, List<Channel>> ofCommunities(Collection<Long> communityIds) {
        Map<Long, Channel> channels = new LinkedHashMap<>();
        Map<Long, List<Overwrite>> overwrites = new HashMap<>();
        sql.listIn("""
                SELECT c.id, c.community_id, c.type, c.name, c.topic, c.position, c.parent_id, c.slowmode_seconds,
                       c.nsfw, c.synced_with_category, c.created_at, o.ordinal, o.role_id, o.user_id, o.allow_bits, o.deny_bits
                  FROM channels c LEFT JOIN channel_overwrites o ON o.channel_id = c.id
                 WHERE c.community_id IN (<ids>)
                 ORDER BY c.community_id, c.position, c.id, o.ordinal""", communityIds, (rs, ctx) -> {
            long id = rs.getLong("id");
            if (!channels.containsKey(id)) {
                channels.put(id, ChannelRows.channel(rs, List.of()));
            }
            if (rs.getObject("ordinal") != null) {
                overwrites.computeIfAbsent(id, k -> new ArrayList<>()).add(ChannelRows.overwrite(rs, ctx));
            }
            return id;
        });
        return channels.values().stream()
                .map(c -> overwrites.containsKey(c.id()) ? c.with(c.name(), c.topic(), c.position(), c.parentId(),
                        c.slowmodeSeconds(), c.nsfw(), c.syncedWithCategory(), overwrites.get(c.id())) : c)
                .collect(Collectors.groupingBy(Channel::communityId));
    }

    /** Replaces every mutable field and the overwrites; id, community, type and creation stay. */
    @Override
    public void update(Channel channel) {
        sql.executeOne(sql.update("""
                UPDATE channels
                   SET name = :name, topic = :topic, position = :position, parent_id = :parent_id,
                       slowmode_seconds = :slowmode_seconds, nsfw = :nsfw,
                       synced_with_category = :synced_with_category
                 WHERE id = :id""")
                .bind("id", channel.id())
                .bind("name", channel.name())
                .bind("topic", channel.topic())
                .bind("position", channel.position())
                .bind("parent_id", channel.parentId())
                .bind("slowmode_seconds", channel.slowmodeSeconds())
                .bind("nsfw", channel.nsfw())
                .bind("synced_with_category", channel.syncedWithCategory()), "channel " + channel.id());
        sql.execute(sql.update("DELETE FROM channel_overwrites WHERE channel_id = :id").bind("id", channel.id()));
        insertOverwrites(channel);
    }

    @Override
    public void delete(long id) {
        sql.executeOne(sql.update("DELETE FROM channels WHERE id = :id").bind("id", id), "channel " + id);
    }

    private void insertOverwrites(Channel channel) {
        PreparedBatch batch = sql.batch("""
                INSERT INTO channel_overwrites (channel_id, ordinal, role_id, user_id, allow_bits, deny_bits)
                VALUES (:channel, :ordinal, :role, :user, :allow, :deny)""");
        int ordinal = 0;
        for (Overwrite o : channel.overwrites()) {
            boolean role = o.target() == Overwrite.Target.ROLE;
            batch.bind("channel", channel.id())
                    .bind("ordinal", ordinal++)
                    .bind("role", role ? o.targetId() : null)
                    .bind("user", role ? null : o.targetId())
                    .bind("allow", o.allow().bits())
                    .bind("deny", o.deny().bits())
                    .add();
        }
        sql.execute(batch);
    }
}
