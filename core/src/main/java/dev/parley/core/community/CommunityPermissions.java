package dev.parley.core.community;

import dev.parley.domain.channel.Channel;
import dev.parley.domain.community.Community;
import dev.parley.domain.community.Member;
import dev.parley.domain.permission.MemberContext;
import dev.parley.domain.permission.Overwrite;
import dev.parley.domain.permission.Permission;
import dev.parley.domain.permission.PermissionCalculator;
import dev.parley.domain.permission.PermissionSet;
import dev.parley.domain.role.Role;
import dev.parley.store.Tx;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The permission facts of one community, loaded once (the community, its roles, its channels) and
 * then asked about any number of members without going back to the store. Every answer comes from
 * the same calculator as {@link Access}, so READY, the gateway's router and live-permission events
 * agree with REST.
 *
 * <p>Members who hold the same roles, do not own the community and have no overwrite of their own
 * see the same channels, so that answer is computed once per set of roles: asking for 10,000
 * members costs a handful of calculations. The facts never change once loaded, and the answers
 * ({@link #base}, {@link #in}, {@link #visibleTo}) are safe to ask from several threads at once, so
 * an instance may be kept and shared while its facts stay current (READY's kept communities).
 */
public final class CommunityPermissions {
    private static final int MEMBER_PAGE = 1000;

    private final Community community;
    private final Map<Long, Role> roles;
    private final List<Channel> channels;
    private final Map<Long, Channel> channelsById;
    private final Set<Long> usersWithOverwrites;
    private final Map<Set<Long>, Set<Long>> visibleByRoles = new ConcurrentHashMap<>();

    private CommunityPermissions(Community community, Map<Long, Role> roles, List<Channel> channels) {
        this.community = community;
        this.roles = roles;
        this.channels = channels;
        this.channelsById = channels.stream().collect(Collectors.toMap(Channel::id, Function.identity()));
        this.usersWithOverwrites = channels.stream().flatMap(ch -> ch.overwrites().stream())
                .filter(o -> o.target() == Overwrite.Target.MEMBER).map(Overwrite::targetId)
                .collect(Collectors.toSet());
    }

    /** The facts of the community as {@code tx} sees them; empty if there is no such community. */
    public static Optional<CommunityPermissions> load(Tx tx, long communityId) {
        return tx.communities().byId(communityId).map(community -> new CommunityPermissions(community,
                byId(tx.roles().ofCommunity(communityId)), tx.channels().ofCommunity(communityId)));
    }

    /**
     * The facts of each of {@code communities} (already read in {@code tx}), by community id: a
     * fixed number of reads for their roles and channels, however many there are.
     */
    public static Map<Long, CommunityPermissions> loadAll(Tx tx, Collection<Community> communities) {
        List<Long> ids = communities.stream().map(Community::id).toList();
        Map<Long, List<Role>> roles = tx.roles().ofCommunities(ids);
        Map<Long, List<Channel>> channels = tx.channels().ofCommunities(ids);
        Map<Long, CommunityPermissions> facts = new HashMap<>();
        for (Community community : communities) {
            facts.put(community.id(), new CommunityPermissions(community,
                    byId(roles.getOrDefault(community.id(), List.of())), channels.getOrDefault(community.id(), List.of())));
        }
        return facts;
    }

    private static Map<Long, Role> byId(List<Role> roles) {
        return roles.stream().collect(Collectors.toMap(Role::id, Function.identity()));
    }

    public Community community() {
        return community;
    }

    public Map<Long, Role> roles() {
        return roles;
    }

    /** Every channel of the community, categories included, by position then id. */
    public List<Channel> channels() {
        return channels;
    }

    public Optional<Channel> channel(long channelId) {
        return Optional.ofNullable(channelsById.get(channelId));
    }

    /** The member's community-level permissions. */
    public PermissionSet base(Member member) {
        return PermissionCalculator.base(Access.contextOf(community, roles, member));
    }

    /** The member's permissions in one of the community's channels. */
    public PermissionSet in(Member member, Channel channel) {
        return in(Access.contextOf(community, roles, member), channel);
    }

    /** The ids of the channels (categories included) on which the member holds VIEW_CHANNEL. */
    public Set<Long> visibleTo(Member member) {
        boolean shared = member.userId() != community.ownerId() && !usersWithOverwrites.contains(member.userId());
        if (shared) {
            return visibleByRoles.computeIfAbsent(member.roleIds(), roleIds -> compute(member));
        }
        return compute(member);
    }

    /** For each member among {@code members}, the channels they can see. */
    public Map<Long, Set<Long>> visibleTo(Collection<Member> members) {
        Map<Long, Set<Long>> visible = new HashMap<>();
        for (Member member : members) {
            visible.put(member.userId(), visibleTo(member));
        }
        return visible;
    }

    /** For every member of the community, the channels they can see. Reads the members page by page. */
    public Map<Long, Set<Long>> visibleToAll(Tx tx) {
        Map<Long, Set<Long>> visible = new HashMap<>();
        forEachMember(tx, member -> visible.put(member.userId(), visibleTo(member)));
        return visible;
    }

    /** The members holding {@code permission} at community level (owners and administrators hold all). */
    public Set<Long> holding(Tx tx, Permission permission) {
        Map<Set<Long>, Boolean> byRoles = new HashMap<>();
        Set<Long> holders = new HashSet<>();
        forEachMember(tx, member -> {
            boolean holds = member.userId() == community.ownerId()
                    || byRoles.computeIfAbsent(member.roleIds(), roleIds -> base(member).has(permission));
            if (holds) {
                holders.add(member.userId());
            }
        });
        return holders;
    }

    private Set<Long> compute(Member member) {
        MemberContext context = Access.contextOf(community, roles, member);
        Set<Long> visible = new LinkedHashSet<>();
        for (Channel channel : channels) {
            if (in(context, channel).has(Permission.VIEW_CHANNEL)) {
                visible.add(channel.id());
            }
        }
        return Set.copyOf(visible);
    }

    private PermissionSet in(MemberContext context, Channel channel) {
        Channel category = channel.parentId() == null ? null : channelsById.get(channel.parentId());
        return PermissionCalculator.inChannel(context, channel.type(),
                PermissionCalculator.effectiveOverwrites(channel, category));
    }

    private void forEachMember(Tx tx, Consumer<Member> action) {
        long after = 0;
        while (true) {
            List<Member> page = tx.members().page(community.id(), after, MEMBER_PAGE);
            page.forEach(action);
            if (page.size() < MEMBER_PAGE) {
                return;
            }
            after = page.getLast().userId();
        }
    }
}
