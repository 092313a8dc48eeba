package dev.parley.store.contract;

import static java.util.stream.Collectors.toSet;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.domain.channel.Channel;
import dev.parley.domain.conversation.Conversation;
import dev.parley.domain.message.Mentions;
import dev.parley.domain.message.Message;
import dev.parley.domain.message.MessageVersion;
import dev.parley.domain.message.Reaction;
import dev.parley.domain.permission.PermissionSet;
import dev.parley.domain.role.Role;
import dev.parley.domain.user.User;
import dev.parley.store.message.UnreadCounts;
import dev.parley.store.message.UnreadFrom;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.LongStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@link dev.parley.store.message.MessageStore}: messages with their per-channel seq, paging,
 * edits, tombstones, versions, pins and unread counts. Every test starts with a community whose
 * owner is alice and member is bob (carol is a stranger), a {@code mod} role, and two channels.
 */
public abstract class MessageStoreContract extends StorageContract {
    private User alice;
    private User bob;
    private User carol;
    private Role mod;
    private Channel general;
    private Channel random;

    @BeforeEach
    final void insertCommunityWithTwoChannels() {
        BasicCommunity world = fixtures.basicCommunity();
        alice = world.owner();
        bob = world.member();
        carol = world.stranger();
        mod = fixtures.role(world.community(), "mod", 1, PermissionSet.NONE);
        general = fixtures.channel(world.community(), "general");
        random = fixtures.channel(world.community(), "random");
        insert(world.rows());
        insert(mod, general, random);
    }

    @Test
    void appendNumbersEachChannelFromOneIndependently() {
        Message g1 = fixtures.message(general.id(), alice, "g1");
        Message r1 = fixtures.message(random.id(), bob, "r1");
        Message g2 = fixtures.message(general.id(), bob, "g2");
        Message g3 = fixtures.message(general.id(), alice, "g3");
        Message r2 = fixtures.message(random.id(), alice, "r2");

        List<Long> seqs = List.of(g1, r1, g2, g3, r2).stream().map(m -> append(m).seq()).toList();

        assertThat(seqs).containsExactly(1L, 1L, 2L, 3L, 2L);
        assertThat(committed().messages().byId(g3.id())).contains(g3.withSeq(3));
        assertThat(committed().messages().byId(r2.id())).contains(r2.withSeq(2));
        assertThat(committed().messages().lastSeq(general.id())).isEqualTo(3);
        assertThat(committed().messages().lastSeq(random.id())).isEqualTo(2);
    }

    @Test
    void appendReturnsTheDraftWithItsSeqAndSeesEarlierAppendsOfItsTransaction() {
        Message first = fixtures.message(general.id(), alice, "first");
        Message second = fixtures.message(general.id(), bob, "second");

        List<Object> seen = write(tx -> List.of(tx.messages().append(first), tx.messages().lastSeq(general.id()),
                tx.messages().append(second), tx.messages().latest(general.id()).orElseThrow()));

        assertThat(seen).containsExactly(first.withSeq(1), 1L, second.withSeq(2), second.withSeq(2));
    }

    @Test
    void seqsStayGapFreeUnderConcurrentAppendsInSeparateTransactions() throws Exception {
        int threads = 4;
        int perThread = 30; // even: half of each thread's appends go to each channel
        List<List<Message>> drafts = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            List<Message> mine = new ArrayList<>();
            for (int i = 0; i < perThread; i++) {
                mine.add(fixtures.message(i % 2 == 0 ? general.id() : random.id(), t % 2 == 0 ? alice : bob, "m"));
            }
            drafts.add(mine);
        }
        CyclicBarrier start = new CyclicBarrier(threads);

        try (ExecutorService pool = Executors.newFixedThreadPool(threads)) {
            List<Future<?>> done = new ArrayList<>();
            for (List<Message> mine : drafts) {
                done.add(pool.submit(() -> {
                    start.await();
                    mine.forEach(this::append);
                    return null;
                }));
            }
            for (Future<?> f : done) {
                f.get(60, TimeUnit.SECONDS);
            }
        }

