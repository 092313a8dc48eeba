package dev.parley.core.delivery;

import dev.parley.core.Caller;
import dev.parley.core.Failure;
import dev.parley.core.Mutations;
import dev.parley.core.Views;
import dev.parley.core.community.CommunityPermissions;
import dev.parley.core.conversation.Conversations;
import dev.parley.core.readstate.ReadStates;
import dev.parley.core.user.Privacy;
import dev.parley.domain.community.Community;
import dev.parley.domain.community.Member;
import dev.parley.domain.role.Role;
import dev.parley.protocol.community.RoleView;
import dev.parley.protocol.gateway.CommunitySnapshot;
import dev.parley.protocol.gateway.GatewayLimits;
import dev.parley.store.Tx;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/** The READY snapshot (gateway.md §4), consistent at one instant and tied to an event log position. */
public final class Snapshots {
    private final Mutations mutations;
    private final int largeCommunityMembers;

    /** Communities above {@link GatewayLimits#LARGE_COMMUNITY_MEMBERS} members are {@code large}. */
    public Snapshots(Mutations mutations) {
        this(mutations, GatewayLimits.LARGE_COMMUNITY_MEMBERS);
    }

    public Snapshots(Mutations mutations, int largeCommunityMembers) {
        this.mutations = mutations;
        this.largeCommunityMembers = largeCommunityMembers;
    }

    public ReadySnapshot ready(Caller caller) {
        return ready(caller, largeCommunityMembers);
    }

    /**
     * The caller's snapshot, in one read transaction: their account and settings; every community
     * they are in with the channels they can see, all its roles, their member record and
     * {@code large} (more than {@code largeCommunityMembers} members); their conversations as
     * {@code GET /conversations} lists them; their read states as {@code GET /users/@me/read-states}.
     *
     * @throws Failure NOT_FOUND if the account no longer exists
     */
    public ReadySnapshot ready(Caller caller, int largeCommunityMembers) {
        long userId = caller.userId();
        return mutations.read(tx -> {
            long position = tx.events().head();
            var user = tx.users().byId(userId).filter(u -> !u.deleted()).orElseThrow(() -> Failure.notFound("user"));
            List<CommunitySnapshot> communities = new ArrayList<>();
            for (Community community : tx.communities().ofMember(userId)) {
                tx.members().get(community.id(), userId).ifPresent(member ->
                        communities.add(community(tx, community, member, largeCommunityMembers)));
            }
            return new ReadySnapshot(position, Views.self(user), Privacy.get(tx, userId), communities,
                    Conversations.list(tx, userId), ReadStates.all(tx, userId));
        });
    }

    private static CommunitySnapshot community(Tx tx, Community community, Member member, int largeCommunityMembers) {
        CommunityPermissions facts = CommunityPermissions.load(tx, community.id()).orElseThrow();
        Set<Long> visible = facts.visibleTo(member);
        var channels = facts.channels().stream().filter(ch -> visible.contains(ch.id())).map(Views::channel).toList();
        List<RoleView> roles = facts.roles().values().stream()
                .sorted(Comparator.comparingInt(Role::position).thenComparingLong(Role::id))
                .map(Views::role).toList();
        var view = Views.community(tx, community);
        return new CommunitySnapshot(view, channels, roles, Views.member(tx, member),
                view.memberCount() > largeCommunityMembers);
    }
}
