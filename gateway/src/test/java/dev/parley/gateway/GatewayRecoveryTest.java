package dev.parley.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.parley.protocol.gateway.CloseCode;
import dev.parley.store.gateway.ResumeRecord;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import java.util.stream.LongStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * RESUME of a session this gateway process does not hold (gateway.md §5, server note): two
 * gateways over one database and bus, as two nodes of a cluster, and a gateway restarted over the
 * same database. The session is rebuilt from its resume record and the event log, with the same
 * sequence numbers the first gateway gave, or answered {@code state_lost} when a change while it
 * was away could make the numbering differ.
 */
class GatewayRecoveryTest {
    @TempDir
    Path dir;
    GatewayHarness node;
    Lab lab;
    Gateway other;
    int otherPort;

    @BeforeEach
    void start() {
        node = new GatewayHarness(dir, GatewayHarness.config());
        lab = new Lab(node);
        other = secondGateway();
        otherPort = other.start();
    }

    @AfterEach
    void stop() {
        other.close();
        node.close();
    }

    private Gateway secondGateway() {
        return new Gateway(GatewayHarness.config(), new UseCaseFacts(node.useCases, node.storage), node.bus, node.clock);
    }

    @Test
    void aSessionResumesOnAnotherNodeWithTheMissedDispatchesNumberedAsTheFirstNodeDid() {
        String sessionId;
        try (WsClient first = node.connect()) {
            sessionId = first.ready(lab.member.token()).path("session_id").asString();
            post(1, 5);
            first.dispatchesUntil(f -> f.path("s").asLong() == 5);
            first.heartbeat(5);
            first.expect("HEARTBEAT_ACK");
            await().atMost(Duration.ofSeconds(10)).until(() -> record(sessionId).map(ResumeRecord::seq).orElse(0L) == 5);
            post(6, 8);
            first.dispatchesUntil(f -> f.path("s").asLong() == 8);
            first.abort();
        }
        post(9, 12);

        try (WsClient second = WsClient.open(otherPort, null)) {
            second.resumeAfterHello(lab.member.token(), sessionId, 8);
            List<JsonNode> frames = second.framesUntil(f -> f.path("op").asString().equals("RESUMED"));
            List<JsonNode> replayed = frames.subList(0, frames.size() - 1);
            assertThat(replayed).extracting(GatewayRecoveryTest::contentOf)
                    .containsExactly("m9", "m10", "m11", "m12");
            assertThat(replayed).extracting(f -> f.path("s").asLong()).containsExactly(9L, 10L, 11L, 12L);
            assertThat(frames.getLast().path("d").path("replayed").asInt()).isEqualTo(4);

            post(13, 13);
            JsonNode live = second.dispatchesUntil(f -> contentOf(f).equals("m13")).getLast();
            assertThat(live.path("s").asLong()).isEqualTo(13);
            assertThat(record(sessionId).orElseThrow().owner()).isEqualTo(other.hub().owner());
        }
    }

    @Test
    void theFormerOwnerGivesTheSessionUpAtItsNextSaveClosingItsConnectionAsReplaced() {
        String sessionId;
        try (WsClient first = node.connect()) {
            sessionId = first.ready(lab.member.token()).path("session_id").asString();
            post(1, 2);
            first.dispatchesUntil(f -> f.path("s").asLong() == 2);
            first.abort();
        }
        awaitSaved(sessionId);
        try (WsClient second = WsClient.open(otherPort, null)) {
            second.resumeAfterHello(lab.member.token(), sessionId, 2);
            second.expect("RESUMED");
        }
        // The first node still holds the session in memory: a RESUME there is served from it, and
        // its save is then refused (the other node owns the record), so it closes that connection.
        try (WsClient back = node.connect()) {
            back.resumeAfterHello(lab.member.token(), sessionId, 2);
            back.expect("RESUMED");
            assertThat(back.closeCode()).isEqualTo(CloseCode.SESSION_REPLACED.code());
        }
    }

    @Test
    void aRestartedGatewayResumesTheSessionsItSavedOnStopping() {
        String sessionId;
        try (WsClient first = node.connect()) {
            sessionId = first.ready(lab.member.token()).path("session_id").asString();
            post(1, 3);
            first.dispatchesUntil(f -> f.path("s").asLong() == 3);
            other.close();
            node.gateway.close();
            // server_restarting (4014), or 1006 when the stop cuts the socket first: either way the client resumes
            assertThat(first.closeCode()).isIn(CloseCode.SERVER_RESTARTING.code(), 1006);
        }
        post(4, 6);
        other = secondGateway();
        otherPort = other.start();

        try (WsClient again = WsClient.open(otherPort, null)) {
            again.resumeAfterHello(lab.member.token(), sessionId, 3);
            List<JsonNode> frames = again.framesUntil(f -> f.path("op").asString().equals("RESUMED"));
            assertThat(frames.subList(0, frames.size() - 1)).extracting(f -> f.path("s").asLong())
                    .containsExactlyElementsOf(LongStream.rangeClosed(4, 6).boxed().toList());
        }
    }

    @Test
    void aChangeOfWhatTheUserReceivesWhileAwayAnswersStateLostAndIdentifyStillWorks() {
        String sessionId;
        try (WsClient first = node.connect()) {
            sessionId = first.ready(lab.member.token()).path("session_id").asString();
            post(1, 1);
            first.dispatchesUntil(f -> f.path("s").asLong() == 1);
            first.abort();
        }
        awaitSaved(sessionId);
        lab.newMember("newcomer"); // member_joined in the member's community
        post(2, 2);

        try (WsClient second = WsClient.open(otherPort, null)) {
            second.resumeAfterHello(lab.member.token(), sessionId, 1);
            assertThat(second.expect("RESYNC").path("d").path("reason").asString()).isEqualTo("state_lost");
            second.identify(lab.member.token());
            assertThat(second.expect("READY").path("d").path("session_id").asString()).isNotEqualTo(sessionId);
        }
        assertThat(record(sessionId)).isEmpty();
    }

    @Test
    void aSessionUnknownToEveryNodeOrAnotherUsersAnswersSessionUnknown() {
        String sessionId;
        try (WsClient first = node.connect()) {
            sessionId = first.ready(lab.member.token()).path("session_id").asString();
            first.abort();
        }
        awaitSaved(sessionId);
        try (WsClient stranger = WsClient.open(otherPort, null); WsClient unknown = WsClient.open(otherPort, null)) {
            stranger.resumeAfterHello(lab.stranger.token(), sessionId, 0);
            assertThat(stranger.expect("RESYNC").path("d").path("reason").asString()).isEqualTo("session_unknown");
            unknown.resumeAfterHello(lab.member.token(), "gw_0000000000000000", 0);
            assertThat(unknown.expect("RESYNC").path("d").path("reason").asString()).isEqualTo("session_unknown");
        }
        assertThat(record(sessionId).orElseThrow().owner()).isEqualTo(node.gateway.hub().owner());
    }

    private void post(int from, int to) {
        IntStream.rangeClosed(from, to).forEach(i -> lab.post(lab.owner, "m" + i));
    }

    /** Waits for the gateway's periodic save of the session's record (the sweep, every second). */
    private void awaitSaved(String sessionId) {
        await().atMost(Duration.ofSeconds(10)).until(() -> record(sessionId).isPresent());
    }

    private Optional<ResumeRecord> record(String sessionId) {
        return node.storage.read(tx -> tx.resumeRecords().find(sessionId));
    }

    private static String contentOf(JsonNode dispatch) {
        return dispatch.path("d").path("message").path("content").asString();
    }
}
