package dev.parley.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static dev.parley.gateway.PresenceTest.readyPresences;
import static org.awaitility.Awaitility.await;

import dev.parley.bus.PresenceSignal;
import dev.parley.protocol.community.CommunityView;
import dev.parley.protocol.community.CreateCommunityRequest;
import dev.parley.protocol.community.CreateInviteRequest;
import dev.parley.protocol.gateway.GatewayLimits;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * Presence across nodes (gateway.md §11, cluster note) on one real node whose other nodes the
 * test plays: it hands the node what another node holds of a user, as that node's signals would,
 * moves the node's clock past the offline grace or the time to live, and reads what the node
 * tells its clients and the other nodes. The same over real NATS and PostgreSQL with two real
 * nodes: the server module's {@code ClusterDeliveryTest}.
 */
class ClusterPresenceTest {
    /** Long on the test's real clock, so the node never refreshes by itself; the test moves the node's clock instead. */
    private static final Duration REFRESH = Duration.ofMinutes(1);
    private static final Duration GRACE = Duration.ofSeconds(GatewayLimits.PRESENCE_OFFLINE_GRACE_SECONDS);
    private static final Duration WAIT = Duration.ofSeconds(10);

    @TempDir
    Path dir;
    final TappedBus bus = new TappedBus();
    GatewayHarness node;
    GatewayHarness.User ada;
    GatewayHarness.User bob;
    CommunityView community;

    @BeforeEach
    void start() {
        node = new GatewayHarness(dir, GatewayHarness.config(), bus, REFRESH);
        ada = node.user("ada");
        bob = node.user("bob");
        community = node.useCases.communities().create(ada.caller(), new CreateCommunityRequest("Lab", null));
        node.useCases.invites().accept(bob.caller(),
                node.useCases.invites().create(ada.caller(), community.id(), new CreateInviteRequest(null, null)).code());
    }

    @AfterEach
    void stop() {
        node.close();
    }

    /** Another node says what it holds of a user. */
    private void elsewhere(String otherNode, long userId, String chosen, long chosenAt, boolean active, long endedAt) {
        bus.hear(new PresenceSignal(otherNode, false, List.of(new PresenceSignal.Held(userId, chosen, chosenAt, active, endedAt))));
    }

    private long now() {
        return node.clock.millis();
    }

    private static JsonNode presence(WsClient client, long userId, String status) {
        List<JsonNode> frames = client.framesUntil(f -> WsClient.isPresence(f, userId, status));
        return frames.getLast().get("d");
    }

    private PresenceBoard.State stateOf(long userId) {
        return node.gateway.hub().directory().users.get(userId);
    }

    /** Waits until the node stored a last-seen time for the user (writes are stored in order, one at a time). */
    private Instant storedLastSeen(long userId) {
        await().atMost(WAIT).until(() -> node.useCases.lastSeen().of(List.of(userId)).containsKey(userId));
        return node.useCases.lastSeen().of(List.of(userId)).get(userId);
    }

    @Test
    void a_user_held_only_by_another_node_is_a_present_peer_here_until_that_node_lets_go() {
        try (WsClient a = node.connect()) {
            assertThat(readyPresences(a.ready(ada.token()), bob.id())).as("nobody holds bob yet").isEmpty();

            elsewhere("far", bob.id(), "online", now(), true, 0);
            presence(a, bob.id(), "online");
            String sessionId;
            try (WsClient again = node.connect()) {
                JsonNode ready = again.ready(ada.token());
                assertThat(readyPresences(ready, bob.id())).containsExactly("online");
                sessionId = ready.path("session_id").asString();
            }
            try (WsClient resumed = node.connect()) {
                resumed.resumeAfterHello(ada.token(), sessionId, 0);
                JsonNode answer = resumed.framesUntil(f -> f.path("op").asString().equals("RESUMED")).getLast().get("d");
                assertThat(readyPresences(answer, bob.id())).containsExactly("online");
            }
            a.send("{\"op\":\"REQUEST_MEMBERS\",\"d\":{\"community_id\":\"" + community.id() + "\",\"user_ids\":[\""
                    + bob.id() + "\"],\"presences\":true,\"nonce\":\"r1\"}}");
            JsonNode chunk = a.framesUntil(f -> f.path("op").asString().equals("MEMBERS_CHUNK")).getLast().get("d");
            assertThat(chunk.path("presences").get(0).path("status").asString()).isEqualTo("online");

            long ended = now();
            elsewhere("far", bob.id(), "online", ended - 5_000, true, ended); // its last connection of bob ended
            node.clock.advance(GRACE.plusSeconds(1));
            JsonNode offline = presence(a, bob.id(), "offline");
            assertThat(Instant.parse(offline.path("last_seen_at").asString())).isEqualTo(Instant.ofEpochMilli(ended));

            // the node that held bob last stores the time, not this one: a write of this node's own comes first
            a.send("{\"op\":\"PRESENCE_UPDATE\",\"d\":{\"status\":\"invisible\"}}");
            storedLastSeen(ada.id());
            assertThat(node.useCases.lastSeen().of(List.of(bob.id()))).doesNotContainKey(bob.id());
        }
    }

