package dev.parley.store.contract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.domain.invite.Invite;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** {@link dev.parley.store.invite.InviteStore}: invites by case-sensitive code. */
public abstract class InviteStoreContract extends StorageContract {

    @Test
    void inviteRoundTripsEveryField() {
        BasicCommunity world = fixtures.basicCommunity();
        Invite forever = fixtures.invite(world.community(), world.owner());
        Invite base = fixtures.invite(world.community(), world.member());
        Invite limited = new Invite(base.code(), world.id(), world.member().id(), base.createdAt(),
                base.createdAt().plus(Duration.ofDays(7)), 10, 3);
        insert(world.rows());
        insert(forever, limited);

        assertThat(committed().invites().byCode(forever.code())).contains(forever);
        assertThat(committed().invites().byCode(limited.code())).contains(limited);
        assertThat(committed().invites().byCode("nosuchcode")).isEmpty();
    }

    @Test
    void codesAreCaseSensitive() {
        BasicCommunity world = fixtures.basicCommunity();
        Invite upper = withCode(fixtures.invite(world.community(), world.owner()), "AbCdEf");
        Invite lower = withCode(fixtures.invite(world.community(), world.owner()), "abcdef");
        insert(world.rows());
        insert(upper, lower);

        assertThat(committed().invites().byCode("AbCdEf")).contains(upper);
        assertThat(committed().invites().byCode("abcdef")).contains(lower);
        assertThat(committed().invites().byCode("ABCDEF")).isEmpty();
    }

    @Test
    void insertRejectsATakenCodeEvenInAnotherCommunity() {
        BasicCommunity world = fixtures.basicCommunity();
        BasicCommunity other = fixtures.basicCommunity();
        Invite invite = fixtures.invite(world.community(), world.owner());
        insert(world.rows());
        insert(other.rows());
        insert(invite);
        Invite clash = withCode(fixtures.invite(other.community(), other.owner()), invite.code());

        assertConflict("invite", () -> insert(clash));
        assertThat(committed().invites().byCode(invite.code())).contains(invite);
        assertThat(committed().invites().ofCommunity(other.id())).isEmpty();
    }

    @Test
    void ofCommunityListsNewestFirst() {
        BasicCommunity world = fixtures.basicCommunity();
        BasicCommunity other = fixtures.basicCommunity();
        Invite oldest = withCode(fixtures.invite(world.community(), world.owner()), "zzz-oldest");
        Invite middle = withCode(fixtures.invite(world.community(), world.member()), "aaa-middle");
        Invite newest = withCode(fixtures.invite(world.community(), world.owner()), "mmm-newest");
        Invite elsewhere = fixtures.invite(other.community(), other.owner());
        insert(world.rows());
        insert(other.rows());
        insert(middle, elsewhere, newest, oldest);

        assertThat(committed().invites().ofCommunity(world.id())).containsExactly(newest, middle, oldest);
        assertThat(committed().invites().ofCommunity(other.id())).containsExactly(elsewhere);
        assertThat(committed().invites().ofCommunity(fixtures.id())).isEmpty();
    }

    @Test
    void incrementUsesAddsOneUseEachTime() {
        BasicCommunity world = fixtures.basicCommunity();
        Invite invite = fixtures.invite(world.community(), world.owner());
        Invite other = fixtures.invite(world.community(), world.owner());
        insert(world.rows());
        insert(invite, other);

        inWrite(tx -> tx.invites().incrementUses(invite.code()));
        inWrite(tx -> {
            tx.invites().incrementUses(invite.code());
            tx.invites().incrementUses(invite.code());
        });

        assertThat(committed().invites().byCode(invite.code())).contains(withUses(invite, 3));
        assertThat(committed().invites().byCode(other.code())).contains(other);
    }

    @Test
    void incrementUsesOfAnUnknownCodeThrowsNotFound() {
        assertNotFound(() -> inWrite(tx -> tx.invites().incrementUses("nosuchcode")));
    }

    @Test
    void deleteRemovesOnlyThatInvite() {
        BasicCommunity world = fixtures.basicCommunity();
        Invite doomed = fixtures.invite(world.community(), world.owner());
        Invite kept = fixtures.invite(world.community(), world.owner());
        insert(world.rows());
        insert(doomed, kept);

        inWrite(tx -> tx.invites().delete(doomed.code()));

        assertThat(committed().invites().byCode(doomed.code())).isEmpty();
        assertThat(committed().invites().ofCommunity(world.id())).containsExactly(kept);
    }

    @Test
    void deleteOfAnUnknownCodeThrowsNotFound() {
        BasicCommunity world = fixtures.basicCommunity();
        Invite invite = withCode(fixtures.invite(world.community(), world.owner()), "Exact");
        insert(world.rows());
        insert(invite);

        assertNotFound(() -> inWrite(tx -> tx.invites().delete("exact")));
        assertThat(committed().invites().byCode("Exact")).contains(invite);
    }

    private static Invite withCode(Invite i, String code) {
        return new Invite(code, i.communityId(), i.inviterId(), i.createdAt(), i.expiresAt(), i.maxUses(), i.uses());
    }

    private static Invite withUses(Invite i, int uses) {
        return new Invite(i.code(), i.communityId(), i.inviterId(), i.createdAt(), i.expiresAt(), i.maxUses(), uses);
    }
}
