package dev.parley.store.invite;

import dev.parley.domain.invite.Invite;
import java.util.List;
import java.util.Optional;

/** Invites, addressed by their code (case-sensitive). */
public interface InviteStore {
    /** @throws dev.parley.store.StoreException.Conflict if the code exists (key "invite") */
    void insert(Invite invite);

    Optional<Invite> byCode(String code);

    /** Invites of a community, newest first. */
    List<Invite> ofCommunity(long communityId);

    /** Adds one use. @throws dev.parley.store.StoreException.NotFound */
    void incrementUses(String code);

    /** @throws dev.parley.store.StoreException.NotFound */
    void delete(String code);
}
