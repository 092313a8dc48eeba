package dev.parley.store.contract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.domain.user.Profile;
import dev.parley.domain.user.User;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@link dev.parley.store.user.UserStore}: accounts, unique by username and email in any case. */
public abstract class UserStoreContract extends StorageContract {

    @Test
    void insertedUserRoundTripsEveryField() {
        User base = fixtures.user("alice");
        User alice = new User(base.id(), "Alice", "Alice Liddell", "Alice@Example.com", "$argon2id$hash",
                new Profile("Curiouser and curiouser", "she/her", "down the rabbit hole", 0xFF8800, "media:42"),
                true, base.createdAt(), null);
        insert(alice);

        assertThat(committed().users().byId(alice.id())).contains(alice);
    }

    @Test
    void userWithoutEmailAndWithEmptyProfileRoundTrips() {
        User base = fixtures.user("bob");
        User bob = new User(base.id(), "bob", "Bob", null, "$argon2id$hash", Profile.EMPTY, false,
                base.createdAt(), null);
        insert(bob);

        assertThat(committed().users().byId(bob.id())).contains(bob);
    }

    @Test
    void unknownUserIsNotFound() {
        insert(fixtures.user("alice"));

        assertThat(committed().users().byId(fixtures.id())).isEmpty();
        assertThat(committed().users().byUsername("nobody")).isEmpty();
        assertThat(committed().users().byEmail("nobody@example.com")).isEmpty();
    }

    @Test
    void usernameLookupIgnoresCaseAndKeepsTheChosenCase() {
        User alice = fixtures.user("AlIce", "alice@example.com");
        insert(alice, fixtures.user("bob"));

        assertThat(committed().users().byUsername("alice")).contains(alice);
        assertThat(committed().users().byUsername("ALICE")).contains(alice);
        assertThat(committed().users().byUsername("AlIce")).contains(alice);
    }

    @Test
    void emailLookupIgnoresCase() {
        User alice = fixtures.user("alice", "Alice@Example.COM");
        insert(alice, fixtures.user("bob"));

        assertThat(committed().users().byEmail("alice@example.com")).contains(alice);
        assertThat(committed().users().byEmail("ALICE@EXAMPLE.COM")).contains(alice);
    }

    @Test
    void insertRejectsAUsernameTakenInAnyCase() {
        User alice = fixtures.user("alice");
        insert(alice);
        User impostor = fixtures.user("ALICE", "impostor@example.com");

        assertConflict("username", () -> insert(impostor));
        assertThat(committed().users().byId(impostor.id())).isEmpty();
        assertThat(committed().users().byUsername("alice")).contains(alice);
    }

    @Test
    void insertRejectsAnEmailTakenInAnyCase() {
        User alice = fixtures.user("alice");
        insert(alice);
        User other = fixtures.user("other", "ALICE@example.com");

        assertConflict("email", () -> insert(other));
        assertThat(committed().users().byId(other.id())).isEmpty();
    }

    @Test
    void usersWithoutEmailDoNotClash() {
        User first = fixtures.user("first", null);
        User second = fixtures.user("second", null);
        insert(first, second);

        assertThat(committed().users().byId(first.id())).contains(first);
        assertThat(committed().users().byId(second.id())).contains(second);
    }

    @Test
    void updateReplacesEveryField() {
        User alice = fixtures.user("alice");
        insert(alice);
        User changed = new User(alice.id(), "Alicia", "Alicia L.", "alicia@example.org", "$argon2id$new",
                new Profile("new bio", "they/them", "away", 0x00FF00, "media:7"), true,
                alice.createdAt(), null);

        inWrite(tx -> tx.users().update(changed));

        assertThat(committed().users().byId(alice.id())).contains(changed);
        assertThat(committed().users().byUsername("alicia")).contains(changed);
        assertThat(committed().users().byEmail("ALICIA@example.org")).contains(changed);
        assertThat(committed().users().byUsername("alice")).isEmpty();
        assertThat(committed().users().byEmail("alice@example.com")).isEmpty();
    }

    @Test
    void updateMayChangeTheCaseOfTheUsersOwnNameAndEmail() {
        User alice = fixtures.user("alice");
        insert(alice);
        User recased = named(alice, "ALICE", "ALICE@EXAMPLE.COM");

        inWrite(tx -> tx.users().update(recased));

        assertThat(committed().users().byUsername("alice")).contains(recased);
    }

    @Test
    void updateRejectsAUsernameOfAnotherUser() {
        User alice = fixtures.user("alice");
        User bob = fixtures.user("bob");
        insert(alice, bob);

        assertConflict("username", () -> inWrite(tx -> tx.users().update(named(bob, "Alice", bob.email()))));
        assertThat(committed().users().byId(bob.id())).contains(bob);
    }

    @Test
    void updateRejectsAnEmailOfAnotherUser() {
        User alice = fixtures.user("alice");
        User bob = fixtures.user("bob");
        insert(alice, bob);

        assertConflict("email", () -> inWrite(tx -> tx.users().update(named(bob, "bob", "ALICE@example.com"))));
        assertThat(committed().users().byId(bob.id())).contains(bob);
    }

    @Test
    void updateOfAnUnknownUserThrowsNotFound() {
        User ghost = fixtures.user("ghost");

        assertNotFound(() -> inWrite(tx -> tx.users().update(ghost)));
        assertThat(committed().users().byId(ghost.id())).isEmpty();
    }

    @Test
    void byIdsFindsEveryKnownUserDeletedOnesIncluded() {
        User alice = fixtures.user("alice");
        User bob = fixtures.user("bob");
        User carol = fixtures.user("carol");
        insert(alice, bob, carol);
        User erased = bob.erased(fixtures.now());
        inWrite(tx -> tx.users().update(erased));
        long unknown = fixtures.id();

        assertThat(committed().users().byIds(List.of(alice.id(), bob.id(), unknown, alice.id())))
                .isEqualTo(Map.of(alice.id(), alice, bob.id(), erased));
        assertThat(committed().users().byIds(List.of())).isEmpty();
    }

    @Test
    void deletedUserKeepsItsIdButIsNotFoundByName() {
        User alice = fixtures.user("alice");
        insert(alice);
        User tombstone = alice.erased(fixtures.now());

        inWrite(tx -> tx.users().update(tombstone));

        assertThat(committed().users().byId(alice.id())).contains(tombstone);
        assertThat(committed().users().byUsername("alice")).isEmpty();
        assertThat(committed().users().byUsername(tombstone.username())).isEmpty();
    }

    @Test
    void deletedUserIsNotFoundByNameEvenIfTheRowKeepsIt() {
        User base = fixtures.user("carol");
        User deleted = new User(base.id(), base.username(), base.displayName(), base.email(), null,
                Profile.EMPTY, false, base.createdAt(), fixtures.now());
        insert(deleted);

        assertThat(committed().users().byUsername("carol")).isEmpty();
        assertThat(committed().users().byId(deleted.id())).contains(deleted);
    }

    @Test
    void nameAndEmailOfAnErasedUserCanBeTakenAgain() {
        User alice = fixtures.user("alice");
        insert(alice);
        inWrite(tx -> tx.users().update(alice.erased(fixtures.now())));
        User newcomer = fixtures.user("Alice", alice.email());

        insert(newcomer);

        assertThat(committed().users().byUsername("alice")).contains(newcomer);
        assertThat(committed().users().byEmail(alice.email())).contains(newcomer);
    }

    private static User named(User user, String username, String email) {
        return new User(user.id(), username, user.displayName(), email, user.passwordHash(), user.profile(),
                user.admin(), user.createdAt(), user.deletedAt());
    }
}
