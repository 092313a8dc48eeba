package dev.parley.store.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.domain.channel.Channel;
import dev.parley.domain.community.Community;
import dev.parley.domain.invite.Invite;
import dev.parley.domain.permission.PermissionSet;
import dev.parley.domain.role.Role;
import dev.parley.domain.user.Profile;
import dev.parley.domain.user.User;
import dev.parley.store.StoreException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** {@link dev.parley.store.Storage}: atomic, serialized write transactions and consistent reads. */
public abstract class TransactionContract extends StorageContract {

    /** The exception a test's work throws on purpose. */
    static final class Boom extends RuntimeException {
        Boom() {
            super("boom");
        }
    }

    @Test
    void freshStorageIsReachable() {
        assertThat(storage.reachable()).isTrue();
    }

    @Test
    void writeReturnsTheResultOfItsWorkAndLaterReadsSeeTheCommit() {
        User alice = fixtures.user("alice");

        long id = write(tx -> {
            tx.users().insert(alice);
            return alice.id();
        });

        assertThat(id).isEqualTo(alice.id());
        assertThat(committed().users().byId(alice.id())).contains(alice);
        var seenByLaterWrite = write(tx -> tx.users().byUsername("alice"));
        assertThat(seenByLaterWrite).contains(alice);
    }

    @Test
    void failedWorkLeavesNoTraceInAnyStoreAndItsExceptionPropagatesUnchanged() {
        BasicCommunity world = fixtures.basicCommunity();
        Role mod = fixtures.role(world.community(), "mod", 1, PermissionSet.ALL);
        Channel channel = fixtures.channel(world.community(), "general");
        Invite invite = fixtures.invite(world.community(), world.owner());
        var session = fixtures.session(world.owner());
        Boom boom = new Boom();

        assertThatThrownBy(() -> write(tx -> {
            world.rows().forEach(row -> insertInto(tx, row));
            tx.roles().insert(mod);
            tx.channels().insert(channel);
            tx.invites().insert(invite);
            tx.sessions().insert(session);
            throw boom;
        })).isSameAs(boom);

        assertThat(committed().users().byId(world.owner().id())).isEmpty();
        assertThat(committed().users().byUsername(world.owner().username())).isEmpty();
        assertThat(committed().communities().byId(world.id())).isEmpty();
        assertThat(committed().roles().ofCommunity(world.id())).isEmpty();
        assertThat(committed().members().count(world.id())).isZero();
        assertThat(committed().channels().byId(channel.id())).isEmpty();
        assertThat(committed().invites().byCode(invite.code())).isEmpty();
        assertThat(committed().sessions().byId(session.id())).isEmpty();
    }

    @Test
    void failedWorkUndoesUpdatesAndCascadingDeletes() {
        BasicCommunity world = fixtures.basicCommunity();
        Channel channel = fixtures.channel(world.community(), "general");
        Invite invite = fixtures.invite(world.community(), world.owner());
        insert(world.rows());
        insert(channel, invite);
        User renamed = world.owner().withProfile("Renamed", new Profile("bio", null, null, null, null));

        assertThatThrownBy(() -> inWrite(tx -> {
            tx.users().update(renamed);
            tx.invites().incrementUses(invite.code());
            tx.members().delete(world.id(), world.member().id());
            tx.communities().delete(world.id());
            throw new Boom();
        })).isInstanceOf(Boom.class);

        assertThat(committed().users().byId(world.owner().id())).contains(world.owner());
        assertThat(committed().communities().byId(world.id())).contains(world.community());
        assertThat(committed().members().page(world.id(), 0, 10))
                .containsExactly(world.ownerMembership(), world.memberMembership());
        assertThat(committed().roles().ofCommunity(world.id())).containsExactly(world.everyone());
        assertThat(committed().channels().ofCommunity(world.id())).containsExactly(channel);
        assertThat(committed().invites().byCode(invite.code())).contains(invite);
    }

    @Test
    void storeExceptionInsideWorkRollsBackTheWholeTransaction() {
        User alice = fixtures.user("alice");
        insert(alice);
        User bob = fixtures.user("bob");
        Community community = fixtures.community(bob);
        User aliceAgain = fixtures.user("ALICE", "another.alice@example.com");

        assertConflict("username", () -> inWrite(tx -> {
            tx.users().insert(bob);
            tx.communities().insert(community);
            tx.users().insert(aliceAgain);
        }));
        assertThatThrownBy(() -> inWrite(tx -> {
            tx.users().insert(bob);
            tx.users().update(fixtures.user("ghost"));
        })).isInstanceOf(StoreException.NotFound.class);

        assertThat(committed().users().byId(bob.id())).isEmpty();
        assertThat(committed().communities().byId(community.id())).isEmpty();
        assertThat(committed().users().byId(alice.id())).contains(alice);
    }

    @Test
    void storageStaysUsableAfterAFailedWrite() {
        User alice = fixtures.user("alice");
        insert(alice);
        assertConflict("username", () -> insert(fixtures.user("Alice", "another.alice@example.com")));

        User bob = fixtures.user("bob");
        insert(bob);

        assertThat(committed().users().byId(bob.id())).contains(bob);
    }

    @Test
    void readsInsideAWriteSeeItsOwnWrites() {
        BasicCommunity world = fixtures.basicCommunity();
        Role mod = fixtures.role(world.community(), "mod", 1, PermissionSet.NONE);

        List<Object> seen = write(tx -> {
            List<Object> s = new ArrayList<>();
            world.rows().forEach(row -> insertInto(tx, row));
            tx.roles().insert(mod);
            tx.members().update(world.memberMembership().withRoles(Set.of(mod.id())));
            s.add(tx.users().byUsername(world.member().username()).orElseThrow());
            s.add(tx.communities().ofMember(world.member().id()));
            s.add(tx.members().get(world.id(), world.member().id()).orElseThrow().roleIds());
            s.add(tx.members().count(world.id()));
            tx.roles().delete(mod.id());
            s.add(tx.roles().ofCommunity(world.id()));
            s.add(tx.members().get(world.id(), world.member().id()).orElseThrow().roleIds());
            tx.communities().delete(world.id());
            s.add(tx.communities().byId(world.id()).isPresent());
            s.add(tx.members().count(world.id()));
            return s;
        });

        assertThat(seen).containsExactly(world.member(), List.of(world.community()), Set.of(mod.id()), 2,
                List.of(world.everyone()), Set.of(), false, 0);
    }

    @Test
    void concurrentReadModifyWriteTransactionsAreSerialized() throws Exception {
        User counter = fixtures.user("counter").withProfile("0", Profile.EMPTY);
        insert(counter);
        int threads = 8;
        int perThread = 50;
        CyclicBarrier start = new CyclicBarrier(threads);

        try (ExecutorService pool = Executors.newFixedThreadPool(threads)) {
            List<Future<?>> done = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                done.add(pool.submit(() -> {
                    start.await();
                    for (int i = 0; i < perThread; i++) {
                        inWrite(tx -> {
                            User now = tx.users().byId(counter.id()).orElseThrow();
                            int next = Integer.parseInt(now.displayName()) + 1;
                            Thread.yield(); // widen the window in which an unserialized write loses updates
                            tx.users().update(now.withProfile(Integer.toString(next), now.profile()));
                        });
                    }
                    return null;
                }));
            }
            for (Future<?> f : done) {
                f.get(60, TimeUnit.SECONDS);
            }
        }

        assertThat(committed().users().byId(counter.id()).orElseThrow().displayName())
                .isEqualTo(Integer.toString(threads * perThread));
    }
}
