package dev.parley.store.sql;

import static dev.parley.store.sql.Columns.instant;
import static dev.parley.store.sql.Columns.nullableLong;

import dev.parley.domain.channel.Channel;
import dev.parley.domain.channel.ChannelType;
import dev.parley.domain.permission.Overwrite;
import dev.parley.domain.permission.PermissionSet;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import org.jdbi.v3.core.statement.StatementContext;

/**
 * Row mappers for {@code channels} and {@code channel_overwrites}. The channel type is stored as
 * its enum name; an overwrite's target is whichever of {@code role_id} / {@code user_id} is set
 * (role targets are a real foreign key, so deleting the role drops the overwrite).
 */
final class ChannelRows {
    static final String COLUMNS = "id, community_id, type, name, topic, position, parent_id, "
            + "slowmode_seconds, nsfw, synced_with_category, created_at";
    static final String OVERWRITE_COLUMNS = "channel_id, ordinal, role_id, user_id, allow_bits, deny_bits";

    private ChannelRows() {
    }

    /** A channel row with its overwrites loaded separately. */
    static Channel channel(ResultSet rs, List<Overwrite> overwrites) throws SQLException {
        return new Channel(
                rs.getLong("id"),
                rs.getLong("community_id"),
                ChannelType.valueOf(rs.getString("type")),
                rs.getString("name"),
                rs.getString("topic"),
                rs.getInt("position"),
                nullableLong(rs, "parent_id"),
                rs.getInt("slowmode_seconds"),
                rs.getBoolean("nsfw"),
                rs.getBoolean("synced_with_category"),
                overwrites,
                instant(rs, "created_at"));
    }

    static Overwrite overwrite(ResultSet rs, StatementContext ctx) throws SQLException {
        Long roleId = nullableLong(rs, "role_id");
        return new Overwrite(
                roleId != null ? Overwrite.Target.ROLE : Overwrite.Target.MEMBER,
                roleId != null ? roleId : rs.getLong("user_id"),
                new PermissionSet(rs.getLong("allow_bits")),
                new PermissionSet(rs.getLong("deny_bits")));
    }
}
