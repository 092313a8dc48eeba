package dev.parley.core.channel;

import dev.parley.bus.Audience;
import dev.parley.core.Caller;
import dev.parley.core.Check;
import dev.parley.core.Failure;
import dev.parley.core.Mutations;
import dev.parley.core.Views;
import dev.parley.core.community.Access;
import dev.parley.core.community.CommunityPermissions;
import dev.parley.core.community.Visibility;
import dev.parley.domain.IdGenerator;
import dev.parley.domain.channel.Channel;
import dev.parley.domain.channel.ChannelType;
import dev.parley.domain.permission.Overwrite;
import dev.parley.domain.permission.Permission;
import dev.parley.domain.permission.PermissionCalculator;
import dev.parley.domain.permission.PermissionSet;
import dev.parley.protocol.community.ChannelView;
import dev.parley.protocol.community.CreateChannelRequest;
import dev.parley.protocol.community.PermissionsView;
import dev.parley.protocol.community.PutOverwriteRequest;
import dev.parley.protocol.community.ReorderChannelsRequest;
import dev.parley.protocol.community.UpdateChannelRequest;
import dev.parley.protocol.error.ErrorCode;
import dev.parley.protocol.event.ChannelCreated;
import dev.parley.protocol.event.ChannelDeleted;
import dev.parley.protocol.event.ChannelUpdated;
import dev.parley.store.Tx;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Channels of communities: create, read, change, delete, reorder, overwrites, and a member's
 * effective permissions. Reading needs VIEW_CHANNEL; changing needs MANAGE_CHANNELS; overwrites
 * need MANAGE_ROLES, can only grant or deny what the caller holds in the channel, and (for all but
 * the owner) only target roles and members ranked below the caller.
 *
 * <p>Invariant: a channel's effective permissions never change because it stops syncing with its
 * category. Whenever it stops (its own overwrite is set or removed, sync is turned off, it leaves
 * the category, the category is deleted), it first takes a copy of the category's overwrites.
 */
public final class Channels {
    private static final Set<String> CLEARABLE = Set.of("topic", "parent_id");
    private final Mutations mutations;
    private final IdGenerator ids;
    private final InstantSource clock;

    public Channels(Mutations mutations, IdGenerator ids, InstantSource clock) {
        this.mutations = mutations;
        this.ids = ids;
        this.clock = clock;
    }

    /** The channels of a community the caller can see, by position. */
    public List<ChannelView> list(Caller caller, long communityId) {
        return mutations.read(tx -> {
            Access access = Access.of(tx, communityId, caller.userId());
            return tx.channels().ofCommunity(communityId).stream()
                    .filter(ch -> access.in(tx, ch).has(Permission.VIEW_CHANNEL))
                    .map(Views::channel).toList();
        });
    }

    public ChannelView get(Caller caller, long channelId) {
        return mutations.read(tx -> Views.channel(visible(tx, caller, channelId).channel()));
    }

    public ChannelView create(Caller caller, long communityId, CreateChannelRequest request) {
        ChannelType type = parseType(request.type());
        Check check = Check.start().require("name", request.name());
        checkName(check, type, request.name());
        check.paragraph("topic", request.topic(), 0, ChannelRules.TOPIC_MAX)
                .range("position", request.position(), 0, ChannelRules.POSITION_MAX)
                .range("slowmode_seconds", request.slowmodeSeconds(), 0, ChannelRules.SLOWMODE_MAX);
        if (type == ChannelType.CATEGORY && request.parentId() != null) {
            check.fail("parent_id", "a category cannot be inside a category");
        }
        check.orThrow();
        return mutations.apply(c -> {
            Access access = Access.of(c.tx(), communityId, caller.userId());
            access.require(Permission.MANAGE_CHANNELS);
            List<Channel> existing = c.tx().channels().ofCommunity(communityId);
            if (existing.size() >= ChannelRules.PER_COMMUNITY_MAX) {
                throw Failure.of(ErrorCode.CONFLICT, "A community has at most " + ChannelRules.PER_COMMUNITY_MAX + " channels.");
            }
            Long parent = request.parentId();
            if (parent != null) {
                requireCategory(c.tx(), communityId, parent);
            }
            int position = request.position() != null ? request.position()
                    : existing.stream().mapToInt(Channel::position).max().orElse(-1) + 1;
            Channel channel = new Channel(ids.next(), communityId, type, request.name().strip(), Check.blankToNull(request.topic()),
                    position, parent, orZero(request.slowmodeSeconds()), Boolean.TRUE.equals(request.nsfw()),
                    parent != null, List.of(), clock.instant());
            c.tx().channels().insert(channel);
            ChannelView view = Views.channel(channel);
            // Its viewers, resolved at delivery, are exactly the members it appears for: no live-permission event follows.
            c.emit(new Audience.Channel(communityId, channel.id()), new ChannelCreated(view));
            return view;
        });
    }