    @Test
    void a_user_with_devices_on_two_nodes_stays_online_while_either_holds_them() {
        try (WsClient a = node.connect()) {
            a.ready(ada.token());
            WsClient b = node.connect();
            b.ready(bob.token());
            presence(a, bob.id(), "online");
            elsewhere("far", bob.id(), "online", now() - 60_000, true, 0);

            b.close(); // bob's device here leaves; the one elsewhere stays
            await().atMost(WAIT).until(() -> stateOf(bob.id()).local != null && !stateOf(bob.id()).local.connected());
            node.clock.advance(GRACE.plusSeconds(1));
            await().atMost(WAIT).until(() -> stateOf(bob.id()).local == null); // this node let go of its part
            assertThat(a.hubRoundTrip(ada.id())).noneMatch(f -> WsClient.isPresence(f, bob.id(), "offline"));
            try (WsClient again = node.connect()) {
                assertThat(readyPresences(again.ready(ada.token()), bob.id())).containsExactly("online");
            }

            long ended = now();
            elsewhere("far", bob.id(), "online", now() - 60_000, true, ended);
            node.clock.advance(GRACE.plusSeconds(1));
            JsonNode offline = presence(a, bob.id(), "offline");
            assertThat(Instant.parse(offline.path("last_seen_at").asString())).isEqualTo(Instant.ofEpochMilli(ended));
        }
    }

    @Test
    void what_a_node_stops_repeating_expires_and_this_node_stores_when_it_was_last_heard() {
        try (WsClient a = node.connect()) {
            a.ready(ada.token());
            long heard = now();
            elsewhere("far", bob.id(), "online", heard, true, 0);
            presence(a, bob.id(), "online");

            node.clock.advance(REFRESH.multipliedBy(ClusterPresence.TTL_REFRESHES).plusSeconds(1)); // far never repeated it
            JsonNode offline = presence(a, bob.id(), "offline");
            Instant lastSeen = Instant.parse(offline.path("last_seen_at").asString());
            assertThat(lastSeen).isBetween(Instant.ofEpochMilli(heard), Instant.ofEpochMilli(heard + WAIT.toMillis()));
            assertThat(storedLastSeen(bob.id())).as("the only live node stores it").isEqualTo(lastSeen);
        }
    }

    @Test
    void a_status_chosen_later_on_another_node_is_adopted_by_the_users_devices_here() {
        try (WsClient a = node.connect(); WsClient b = node.connect()) {
            a.ready(ada.token());
            b.ready(bob.token());
            presence(a, bob.id(), "online");

            long chosenAt = now() + 1_000;
            elsewhere("far", bob.id(), "dnd", chosenAt, true, 0);
            presence(b, bob.id(), "dnd"); // bob's own device here is told
            presence(a, bob.id(), "dnd");
            await().atMost(WAIT).until(() -> bus.presenceSent().stream().anyMatch(h -> h.userId() == bob.id()
                    && h.chosen().equals("dnd") && h.chosenAtMillis() == chosenAt && h.connected()));

            elsewhere("far", bob.id(), "invisible", chosenAt + 1, true, 0); // offline to others, as of that choice
            JsonNode offline = presence(a, bob.id(), "offline");
            assertThat(Instant.parse(offline.path("last_seen_at").asString())).isEqualTo(Instant.ofEpochMilli(chosenAt + 1));
        }
    }

    @Test
    void this_node_asks_when_it_starts_tells_changes_and_answers_an_ask_with_all_it_holds() {
        await().atMost(WAIT).until(() -> bus.sent().stream().anyMatch(s -> s instanceof PresenceSignal p && p.ask()));
        try (WsClient b = node.connect()) {
            b.ready(bob.token());
            await().atMost(WAIT).until(() -> bus.presenceSent().stream()
                    .anyMatch(h -> h.userId() == bob.id() && h.chosen().equals("online") && h.active() && h.connected()));
            long before = bus.presenceSent().stream().filter(h -> h.userId() == bob.id()).count();

            bus.hear(new PresenceSignal("newcomer", true, List.of()));
            await().atMost(WAIT).until(() -> bus.presenceSent().stream().filter(h -> h.userId() == bob.id()).count() > before);
        }
    }

    @Test
    void only_the_live_node_with_the_lowest_id_stores_when_an_expired_user_was_last_heard_of() {
        try (WsClient a = node.connect()) {
            a.ready(ada.token());
            elsewhere("zzz", bob.id(), "online", now(), true, 0);
            presence(a, bob.id(), "online");
            int sent = bus.sent().size();
            bus.hear(new PresenceSignal("0", true, List.of())); // a live node whose id is lower than any other
            await().atMost(WAIT).until(() -> bus.sent().size() > sent); // this node answered, and decided it stores nothing

            node.clock.advance(REFRESH.multipliedBy(ClusterPresence.TTL_REFRESHES).plusSeconds(1)); // zzz never repeated
            presence(a, bob.id(), "offline");
            a.send("{\"op\":\"PRESENCE_UPDATE\",\"d\":{\"status\":\"invisible\"}}");
            storedLastSeen(ada.id());
            assertThat(node.useCases.lastSeen().of(List.of(bob.id()))).as("node 0 stores it").doesNotContainKey(bob.id());
        }
    }

    @Test
    void a_part_whose_connection_ended_before_this_node_heard_of_it_does_not_bring_a_user_back() {
        try (WsClient a = node.connect()) {
            a.ready(ada.token());
            elsewhere("far", bob.id(), "online", now() - 5_000, true, now() - 1_000); // a late refresh, within the grace
            node.gateway.hub().sync(WAIT);
            assertThat(node.gateway.hub().directory().announced(bob.id())).isEqualTo("offline");
            assertThat(a.hubRoundTrip(ada.id())).noneMatch(f -> WsClient.isPresence(f, bob.id(), "online"));
        }
    }
}
