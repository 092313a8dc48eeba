package dev.parley.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.protocol.gateway.GatewayLimits;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import java.util.stream.LongStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * The hub split into shards ({@code gateway.hub-shards}): users placed on different shards on
 * purpose, and what must hold across them: every shard delivers a channel's messages in order with
 * gap-free {@code s}; a kick takes effect on the kicked member's shard before any later event
 * while other shards keep delivering; presence and typing reach peers on other shards.
 */
class GatewayShardsTest {
    private static final int MESSAGES = 120;

    @TempDir
    Path dir;
    GatewayHarness node;
    Lab lab;

    @BeforeEach
    void start() {
        node = new GatewayHarness(dir, GatewayHarness.config());
        lab = new Lab(node);
    }

    @AfterEach
    void stop() {
        node.close();
    }

    /** A new member of the Lab whose sessions live on shard {@code index}. */
    private GatewayHarness.User memberOnShard(String prefix, int index) {
        GatewayHarness.User user = node.userOnShard(prefix, index);
        lab.join(user);
        return user;
    }

    @Test
    void everyShardDeliversTheChannelsMessagesInOneOrderWithGapFreeSequenceNumbers() throws Exception {
        List<GatewayHarness.User> members = IntStream.range(0, GatewayHarness.SHARDS)
                .mapToObj(i -> memberOnShard("shard" + i + "-", i)).toList();
        List<WsClient> clients = new ArrayList<>();
        try (ExecutorService authors = Executors.newFixedThreadPool(members.size())) {
            for (GatewayHarness.User member : members) {
                WsClient client = node.connect();
                clients.add(client);
                client.ready(member.token());
            }
            AtomicInteger next = new AtomicInteger();
            List<Future<?>> posting = new ArrayList<>();
            for (GatewayHarness.User author : members) {
                posting.add(authors.submit(() -> {
                    for (int i = next.getAndIncrement(); i < MESSAGES; i = next.getAndIncrement()) {
                        lab.post(author, "m" + i);
                    }
                }));
            }
            for (Future<?> f : posting) {
                f.get();
            }

            List<String> first = null;
            for (WsClient client : clients) {
                AtomicInteger seen = new AtomicInteger();
                List<JsonNode> got = client.dispatchesUntil(f -> f.path("t").asString().equals("message_created")
                        && seen.incrementAndGet() == MESSAGES);
                assertThat(got).extracting(f -> f.path("s").asLong())
                        .as("s on every shard: 1, 2, 3, ... without gaps")
                        .isEqualTo(oneTo(got.size()));
                List<Long> seqs = got.stream().map(f -> Long.parseLong(f.path("d").path("message").path("seq").asString())).toList();
                assertThat(seqs).as("channel seq order").isSorted().doesNotHaveDuplicates();
                List<String> ids = got.stream().map(f -> f.path("d").path("message").path("id").asString()).toList();
                if (first == null) {
                    first = ids;
                } else {
                    assertThat(ids).as("the same messages in the same order on every shard").isEqualTo(first);
                }
            }
        } finally {
            clients.forEach(WsClient::close);
        }
    }

