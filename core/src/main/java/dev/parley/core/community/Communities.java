package dev.parley.core.community;

import dev.parley.bus.Audience;
import dev.parley.core.Caller;
import dev.parley.core.Check;
import dev.parley.core.Failure;
import dev.parley.core.Mutations;
import dev.parley.core.Views;
import dev.parley.domain.IdGenerator;
import dev.parley.domain.channel.Channel;
import dev.parley.domain.channel.ChannelType;
import dev.parley.domain.community.Community;
import dev.parley.domain.community.Member;
import dev.parley.domain.permission.Permission;
import dev.parley.domain.permission.PermissionSet;
import dev.parley.domain.role.Role;
import dev.parley.protocol.community.CommunityView;
import dev.parley.protocol.community.CreateCommunityRequest;
import dev.parley.protocol.community.DeleteCommunityRequest;
import dev.parley.protocol.community.TransferOwnershipRequest;
import dev.parley.protocol.community.UpdateCommunityRequest;
import dev.parley.protocol.error.ErrorCode;
import dev.parley.protocol.event.CommunityCreated;
import dev.parley.protocol.event.CommunityDeleted;
import dev.parley.protocol.event.CommunityUpdated;
import java.time.Instant;
import java.time.InstantSource;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Creating, reading, changing, deleting and handing over communities. */
public final class Communities {
    public static final int NAME_MIN = 2;
    public static final int NAME_MAX = 100;
    public static final int DESCRIPTION_MAX = 1000;
    private static final Set<String> CLEARABLE = Set.of("description");

    private final Mutations mutations;
    private final IdGenerator ids;
    private final InstantSource clock;

    public Communities(Mutations mutations, IdGenerator ids, InstantSource clock) {
        this.mutations = mutations;
        this.ids = ids;
        this.clock = clock;
    }

    /**
     * Creates a community owned by the caller, with its {@code @everyone} role and a
     * {@code general} text channel.
     */
    public CommunityView create(Caller caller, CreateCommunityRequest request) {
        Check.start().require("name", request.name())
                .line("name", request.name(), NAME_MIN, NAME_MAX)
                .paragraph("description", request.description(), 0, DESCRIPTION_MAX)
                .orThrow();
        Instant now = clock.instant();
        long id = ids.next();
        Community community = new Community(id, request.name().strip(), Check.blankToNull(request.description()), caller.userId(), now);
        return mutations.apply(c -> {
            c.tx().communities().insert(community);
            c.tx().roles().insert(new Role(id, id, Role.EVERYONE, 0, 0, PermissionSet.EVERYONE_DEFAULT));
            c.tx().members().insert(new Member(id, caller.userId(), null, Set.of(), now));
            c.tx().channels().insert(new Channel(ids.next(), id, ChannelType.TEXT, "general", null, 0, null, 0, false,
                    false, List.of(), now));
            CommunityView view = Views.community(c.tx(), community);
            c.emit(Audience.user(caller.userId()), new CommunityCreated(view));
            return view;
        });
    }

    public CommunityView get(Caller caller, long communityId) {
        return mutations.read(tx -> Views.community(tx, Access.of(tx, communityId, caller.userId()).community()));
    }

    public List<CommunityView> mine(Caller caller) {
        return mutations.read(tx -> Views.communities(tx, tx.communities().ofMember(caller.userId())));
    }

    public CommunityView update(Caller caller, long communityId, UpdateCommunityRequest request) {
        Set<String> set = new HashSet<>();
        if (request.description() != null) {
            set.add("description");
        }
        Check.start().line("name", request.name(), NAME_MIN, NAME_MAX)
                .paragraph("description", request.description(), 0, DESCRIPTION_MAX)
                .clears(request.clear(), CLEARABLE, set)
                .orThrow();
        return mutations.apply(c -> {
            Access access = Access.of(c.tx(), communityId, caller.userId());
            access.require(Permission.MANAGE_COMMUNITY);
            Community old = access.community();
            boolean clearDescription = request.clear() != null && request.clear().contains("description");
            Community updated = old.withDetails(
                    request.name() == null ? old.name() : request.name().strip(),
                    clearDescription ? null : request.description() == null ? old.description() : Check.blankToNull(request.description()));
            c.tx().communities().update(updated);
            CommunityView view = Views.community(c.tx(), updated);
            c.emit(new Audience.Community(communityId), new CommunityUpdated(view));
            return view;
        });
    }

    /** Deletes the community and everything in it. Owner only; needs the exact name as confirmation. */
    public void delete(Caller caller, long communityId, DeleteCommunityRequest request) {
        Check.start().require("confirm_name", request.confirmName()).orThrow();
        mutations.apply(c -> {
            Access access = Access.of(c.tx(), communityId, caller.userId());
            if (!access.owner()) {
                throw Failure.of(ErrorCode.MISSING_PERMISSION, "Only the owner can delete the community.");
            }
            if (!access.community().name().equals(request.confirmName())) {
                throw Failure.of(ErrorCode.CONFIRMATION_MISMATCH, "confirm_name must be the community's exact name.");
            }
            c.emit(new Audience.Community(communityId), new CommunityDeleted(communityId));
            c.tx().communities().delete(communityId);
            return null;
        });
    }

    /** Hands the community to another member. Owner only. */
    public CommunityView transfer(Caller caller, long communityId, TransferOwnershipRequest request) {
        Check.start().require("new_owner_id", request.newOwnerId()).orThrow();
        return mutations.apply(c -> {
            Access access = Access.of(c.tx(), communityId, caller.userId());
            if (!access.owner()) {
                throw Failure.of(ErrorCode.MISSING_PERMISSION, "Only the owner can transfer the community.");
            }
            if (request.newOwnerId() == caller.userId()) {
                throw Failure.invalid("new_owner_id", "is already the owner");
            }
            c.tx().members().get(communityId, request.newOwnerId())
                    .orElseThrow(() -> Failure.invalid("new_owner_id", "is not a member of this community"));
            Community updated = access.community().withOwner(request.newOwnerId());
            // The owner sees every channel: the old owner may lose some, the new one gain some.
            Visibility before = Visibility.before(c.tx(), communityId, Set.of(caller.userId(), request.newOwnerId()));
            c.tx().communities().update(updated);
            CommunityView view = Views.community(c.tx(), updated);
            c.emit(new Audience.Community(communityId), new CommunityUpdated(view));
            before.announce(c);
            return view;
        });
    }
}
