package dev.parley.core.delivery;

import dev.parley.core.Caller;
import dev.parley.core.Failure;
import dev.parley.core.Mutations;
import dev.parley.core.Views;
import dev.parley.core.auth.Accounts;
import dev.parley.core.community.JoinedCommunity;
import dev.parley.core.conversation.Conversations;
import dev.parley.core.readstate.ReadStates;
import dev.parley.core.user.Privacy;
import dev.parley.domain.conversation.Conversation;
import dev.parley.domain.role.Role;
import dev.parley.domain.user.User;
import dev.parley.protocol.community.RoleView;
import dev.parley.protocol.gateway.CommunitySnapshot;
import dev.parley.protocol.gateway.GatewayLimits;
import dev.parley.protocol.message.ReadStateView;
import dev.parley.store.Tx;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The READY snapshot (gateway.md §4), consistent at one instant and tied to an event log position.
 * It is read with a fixed number of statements, however many communities, channels and
 * conversations the user has: each kind of row is read for all of them at once.
 */
public final class Snapshots {
    private final Mutations mutations;
    private final Accounts accounts;
    private final int largeCommunityMembers;

    /** Communities above {@link GatewayLimits#LARGE_COMMUNITY_MEMBERS} members are {@code large}. */
    public Snapshots(Mutations mutations, Accounts accounts) {
        this(mutations, accounts, GatewayLimits.LARGE_COMMUNITY_MEMBERS);
    }

    public Snapshots(Mutations mutations, Accounts accounts, int largeCommunityMembers) {
        this.mutations = mutations;
        this.accounts = accounts;
        this.largeCommunityMembers = largeCommunityMembers;
    }

    /** Who an IDENTIFY authenticated as, and their snapshot. */
    public record Identified(Caller caller, ReadySnapshot snapshot) {
    }

    /**
     * IDENTIFY: the access token checked as {@link Accounts#authenticate} checks it, and the
     * caller's snapshot read in the transaction that found their login session active, so a
     * session revoked before that instant is refused and one revoked after it is in the log
     * after {@link ReadySnapshot#position()}.
     *
     * @throws Failure TOKEN_INVALID or TOKEN_EXPIRED, as {@link Accounts#authenticate}
     */
    public Identified identify(String accessToken, String ip) {
        return accounts.readAuthenticated(accessToken, ip,
                (tx, caller, user) -> new Identified(caller, ready(tx, caller, user, largeCommunityMembers)));
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
        return mutations.read(tx -> ready(tx, caller,
                tx.users().byId(caller.userId()).filter(u -> !u.deleted()).orElseThrow(() -> Failure.notFound("user")),
                largeCommunityMembers));
    }

    /** The snapshot of a caller whose account {@code user} was read in {@code tx}. */
    private static ReadySnapshot ready(Tx tx, Caller caller, User user, int largeCommunityMembers) {
        long userId = caller.userId();
        long position = tx.events().head();
        List<JoinedCommunity> joined = JoinedCommunity.ofUser(tx, userId);
        Map<Long, Integer> memberCounts = tx.members().counts(joined.stream().map(JoinedCommunity::id).toList());
        List<CommunitySnapshot> communities = joined.stream()
                .map(j -> community(j, user, memberCounts.get(j.id()), largeCommunityMembers)).toList();
        List<Conversation> conversations = tx.conversations().ofUser(userId);
        List<ReadStates.Seen> seen = new ArrayList<>(ReadStates.seen(joined));
        conversations.forEach(c -> seen.add(ReadStates.Seen.conversation(c.id())));
        Map<Long, ReadStateView> readStates = ReadStates.views(tx, userId, seen);
        return new ReadySnapshot(position, Views.self(user), Privacy.get(tx, userId), communities,
                Conversations.list(tx, userId, conversations, readStates), List.copyOf(readStates.values()));
    }

    private static CommunitySnapshot community(JoinedCommunity joined, User user, int memberCount,
                                               int largeCommunityMembers) {
        Set<Long> visible = joined.facts().visibleTo(joined.member());
        var channels = joined.facts().channels().stream().filter(ch -> visible.contains(ch.id())).map(Views::channel).toList();
        List<RoleView> roles = joined.facts().roles().values().stream()
                .sorted(Comparator.comparingInt(Role::position).thenComparingLong(Role::id))
                .map(Views::role).toList();
        return new CommunitySnapshot(Views.community(joined.community(), memberCount), channels, roles,
                Views.member(joined.member(), user), memberCount > largeCommunityMembers);
    }
}