    @Test
    void aKickedMemberGetsNothingMoreWhileMembersOnOtherShardsKeepReceiving() throws Exception {
        GatewayHarness.User kicked = memberOnShard("kicked", 1);
        GatewayHarness.User witness = memberOnShard("witness", 2);
        AtomicBoolean posting = new AtomicBoolean(true);
        AtomicInteger posted = new AtomicInteger();
        try (WsClient kickedWs = node.connect(); WsClient witnessWs = node.connect();
             ExecutorService poster = Executors.newSingleThreadExecutor()) {
            kickedWs.ready(kicked.token());
            witnessWs.ready(witness.token());
            Future<?> posts = poster.submit(() -> {
                while (posting.get() || posted.get() < 40) {
                    lab.post(lab.owner, "p" + posted.getAndIncrement());
                }
            });
            AtomicInteger before = new AtomicInteger();
            witnessWs.dispatchesUntil(f -> f.path("t").asString().equals("message_created") && before.incrementAndGet() == 10);

            node.useCases.members().kick(lab.owner.caller(), lab.community.id(), kicked.id());
            int postedAtKick = posted.get();
            posting.set(false);
            posts.get();

            List<JsonNode> upToTheEnd = kickedWs.dispatchesUntil(f -> f.path("t").asString().equals("community_deleted"));
            assertThat(upToTheEnd).extracting(f -> f.path("s").asLong()).isEqualTo(oneTo(upToTheEnd.size()));
            List<JsonNode> after = kickedWs.hubRoundTrip(kicked.id());
            assertThat(after).as("what the kicked member got after community_deleted")
                    .noneMatch(f -> f.path("op").asString().equals("DISPATCH"));
            int lastSeenByKicked = upToTheEnd.stream().filter(f -> f.path("t").asString().equals("message_created"))
                    .mapToInt(f -> Integer.parseInt(f.path("d").path("message").path("content").asString().substring(1)))
                    .max().orElse(-1);

            String last = "p" + (posted.get() - 1);
            List<JsonNode> witnessed = witnessWs.dispatchesUntil(f -> f.path("t").asString().equals("message_created")
                    && f.path("d").path("message").path("content").asString().equals(last));
            assertThat(witnessed).as("the witness on another shard saw the kick and later posts")
                    .anyMatch(f -> f.path("t").asString().equals("member_left"));
            assertThat(posted.get() - 1).as("posts went on after what the kicked member last got")
                    .isGreaterThan(lastSeenByKicked).isGreaterThanOrEqualTo(postedAtKick);
        }
    }

    @Test
    void presenceAndTypingReachPeersOnOtherShards() {
        GatewayHarness.User ada = memberOnShard("ada", 0);
        GatewayHarness.User bob = memberOnShard("bob", 3);
        GatewayHarness.User outsider = node.userOnShard("outsider", 2);
        try (WsClient adaWs = node.connect(); WsClient outsiderWs = node.connect()) {
            adaWs.ready(ada.token());
            outsiderWs.ready(outsider.token());
            try (WsClient bobWs = node.connect()) {
                JsonNode ready = bobWs.ready(bob.token());
                assertThat(ready.path("presences").findValuesAsString("user_id")).as("bob's READY lists ada, on another shard")
                        .contains(Long.toString(ada.id()));
                adaWs.framesUntil(f -> WsClient.isPresence(f, bob.id(), "online"));

                bobWs.send("{\"op\":\"PRESENCE_UPDATE\",\"d\":{\"status\":\"dnd\"}}");
                adaWs.framesUntil(f -> WsClient.isPresence(f, bob.id(), "dnd"));

                bobWs.send("{\"op\":\"TYPING_START\",\"d\":{\"channel_id\":\"" + lab.general.id() + "\"}}");
                JsonNode typing = adaWs.framesUntil(f -> f.path("op").asString().equals("TYPING_START")).getLast();
                assertThat(typing.path("d").path("user_id").asString()).isEqualTo(Long.toString(bob.id()));
                bobWs.closeWith(1000);
                assertThat(bobWs.closeCode()).isEqualTo(1000);
                node.gateway.hub().sync(Duration.ofSeconds(10)); // detached on its shard before the clock moves
            }
            node.clock.advance(Duration.ofSeconds(GatewayLimits.PRESENCE_OFFLINE_GRACE_SECONDS + 1));
            JsonNode offline = adaWs.framesUntil(f -> WsClient.isPresence(f, bob.id(), "offline")).getLast();
            assertThat(offline.path("d").path("last_seen_at").isString()).isTrue();

            assertThat(outsiderWs.hubRoundTrip(outsider.id())).as("a stranger on a third shard sees none of it")
                    .noneMatch(f -> f.path("d").path("user_id").asString().equals(Long.toString(bob.id())));
        }
    }

    /** 1, 2, ..., n. */
    private static List<Long> oneTo(int n) {
        return LongStream.rangeClosed(1, n).boxed().toList();
    }
}
