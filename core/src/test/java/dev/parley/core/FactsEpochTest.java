package dev.parley.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.bus.Audience;
import dev.parley.bus.Bus;
import dev.parley.bus.Committed;
import dev.parley.bus.Notice;
import dev.parley.bus.Signal;
import dev.parley.protocol.event.MessageDeleted;
import dev.parley.protocol.event.RoleDeleted;
import dev.parley.store.ForwardingStorage;
import dev.parley.store.Storage;
import dev.parley.store.Tx;
import dev.parley.store.memory.MemoryStorage;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * {@link Mutations} moves the {@link FactsEpoch} after a commit whose events may change facts, and
 * before anyone hears of the change; nothing else moves it. A {@link FactsCache} answers only
 * entries loaded since the last move.
 */
class FactsEpochTest {
    private static final Audience COMMUNITY = new Audience.Community(1);

    private final FactsEpoch epoch = FactsEpoch.local();
    private final List<Boolean> trustedWhenPublished = new ArrayList<>();
    private long tag;
    private final Mutations mutations = new Mutations(new MemoryStorage(), new Bus() {
        @Override
        public void publish(Committed committed) {
            trustedWhenPublished.add(epoch.unchanged(tag));
        }

        @Override
        public void signal(Signal signal) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Subscription subscribe(Consumer<Notice> listener) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void close() {
        }
    }, () -> Instant.parse("2026-06-01T12:00:00Z"), epoch);

    @Test
    void aCommittedChangeOfFactsMovesItBeforeItsEventsArePublished() {
        tag = epoch.read();
        mutations.apply(c -> {
            c.emit(COMMUNITY, new RoleDeleted(1, 2));
            return null;
        });

        assertThat(epoch.unchanged(tag)).isFalse();
        assertThat(trustedWhenPublished).containsExactly(false);
    }

    @Test
    void messageEventsWritesWithoutEventsAndFailedWorkLeaveItAlone() {
        tag = epoch.read();
        mutations.apply(c -> {
            c.emit(COMMUNITY, new MessageDeleted(1, 2, 3));
            return null;
        });
        mutations.apply(c -> null);
        assertThatThrownBy(() -> mutations.apply(c -> {
            c.emit(COMMUNITY, new RoleDeleted(1, 2));
            throw new IllegalStateException("rolled back");
        })).isInstanceOf(IllegalStateException.class);

        assertThat(epoch.unchanged(tag)).isTrue();
    }

    @Test
    void aCacheAnswersOnlyWhatWasLoadedSinceTheLastChange() {
        FactsCache<String, String> cache = new FactsCache<>(epoch, 10);
        long before = cache.tag();
        cache.put("a", before, "old");
        assertThat(cache.get("a")).isEqualTo("old");

        mutations.apply(c -> {
            c.emit(COMMUNITY, new RoleDeleted(1, 2));
            return null;
        });
        cache.put("b", before, "loaded across the change");

        assertThat(cache.get("a")).isNull();
        assertThat(cache.get("b")).isNull();
        cache.put("a", cache.tag(), "new");
        assertThat(cache.get("a")).isEqualTo("new");
    }

    @Test
    void aChangeIsPendingFromBeforeItsCommitUntilTheEpochMoves() {
        FactsEpoch watched = FactsEpoch.local();
        List<Boolean> trustedBeforeCommit = new ArrayList<>();
        long before = watched.read();
        Storage storage = new ForwardingStorage(new MemoryStorage()) {
            @Override
            public <T> T write(Function<Tx, T> work) {
                return super.write(tx -> {
                    T value = work.apply(tx);
                    trustedBeforeCommit.add(watched.unchanged(before)); // what a reader sees once the commit is visible
                    FactsCache<String, String> cache = new FactsCache<>(watched, 10);
                    cache.put("loaded meanwhile", cache.tag(), "value");
                    trustedBeforeCommit.add(cache.get("loaded meanwhile") != null);
                    return value;
                });
            }
        };
        Mutations watching = new Mutations(storage, new RecordingBus(), () -> Instant.parse("2026-06-01T12:00:00Z"), watched);

        watching.apply(c -> {
            c.emit(COMMUNITY, new RoleDeleted(1, 2));
            return null;
        });

        assertThat(trustedBeforeCommit).containsExactly(false, false);
        assertThat(watched.unchanged(before)).isFalse();
        long after = watched.read();
        assertThat(watched.unchanged(after)).isTrue();
    }

    @Test
    void aFailedChangeStillEndsItsPendingMark() {
        Storage failingCommit = new ForwardingStorage(new MemoryStorage()) {
            @Override
            public <T> T write(Function<Tx, T> work) {
                super.write(work);
                throw new IllegalStateException("commit failed");
            }
        };
        FactsEpoch watched = FactsEpoch.local();
        Mutations failing = new Mutations(failingCommit, new RecordingBus(), () -> Instant.parse("2026-06-01T12:00:00Z"), watched);

        assertThatThrownBy(() -> failing.apply(c -> {
            c.emit(COMMUNITY, new RoleDeleted(1, 2));
            return null;
        })).hasMessage("commit failed");

        assertThat(watched.unchanged(watched.read())).isTrue();
    }

    @Test
    void aSharedEpochIsNeverTrusted() {
        FactsCache<String, String> cache = new FactsCache<>(FactsEpoch.shared(), 10);
        cache.put("a", cache.tag(), "value");

        assertThat(cache.get("a")).isNull();
    }
}