    public ChannelView update(Caller caller, long channelId, UpdateChannelRequest request) {
        Set<String> set = new HashSet<>();
        if (request.topic() != null) {
            set.add("topic");
        }
        if (request.parentId() != null) {
            set.add("parent_id");
        }
        Check check = Check.start()
                .paragraph("topic", request.topic(), 0, ChannelRules.TOPIC_MAX)
                .range("position", request.position(), 0, ChannelRules.POSITION_MAX)
                .range("slowmode_seconds", request.slowmodeSeconds(), 0, ChannelRules.SLOWMODE_MAX)
                .clears(request.clear(), CLEARABLE, set);
        check.orThrow();
        return mutations.apply(c -> {
            Visible v = visible(c.tx(), caller, channelId);
            v.access().require(c.tx(), v.channel(), Permission.MANAGE_CHANNELS);
            Channel old = v.channel();
            Check names = Check.start();
            if (request.name() != null) {
                checkName(names, old.type(), request.name());
            }
            if (old.type() == ChannelType.CATEGORY && request.parentId() != null) {
                names.fail("parent_id", "a category cannot be inside a category");
            }
            names.orThrow();
            List<String> clear = request.clear() == null ? List.of() : request.clear();
            Long parent = clear.contains("parent_id") ? null : request.parentId() != null ? request.parentId() : old.parentId();
            if (request.parentId() != null) {
                requireCategory(c.tx(), old.communityId(), request.parentId());
            }
            boolean synced = parent != null
                    && (request.syncedWithCategory() == null ? old.syncedWithCategory() : request.syncedWithCategory());
            boolean stopsSyncing = usesCategory(old) && !synced;
            Channel updated = old.with(
                    request.name() == null ? old.name() : request.name().strip(),
                    clear.contains("topic") ? null : request.topic() == null ? old.topic() : Check.blankToNull(request.topic()),
                    request.position() == null ? old.position() : request.position(),
                    parent,
                    request.slowmodeSeconds() == null ? old.slowmodeSeconds() : request.slowmodeSeconds(),
                    request.nsfw() == null ? old.nsfw() : request.nsfw(),
                    synced,
                    stopsSyncing ? effective(c.tx(), old) : old.overwrites());
            // Only the parent and syncing can change whose overwrites govern the channel.
            boolean mayMove = request.parentId() != null || clear.contains("parent_id") || request.syncedWithCategory() != null;
            Visibility before = mayMove ? Visibility.before(c.tx(), old.communityId()) : null;
            ChannelView view = save(c, updated);
            if (before != null) {
                before.announce(c);
            }
            return view;
        });
    }

    public void delete(Caller caller, long channelId) {
        mutations.apply(c -> {
            Visible v = visible(c.tx(), caller, channelId);
            v.access().require(c.tx(), v.channel(), Permission.MANAGE_CHANNELS);
            long communityId = v.channel().communityId();
            Set<Long> viewers = viewersOf(c.tx(), communityId, channelId);
            List<Channel> children = c.tx().channels().ofCommunity(communityId).stream()
                    .filter(ch -> Long.valueOf(channelId).equals(ch.parentId())).toList();
            for (Channel child : children) {
                if (child.syncedWithCategory()) {
                    c.tx().channels().update(withOverwrites(child, v.channel().overwrites()));
                }
            }
            c.tx().channels().delete(channelId);
            // The children keep their effective overwrites (class invariant), so nobody's view of them changes.
            for (Channel child : children) {
                c.tx().channels().byId(child.id()).ifPresent(moved -> c.emit(
                        new Audience.Channel(communityId, moved.id()), new ChannelUpdated(Views.channel(moved))));
            }
            c.emit(new Audience.Users(viewers), new ChannelDeleted(communityId, channelId));
            return null;
        });
    }