        long perChannel = threads * perThread / 2;
        for (Channel channel : List.of(general, random)) {
            List<Message> stored = committed().messages().after(channel.id(), 0, 1000);
            assertThat(stored).extracting(Message::seq)
                    .containsExactlyElementsOf(LongStream.rangeClosed(1, perChannel).boxed().toList());
            assertThat(committed().messages().lastSeq(channel.id())).isEqualTo(perChannel);
        }
    }

    @Test
    void anEmptyChannelHasLastSeqZeroAndNoLatest() {
        append(fixtures.message(random.id(), alice, "elsewhere"));

        assertThat(committed().messages().lastSeq(general.id())).isZero();
        assertThat(committed().messages().latest(general.id())).isEmpty();
        assertThat(committed().messages().lastSeq(fixtures.id())).isZero();
    }

    @Test
    void latestIsTheHighestSeqEvenWhenItIsATombstone() {
        append(fixtures.message(general.id(), alice, "one"));
        Message two = append(fixtures.message(general.id(), bob, "two"));
        append(fixtures.message(random.id(), alice, "elsewhere"));

        assertThat(committed().messages().latest(general.id())).contains(two);

        Message tombstone = two.tombstone(fixtures.now());
        update(tombstone);

        assertThat(committed().messages().latest(general.id())).contains(tombstone);
    }

    @Test
    void appendRoundTripsEveryField() {
        Message original = append(fixtures.message(general.id(), alice, "Hello, **world**"));
        Message reply = append(fixtures.message(general.id(), bob, "Grüße 👋 to <@you> & `code`", original.id(),
                new Mentions(Set.of(alice.id(), carol.id()), Set.of(mod.id()), true, false)));
        Message here = append(fixtures.message(general.id(), carol, "@here",
                null, new Mentions(Set.of(), Set.of(), false, true)));

        assertThat(committed().messages().byId(original.id())).contains(original);
        assertThat(committed().messages().byId(reply.id())).contains(reply);
        assertThat(committed().messages().byId(reply.id()).orElseThrow().replyToId()).isEqualTo(original.id());
        assertThat(committed().messages().byId(here.id())).contains(here);
        assertThat(committed().messages().byId(fixtures.id())).isEmpty();
    }

    @Test
    void updateRoundTripsEditsPinsAndTombstones() {
        Message edited = append(fixtures.message(general.id(), alice, "typo"));
        Message pinned = append(fixtures.message(general.id(), bob, "pin me"));
        Message deleted = append(fixtures.message(general.id(), carol, "oops", edited.id(),
                new Mentions(Set.of(alice.id()), Set.of(), false, false)));
        Message editedNow = edited.edited("fixed <@" + bob.id() + ">",
                new Mentions(Set.of(bob.id()), Set.of(mod.id()), false, true), fixtures.now());
        Message pinnedNow = pinned.withPinnedAt(fixtures.now());
        Message tombstone = deleted.tombstone(fixtures.now());

        inWrite(tx -> List.of(editedNow, pinnedNow, tombstone).forEach(tx.messages()::update));

        assertThat(committed().messages().byId(edited.id())).contains(editedNow);
        assertThat(committed().messages().byId(pinned.id())).contains(pinnedNow);
        assertThat(committed().messages().byId(deleted.id())).contains(tombstone);
        assertThat(committed().messages().byId(deleted.id()).orElseThrow().content()).isNull();
    }

    @Test
    void updateKeepsIdChannelAuthorSeqClientIdReplyAndCreationTime() {
        Message target = append(fixtures.message(general.id(), alice, "target"));
        Message message = append(fixtures.message(general.id(), alice, "hi", target.id(), Mentions.NONE));
        Instant editedAt = fixtures.now();
        Instant pinnedAt = fixtures.now();
        Mentions mentions = new Mentions(Set.of(bob.id()), Set.of(), false, false);
        Message tampered = new Message(message.id(), random.id(), bob.id(), 99, "changed", "other-client", null,
                mentions, fixtures.now(), editedAt, null, pinnedAt);

        update(tampered);

        Message expected = message.edited("changed", mentions, editedAt).withPinnedAt(pinnedAt);
        assertThat(committed().messages().byId(message.id())).contains(expected);
        assertThat(committed().messages().byClientMsgId(alice.id(), message.clientMsgId())).contains(expected);
        assertThat(committed().messages().byClientMsgId(bob.id(), "other-client")).isEmpty();
        assertThat(committed().messages().after(general.id(), 0, 10)).containsExactly(target, expected);
        assertThat(committed().messages().after(random.id(), 0, 10)).isEmpty();
    }

    @Test
    void updateOfAnUnknownMessageThrowsNotFound() {
        Message ghost = fixtures.message(general.id(), alice, "ghost").withSeq(1);

        assertNotFound(() -> update(ghost));
        assertThat(committed().messages().byId(ghost.id())).isEmpty();
    }

    @Test
    void clientMsgIdIsUniquePerAuthorAcrossChannels() {
        Message first = append(fixtures.message(general.id(), alice, "first"));
        Message sameIdInOtherChannel = fixtures.messageWithClientId(random.id(), alice, first.clientMsgId());
        Message sameIdInSameChannel = fixtures.messageWithClientId(general.id(), alice, first.clientMsgId());
        Message bobsWithSameId = fixtures.messageWithClientId(general.id(), bob, first.clientMsgId());

        assertConflict("client_msg_id", () -> append(sameIdInOtherChannel));
        assertConflict("client_msg_id", () -> append(sameIdInSameChannel));
        Message bobs = append(bobsWithSameId);

        assertThat(bobs.seq()).isEqualTo(2);
        assertThat(committed().messages().byClientMsgId(alice.id(), first.clientMsgId())).contains(first);
        assertThat(committed().messages().byClientMsgId(bob.id(), first.clientMsgId())).contains(bobs);
        assertThat(committed().messages().byClientMsgId(carol.id(), first.clientMsgId())).isEmpty();
        assertThat(committed().messages().byClientMsgId(alice.id(), "never-used")).isEmpty();
        assertThat(committed().messages().byId(sameIdInOtherChannel.id())).isEmpty();
        assertThat(committed().messages().lastSeq(random.id())).isZero();
    }

    @Test
    void aFailedAppendRollsBackWithoutConsumingASeq() {
        Message first = append(fixtures.message(general.id(), alice, "first"));
        Message lost = fixtures.message(general.id(), bob, "lost");
        Message duplicate = fixtures.messageWithClientId(general.id(), alice, first.clientMsgId());

        assertConflict("client_msg_id", () -> inWrite(tx -> {
            tx.messages().append(lost);
            tx.messages().append(duplicate);
        }));
        assertConflict("client_msg_id", () -> append(duplicate));

        assertThat(committed().messages().byId(lost.id())).isEmpty();
        assertThat(committed().messages().lastSeq(general.id())).isEqualTo(1);
        Message next = fixtures.message(general.id(), bob, "next");
        assertThat(append(next).seq()).isEqualTo(2);
        assertThat(committed().messages().after(general.id(), 0, 10)).containsExactly(first, next.withSeq(2));
    }

    @Test
    void beforeListsTheMessagesJustBelowASeqAscendingWithTombstones() {
        List<Message> m = sixMessagesInGeneralWithTheThirdDeleted();

        assertThat(committed().messages().before(general.id(), 5, 2)).containsExactly(m.get(2), m.get(3));
        assertThat(committed().messages().before(general.id(), 5, 10)).containsExactlyElementsOf(m.subList(0, 4));
        assertThat(committed().messages().before(general.id(), Long.MAX_VALUE, 3))
                .containsExactlyElementsOf(m.subList(3, 6));
        assertThat(committed().messages().before(general.id(), 1, 10)).isEmpty();
        assertThat(committed().messages().before(fixtures.id(), Long.MAX_VALUE, 10)).isEmpty();
    }

    @Test
    void afterListsTheMessagesJustAboveASeqAscendingWithTombstones() {
        List<Message> m = sixMessagesInGeneralWithTheThirdDeleted();

        assertThat(committed().messages().after(general.id(), 1, 2)).containsExactly(m.get(1), m.get(2));
        assertThat(committed().messages().after(general.id(), 0, 100)).containsExactlyElementsOf(m);
        assertThat(committed().messages().after(general.id(), 4, 100)).containsExactly(m.get(4), m.get(5));
        assertThat(committed().messages().after(general.id(), 6, 10)).isEmpty();
        assertThat(committed().messages().after(fixtures.id(), 0, 10)).isEmpty();
    }

    @Test
    void betweenListsAnInclusiveRangeAscendingFromItsLowEnd() {
        List<Message> m = sixMessagesInGeneralWithTheThirdDeleted();

        assertThat(committed().messages().between(general.id(), 2, 4, 10)).containsExactlyElementsOf(m.subList(1, 4));
        assertThat(committed().messages().between(general.id(), 2, 5, 2)).containsExactly(m.get(1), m.get(2));
        assertThat(committed().messages().between(general.id(), 4, 4, 10)).containsExactly(m.get(3));
        assertThat(committed().messages().between(general.id(), 0, 100, 100)).containsExactlyElementsOf(m);
        assertThat(committed().messages().between(general.id(), 5, 2, 10)).isEmpty();
        assertThat(committed().messages().between(general.id(), 7, 9, 10)).isEmpty();
    }

    @Test
    void aTombstoneLosesItsVersionsAndReactionsButAnEditKeepsThem() {
        Message edited = append(fixtures.message(general.id(), alice, "v2"));
        Message deleted = append(fixtures.message(general.id(), alice, "v2 too"));
        MessageVersion kept = fixtures.version(edited, 1, "v1");
        MessageVersion lost = fixtures.version(deleted, 1, "v1 too");
        Reaction keptReaction = fixtures.reaction(edited, bob, "👍");
        Reaction lostReaction = fixtures.reaction(deleted, bob, "👍");
        inWrite(tx -> {
            tx.messages().addVersion(kept);
            tx.messages().addVersion(lost);
            tx.reactions().add(keptReaction);
            tx.reactions().add(lostReaction);
        });

        update(edited.edited("v3", Mentions.NONE, fixtures.now()));
        update(deleted.tombstone(fixtures.now()));

        assertThat(committed().messages().versions(edited.id())).containsExactly(kept);
        assertThat(committed().messages().versions(deleted.id())).isEmpty();
        assertThat(committed().reactions().users(edited.id(), "👍", 0, 10)).containsExactly(bob.id());
        assertThat(committed().reactions().users(deleted.id(), "👍", 0, 10)).isEmpty();
        assertThat(committed().reactions().summaries(List.of(edited.id(), deleted.id()), bob.id()))
                .containsOnlyKeys(edited.id());
    }

    @Test
    void versionsComeBackOldestFirstPerMessage() {
        Message message = append(fixtures.message(general.id(), alice, "v3"));
        Message other = append(fixtures.message(general.id(), alice, "other v2"));
        MessageVersion v1 = fixtures.version(message, 1, "v1");
        MessageVersion v2 = fixtures.version(message, 2, "v2 with ✨");
        MessageVersion otherV1 = fixtures.version(other, 1, "other v1");

        inWrite(tx -> List.of(v2, otherV1, v1).forEach(tx.messages()::addVersion));

        assertThat(committed().messages().versions(message.id())).containsExactly(v1, v2);
        assertThat(committed().messages().versions(other.id())).containsExactly(otherV1);
        assertThat(committed().messages().versions(fixtures.id())).isEmpty();
    }

    @Test
    void pinnedListsTheChannelsPinsMostRecentlyPinnedFirst() {
        List<Message> m = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            m.add(append(fixtures.message(general.id(), alice, "m" + i)));
        }
        Message elsewhere = append(fixtures.message(random.id(), alice, "elsewhere"));
        Instant first = fixtures.now();
        Instant second = fixtures.now();
        Instant third = fixtures.now();
        Message p0 = m.get(0).withPinnedAt(first);
        Message p1 = m.get(1).withPinnedAt(third);
        Message p2 = m.get(2).withPinnedAt(second);
        inWrite(tx -> List.of(p1, p0, p2, elsewhere.withPinnedAt(fixtures.now())).forEach(tx.messages()::update));

        assertThat(committed().messages().pinned(general.id())).containsExactly(p1, p2, p0);

        update(p1.withPinnedAt(null));

        assertThat(committed().messages().pinned(general.id())).containsExactly(p2, p0);
        assertThat(committed().messages().pinned(random.id())).extracting(Message::id).containsExactly(elsewhere.id());
        assertThat(committed().messages().pinned(fixtures.id())).isEmpty();
    }

    @Test
    void countAfterCountsOthersLiveMessagesAboveTheSeq() {
        append(fixtures.message(general.id(), bob, "1"));
        append(fixtures.message(general.id(), alice, "2: own"));
        Message deleted = append(fixtures.message(general.id(), bob, "3"));
        append(fixtures.message(general.id(), carol, "4"));
        append(fixtures.message(general.id(), bob, "5"));
        append(fixtures.message(random.id(), bob, "elsewhere"));
        update(deleted.tombstone(fixtures.now()));

        assertThat(committed().messages().countAfter(general.id(), 0, alice.id())).isEqualTo(3);
        assertThat(committed().messages().countAfter(general.id(), 1, alice.id())).isEqualTo(2);
        assertThat(committed().messages().countAfter(general.id(), 4, alice.id())).isEqualTo(1);
        assertThat(committed().messages().countAfter(general.id(), 5, alice.id())).isZero();
        assertThat(committed().messages().countAfter(general.id(), 0, bob.id())).isEqualTo(2);
        assertThat(committed().messages().countAfter(fixtures.id(), 0, alice.id())).isZero();
    }

    @Test
    void mentionsAfterCountsDirectRoleEveryoneAndHereMentionsOfOthersLiveMessages() {
        long other = fixtures.id();
        append(mentioning(bob, Mentions.NONE));                                              // 1
        append(mentioning(bob, new Mentions(Set.of(alice.id()), Set.of(), false, false)));  // 2 direct
        append(mentioning(carol, new Mentions(Set.of(), Set.of(mod.id()), false, false)));  // 3 role
        append(mentioning(bob, new Mentions(Set.of(carol.id()), Set.of(other), false, false)));
        append(mentioning(bob, new Mentions(Set.of(), Set.of(), true, false)));             // 5 everyone
        append(mentioning(carol, new Mentions(Set.of(), Set.of(), false, true)));           // 6 here
        append(mentioning(alice, new Mentions(Set.of(alice.id()), Set.of(mod.id()), true, true)));
        Message deleted = append(mentioning(bob, new Mentions(Set.of(alice.id()), Set.of(), true, false)));
        append(fixtures.message(random.id(), bob, "elsewhere", null,
                new Mentions(Set.of(alice.id()), Set.of(), true, true)));
        // Deleted, yet (unlike a domain tombstone) still carrying mentions: only deletedAt excludes it.
        update(new Message(deleted.id(), deleted.channelId(), deleted.authorId(), deleted.seq(), null,
                deleted.clientMsgId(), null, deleted.mentions(), deleted.createdAt(), null, fixtures.now(), null));

        assertThat(committed().messages().mentionsAfter(general.id(), 0, alice.id(), Set.of(mod.id()))).isEqualTo(4);
        assertThat(committed().messages().mentionsAfter(general.id(), 0, alice.id(), Set.of())).isEqualTo(3);
        assertThat(committed().messages().mentionsAfter(general.id(), 2, alice.id(), Set.of(mod.id(), other)))
                .isEqualTo(4);
        assertThat(committed().messages().mentionsAfter(general.id(), 5, alice.id(), Set.of(mod.id()))).isEqualTo(1);
        assertThat(committed().messages().mentionsAfter(general.id(), 0, carol.id(), Set.of())).isEqualTo(3);
        assertThat(committed().messages().mentionsAfter(random.id(), 0, alice.id(), Set.of())).isEqualTo(1);
        assertThat(committed().messages().mentionsAfter(random.id(), 0, bob.id(), Set.of())).isZero();
    }

    @Test
    void lastSeqsAnswerForEveryChannelAskedWithZeroForEmptyOnes() {
        sixMessagesInGeneralWithTheThirdDeleted();
        long empty = fixtures.id();

        assertThat(committed().messages().lastSeqs(List.of(general.id(), random.id(), empty, general.id())))
                .isEqualTo(Map.of(general.id(), 6L, random.id(), 1L, empty, 0L));
        assertThat(committed().messages().lastSeqs(List.of())).isEmpty();
    }

    @Test
    void latestOfIsLatestOfEachChannelThatHasMessagesTombstonesAndMentionsIncluded() {
        List<Message> general6 = sixMessagesInGeneralWithTheThirdDeleted();
        Message last = general6.getLast().tombstone(fixtures.now());
        update(last);
        Message mentioning = append(fixtures.message(random.id(), bob, "hey", null,
                new Mentions(Set.of(alice.id()), Set.of(mod.id()), false, true)));

        Map<Long, Message> latest = committed().messages().latestOf(List.of(general.id(), random.id(), fixtures.id()));

        assertThat(latest).isEqualTo(Map.of(general.id(), last, random.id(), mentioning));
        assertThat(latest.get(random.id()).mentions()).isEqualTo(mentioning.mentions());
        assertThat(committed().messages().latestOf(List.of())).isEmpty();
    }

    @Test
    void unreadAfterCountsEachChannelAsCountAfterAndMentionsAfterDo() {
        long other = fixtures.id();
        append(mentioning(bob, new Mentions(Set.of(alice.id()), Set.of(), false, false)));          // direct
        append(mentioning(carol, new Mentions(Set.of(), Set.of(mod.id()), false, false)));          // role
        append(mentioning(bob, new Mentions(Set.of(), Set.of(), true, false)));                     // everyone
        Message deleted = append(mentioning(bob, new Mentions(Set.of(alice.id()), Set.of(), false, false)));
        append(mentioning(alice, new Mentions(Set.of(alice.id()), Set.of(mod.id()), true, true))); // own
        update(deleted.tombstone(fixtures.now()));
        // In random, mod is not among the reader's roles: only the mention of "other" counts.
        append(fixtures.message(random.id(), bob, "r1", null, new Mentions(Set.of(), Set.of(mod.id()), false, false)));
        append(fixtures.message(random.id(), carol, "r2", null, new Mentions(Set.of(), Set.of(other), false, false)));
        long quiet = fixtures.id();
        List<UnreadFrom> from = List.of(new UnreadFrom(general.id(), 0, Set.of(mod.id())),
                new UnreadFrom(random.id(), 0, Set.of(other)), new UnreadFrom(quiet, 0, Set.of()),
                new UnreadFrom(fixtures.id(), 0, Set.of(mod.id())));

        Map<Long, UnreadCounts> counts = committed().messages().unreadAfter(alice.id(), from);

        assertThat(counts).containsOnlyKeys(from.stream().map(UnreadFrom::channelId).toList());
        assertThat(counts).containsEntry(general.id(), new UnreadCounts(3, 3))
                .containsEntry(random.id(), new UnreadCounts(2, 1)).containsEntry(quiet, UnreadCounts.NONE);
        for (UnreadFrom f : List.of(new UnreadFrom(general.id(), 2, Set.of()), new UnreadFrom(random.id(), 1, Set.of(mod.id())))) {
            assertThat(committed().messages().unreadAfter(bob.id(), List.of(f))).containsExactly(Map.entry(f.channelId(),
                    new UnreadCounts(committed().messages().countAfter(f.channelId(), f.afterSeq(), bob.id()),
                            committed().messages().mentionsAfter(f.channelId(), f.afterSeq(), bob.id(), f.roleIds()))));
        }
        assertThat(committed().messages().unreadAfter(alice.id(), List.of())).isEmpty();
    }

    @Test
    void unreadAfterAnswersForMoreChannelsAndRolesThanOneStatementHolds() {
        List<UnreadFrom> from = new ArrayList<>();
        for (int i = 0; i < 1203; i++) {
            from.add(new UnreadFrom(fixtures.id(), 0, Set.of(fixtures.id(), fixtures.id())));
        }
        from.add(new UnreadFrom(fixtures.id(), 0, LongStream.range(0, 700).mapToObj(i -> fixtures.id()).collect(toSet())));
        List<UnreadFrom> mentioned = List.of(from.getFirst(), from.get(601), from.getLast());
        for (UnreadFrom f : mentioned) {
            append(fixtures.message(f.channelId(), bob, "role", null,
                    new Mentions(Set.of(), Set.of(f.roleIds().iterator().next()), false, false)));
        }

        Map<Long, UnreadCounts> counts = committed().messages().unreadAfter(alice.id(), from);

        assertThat(counts).hasSize(from.size());
        assertThat(counts.values()).filteredOn(c -> !c.equals(UnreadCounts.NONE))
                .hasSize(3).containsOnly(new UnreadCounts(1, 1));
        mentioned.forEach(f -> assertThat(counts.get(f.channelId())).isEqualTo(new UnreadCounts(1, 1)));
    }

    @Test
    void conversationsShareTheMessageStoreWithTheirIdAsChannel() {
        Conversation dm = fixtures.dm(alice, bob);
        inWrite(tx -> {
            tx.conversations().insert(dm);
            tx.conversations().addParticipant(fixtures.participant(dm, alice));
            tx.conversations().addParticipant(fixtures.participant(dm, bob));
        });
        Message hi = append(fixtures.message(dm.id(), alice, "hi"));
        Message hello = append(fixtures.message(dm.id(), bob, "hello"));

        assertThat(List.of(hi.seq(), hello.seq())).containsExactly(1L, 2L);
        assertThat(committed().messages().after(dm.id(), 0, 10)).containsExactly(hi, hello);
        assertThat(committed().messages().countAfter(dm.id(), 0, alice.id())).isEqualTo(1);
    }

    @Test
    void failedWorkLeavesNoMessageAndConsumesNoSeq() {
        Message draft = fixtures.message(general.id(), alice, "nope");

        assertThatThrownBy(() -> inWrite(tx -> {
            tx.messages().append(draft);
            throw new IllegalStateException("boom");
        })).isInstanceOf(IllegalStateException.class).hasMessage("boom");

        assertThat(committed().messages().byId(draft.id())).isEmpty();
        assertThat(committed().messages().lastSeq(general.id())).isZero();
        assertThat(committed().messages().byClientMsgId(alice.id(), draft.clientMsgId())).isEmpty();
    }

    private Message mentioning(User author, Mentions mentions) {
        return fixtures.message(general.id(), author, "mention", null, mentions);
    }

    /** Six messages in general by alice and bob (seq 1 to 6), the third deleted; one in random. */
    private List<Message> sixMessagesInGeneralWithTheThirdDeleted() {
        List<Message> m = new ArrayList<>();
        for (int i = 1; i <= 6; i++) {
            m.add(append(fixtures.message(general.id(), i % 2 == 0 ? bob : alice, "m" + i)));
            if (i == 3) {
                append(fixtures.message(random.id(), bob, "elsewhere"));
            }
        }
        Message tombstone = m.get(2).tombstone(fixtures.now());
        update(tombstone);
        m.set(2, tombstone);
        return m;
    }

    private Message append(Message draft) {
        return write(tx -> tx.messages().append(draft));
    }

    private void update(Message message) {
        inWrite(tx -> tx.messages().update(message));
    }
}
