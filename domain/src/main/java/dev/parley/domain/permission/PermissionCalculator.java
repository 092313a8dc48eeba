package dev.parley.domain.permission;

import static dev.parley.domain.permission.Permission.ADMINISTRATOR;
import static dev.parley.domain.permission.Permission.ATTACH_FILES;
import static dev.parley.domain.permission.Permission.EMBED_LINKS;
import static dev.parley.domain.permission.Permission.MANAGE_MESSAGES;
import static dev.parley.domain.permission.Permission.MENTION_EVERYONE;
import static dev.parley.domain.permission.Permission.SEND_MESSAGES;
import static dev.parley.domain.permission.Permission.VIEW_CHANNEL;

import dev.parley.domain.channel.Channel;
import dev.parley.domain.channel.ChannelType;
import dev.parley.domain.role.Role;
import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;

/**
 * Computes what a member may do, in the community and in one channel, following Discord's
 * documented algorithm. Pure functions: same facts in, same set out.
 */
public final class PermissionCalculator {

    /** Meaningless without SEND_MESSAGES, so they go when it goes. */
    private static final PermissionSet NEEDS_SEND = PermissionSet.of(MENTION_EVERYONE, ATTACH_FILES, EMBED_LINKS);
    /** Administrator is a community-level grant: a channel overwrite can neither give nor take it. */
    private static final PermissionSet NOT_OVERWRITABLE = PermissionSet.of(ADMINISTRATOR);

    private PermissionCalculator() {
    }

    /**
     * The member's community-level permissions: {@code @everyone}'s plus those of every role held
     * (roles only add). The owner, and anyone whose roles grant ADMINISTRATOR, gets
     * {@link PermissionSet#ALL}.
     */
    public static PermissionSet base(MemberContext m) {
        if (m.isOwner()) {
            return PermissionSet.ALL;
        }
        PermissionSet granted = m.everyone().permissions();
        for (Role role : m.roles()) {
            granted = granted.plus(role.permissions());
        }
        return granted.has(ADMINISTRATOR) ? PermissionSet.ALL : granted;
    }

    /**
     * The member's permissions in a channel of {@code type} whose effective overwrites (see
     * {@link #effectiveOverwrites}) are {@code overwrites}.
     *
     * <p>Owner and ADMINISTRATOR get {@link PermissionSet#ALL}; overwrites do not apply to them.
     * Everyone else starts from {@link #base} and overwrites apply in three levels, each level
     * removing its denies before adding its allows, so a later level wins over an earlier one:
     * <ol>
     *   <li>the overwrite of the {@code @everyone} role;
     *   <li>the overwrites of the roles the member holds, merged: all their denies, then all their
     *       allows, so an allow from one role beats a deny from another whatever their positions;
     *   <li>the member's own overwrite.
     * </ol>
     * Overwrites for roles the member does not hold or for other members are ignored, and
     * ADMINISTRATOR bits in overwrites are ignored. Then the implicit rules: without VIEW_CHANNEL
     * the result is {@link PermissionSet#NONE}; in an ANNOUNCEMENT channel SEND_MESSAGES needs
     * MANAGE_MESSAGES; without SEND_MESSAGES, MENTION_EVERYONE, ATTACH_FILES and EMBED_LINKS go too.
     */
    public static PermissionSet inChannel(MemberContext m, ChannelType type, List<Overwrite> overwrites) {
        Objects.requireNonNull(type, "type");
        PermissionSet base = base(m);
        if (base.has(ADMINISTRATOR)) {
            return PermissionSet.ALL; // owner or administrator: nothing below can restrict them
        }
        long everyoneId = m.everyone().id();
        PermissionSet result = base;
        result = apply(result, overwrites, o -> o.target() == Overwrite.Target.ROLE && o.targetId() == everyoneId);
        // MemberContext never lists @everyone among the held roles, so its overwrite is not applied twice.
        result = apply(result, overwrites, o -> o.target() == Overwrite.Target.ROLE && m.holdsRole(o.targetId()));
        result = apply(result, overwrites, o -> o.target() == Overwrite.Target.MEMBER && o.targetId() == m.userId());
        return implicitRules(result, type);
    }

    /**
     * The overwrites that govern {@code channel}: its category's when it is synced with the category
     * and the category is given, otherwise its own. A given category must be a CATEGORY channel and
     * the channel's parent; anything else is a caller bug and throws {@link IllegalArgumentException}.
     */
    public static List<Overwrite> effectiveOverwrites(Channel channel, Channel categoryOrNull) {
        if (categoryOrNull == null) {
            return channel.overwrites();
        }
        if (categoryOrNull.type() != ChannelType.CATEGORY
                || !Objects.equals(channel.parentId(), categoryOrNull.id())) {
            throw new IllegalArgumentException(
                    "channel " + categoryOrNull.id() + " is not the category of channel " + channel.id());
        }
        return channel.syncedWithCategory() ? categoryOrNull.overwrites() : channel.overwrites();
    }

    /** One level: the union of the matching denies is removed, then the union of their allows added. */
    private static PermissionSet apply(PermissionSet current, List<Overwrite> overwrites, Predicate<Overwrite> matches) {
        PermissionSet deny = PermissionSet.NONE;
        PermissionSet allow = PermissionSet.NONE;
        for (Overwrite o : overwrites) {
            if (matches.test(o)) {
                deny = deny.plus(o.deny());
                allow = allow.plus(o.allow());
            }
        }
        return current.minus(deny.minus(NOT_OVERWRITABLE)).plus(allow.minus(NOT_OVERWRITABLE));
    }

    private static PermissionSet implicitRules(PermissionSet p, ChannelType type) {
        if (!p.has(VIEW_CHANNEL)) {
            return PermissionSet.NONE; // a channel you cannot see grants nothing
        }
        boolean onlyModeratorsPost = switch (type) {
            case ANNOUNCEMENT -> true;
            case TEXT, CATEGORY -> false;
        };
        if (onlyModeratorsPost && !p.has(MANAGE_MESSAGES)) {
            p = p.minus(PermissionSet.of(SEND_MESSAGES));
        }
        if (!p.has(SEND_MESSAGES)) {
            p = p.minus(NEEDS_SEND);
        }
        return p;
    }
}