    /** Sets several positions in one change; every id must be a channel of the community. */
    public List<ChannelView> reorder(Caller caller, long communityId, ReorderChannelsRequest request) {
        Check check = Check.start().require("channels", request.channels());
        if (request.channels() != null) {
            if (request.channels().isEmpty() || request.channels().size() > ChannelRules.PER_COMMUNITY_MAX) {
                check.fail("channels", "must list 1 to " + ChannelRules.PER_COMMUNITY_MAX + " channels");
            }
            Set<Long> seen = new HashSet<>();
            for (int i = 0; i < request.channels().size(); i++) {
                var entry = request.channels().get(i);
                if (entry == null || entry.id() == null || entry.position() == null) {
                    check.fail("channels[" + i + "]", "needs id and position");
                } else {
                    check.range("channels[" + i + "].position", entry.position(), 0, ChannelRules.POSITION_MAX);
                    if (!seen.add(entry.id())) {
                        check.fail("channels[" + i + "].id", "is listed twice");
                    }
                }
            }
        }
        check.orThrow();
        return mutations.apply(c -> {
            Access access = Access.of(c.tx(), communityId, caller.userId());
            access.require(Permission.MANAGE_CHANNELS);
            List<ChannelView> views = new ArrayList<>();
            for (var entry : request.channels()) {
                Channel old = access.visibleChannel(c.tx(), entry.id());
                if (old.position() != entry.position()) {
                    views.add(save(c, old.with(old.name(), old.topic(), entry.position(), old.parentId(), old.slowmodeSeconds(),
                            old.nsfw(), old.syncedWithCategory(), old.overwrites())));
                }
            }
            return views;
        });
    }

    /**
     * Sets the overwrite for one role or member; a channel with its own overwrite stops syncing.
     * Replacing an overwrite counts as removing the old one too: the caller must hold its bits.
     */
    public ChannelView putOverwrite(Caller caller, long channelId, long targetId, PutOverwriteRequest request) {
        Check.start().require("type", request.type()).orThrow();
        Overwrite.Target target = switch (request.type()) {
            case "role" -> Overwrite.Target.ROLE;
            case "member" -> Overwrite.Target.MEMBER;
            default -> throw Failure.invalid("type", "must be role or member");
        };
        PermissionSet allow = Check.permissionBits("allow", request.allow());
        PermissionSet deny = Check.permissionBits("deny", request.deny());
        return mutations.apply(c -> {
            Visible v = visible(c.tx(), caller, channelId);
            v.access().require(c.tx(), v.channel(), Permission.MANAGE_ROLES);
            if (target == Overwrite.Target.ROLE) {
                v.access().role(targetId);
            } else {
                c.tx().members().get(v.channel().communityId(), targetId).orElseThrow(() -> Failure.notFound("member"));
            }
            List<Overwrite> current = effective(c.tx(), v.channel());
            PermissionSet touched = allow.plus(deny);
            for (Overwrite old : current) {
                if (old.target() == target && old.targetId() == targetId) {
                    touched = touched.plus(old.allow()).plus(old.deny());
                }
            }
            requireMayOverwrite(c.tx(), v, target, targetId, touched);
            return saveAndAnnounce(c, withOverwrites(v.channel(), replace(current, target, targetId,
                    new Overwrite(target, targetId, allow, deny))));
        });
    }

    public ChannelView deleteOverwrite(Caller caller, long channelId, long targetId) {
        return mutations.apply(c -> {
            Visible v = visible(c.tx(), caller, channelId);
            v.access().require(c.tx(), v.channel(), Permission.MANAGE_ROLES);
            List<Overwrite> current = effective(c.tx(), v.channel());
            Overwrite removed = current.stream().filter(o -> o.targetId() == targetId).findFirst()
                    .orElseThrow(() -> Failure.notFound("overwrite"));
            requireMayOverwrite(c.tx(), v, removed.target(), targetId, removed.allow().plus(removed.deny()));
            return saveAndAnnounce(c, withOverwrites(v.channel(), current.stream().filter(o -> o.targetId() != targetId).toList()));
        });
    }

    /**
     * Who, holding MANAGE_ROLES in the channel, may set or remove an overwrite: for all but the
     * owner, only someone ranked above its target role or member; and only someone holding, in the
     * channel, every bit it grants or denies. A member's overwrite for themself needs no rank, only
     * the bits, so nobody grants themself anything they lack. A target that no longer exists has
     * no rank to protect.
     */
    private static void requireMayOverwrite(Tx tx, Visible v, Overwrite.Target target, long targetId, PermissionSet bits) {
        Access access = v.access();
        if (!access.owner()) {
            if (target == Overwrite.Target.ROLE) {
                Optional.ofNullable(access.roles().get(targetId)).ifPresent(access::requireAbove);
            } else if (targetId != access.member().userId()) {
                tx.members().get(v.channel().communityId(), targetId).ifPresent(access::requireAbove);
            }
        }
        access.requireHolds(tx, v.channel(), bits);
    }

    /** A member's effective permissions in a channel the caller can see. */
    public PermissionsView permissions(Caller caller, long channelId, long userId) {
        return mutations.read(tx -> {
            Visible v = visible(tx, caller, channelId);
            var member = tx.members().get(v.channel().communityId(), userId).orElseThrow(() -> Failure.notFound("member"));
            Access theirs = Access.of(tx, v.channel().communityId(), member.userId());
            PermissionSet set = theirs.in(tx, v.channel());
            return new PermissionsView(userId, channelId, set.bits(), set.toList().stream().map(Enum::name).toList());
        });
    }

    private record Visible(Access access, Channel channel) {
    }

    private static Visible visible(Tx tx, Caller caller, long channelId) {
        Channel channel = tx.channels().byId(channelId).orElseThrow(() -> Failure.notFound("channel"));
        Access access;
        try {
            access = Access.of(tx, channel.communityId(), caller.userId());
        } catch (Failure notMember) {
            throw Failure.notFound("channel");
        }
        return new Visible(access, access.visibleChannel(tx, channelId));
    }

    /** Stores the channel and tells its viewers after the change (resolved at delivery). */
    private static ChannelView save(Mutations.Changes c, Channel channel) {
        c.tx().channels().update(channel);
        ChannelView view = Views.channel(channel);
        c.emit(new Audience.Channel(channel.communityId(), channel.id()), new ChannelUpdated(view));
        return view;
    }

    /** {@link #save}, then ChannelDeleted / ChannelCreated to the members the new overwrites hide it from or show it to. */
    private static ChannelView saveAndAnnounce(Mutations.Changes c, Channel channel) {
        Visibility before = Visibility.before(c.tx(), channel.communityId());
        ChannelView view = save(c, channel);
        before.announce(c);
        return view;
    }

    /** The members who can see the channel now. */
    private static Set<Long> viewersOf(Tx tx, long communityId, long channelId) {
        Set<Long> viewers = new HashSet<>();
        CommunityPermissions.load(tx, communityId).ifPresent(facts -> facts.visibleToAll(tx).forEach((userId, visible) -> {
            if (visible.contains(channelId)) {
                viewers.add(userId);
            }
        }));
        return viewers;
    }

    /** Whether the channel's permissions come from its category's overwrites rather than its own. */
    private static boolean usesCategory(Channel ch) {
        return ch.syncedWithCategory() && ch.parentId() != null;
    }

    /** The overwrites that govern the channel now: its category's while synced with one, else its own. */
    private static List<Overwrite> effective(Tx tx, Channel ch) {
        Channel category = ch.parentId() == null ? null : tx.channels().byId(ch.parentId()).orElse(null);
        return PermissionCalculator.effectiveOverwrites(ch, category);
    }

    /** The channel with these overwrites of its own, no longer synced with its category. */
    private static Channel withOverwrites(Channel ch, List<Overwrite> overwrites) {
        return ch.with(ch.name(), ch.topic(), ch.position(), ch.parentId(), ch.slowmodeSeconds(), ch.nsfw(), false, overwrites);
    }

    private static List<Overwrite> replace(List<Overwrite> list, Overwrite.Target target, long targetId, Overwrite value) {
        List<Overwrite> out = new ArrayList<>(list.stream().filter(o -> !(o.target() == target && o.targetId() == targetId)).toList());
        out.add(value);
        return out;
    }

    private static void requireCategory(Tx tx, long communityId, long parentId) {
        tx.channels().byId(parentId)
                .filter(p -> p.communityId() == communityId && p.type() == ChannelType.CATEGORY)
                .orElseThrow(() -> Failure.invalid("parent_id", "is not a category of this community"));
    }

    private static void checkName(Check check, ChannelType type, String name) {
        if (type == ChannelType.CATEGORY) {
            check.line("name", name, 1, ChannelRules.NAME_MAX);
        } else {
            check.matches("name", name, ChannelRules.TEXT_NAME,
                    "must be 1 to 100 lowercase letters, digits, '-' or '_'");
        }
    }

    private static ChannelType parseType(String type) {
        if (type == null) {
            return ChannelType.TEXT;
        }
        return switch (type) {
            case "text" -> ChannelType.TEXT;
            case "category" -> ChannelType.CATEGORY;
            case "announcement" -> ChannelType.ANNOUNCEMENT;
            default -> throw Failure.invalid("type", "must be text, category or announcement");
        };
    }


    private static int orZero(Integer value) {
        return value == null ? 0 : value;
    }
}
