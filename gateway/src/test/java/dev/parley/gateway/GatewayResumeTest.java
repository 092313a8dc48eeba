package dev.parley.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.parley.protocol.gateway.GatewayLimits;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import java.util.stream.LongStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * RESUME (gateway.md §5) over real sockets: a session that drops while messages are being sent
 * resumes on a new connection with exactly the dispatches it missed, in order, with their
 * original {@code s}; past the resume window or the event limit it gets RESYNC with the
 * documented reason, also after the hub's periodic sweep, and may IDENTIFY on that connection.
 */
class GatewayResumeTest {
    private static final Duration WINDOW = Duration.ofMinutes(1);
    private static final int MAX_EVENTS = 5;

    @TempDir
    Path dir;
    GatewayHarness node;
    Lab lab;
    GatewayHarness.User member;
    /** The owner's connection, with small limits: it watches the member's presence. */
    WsClient owner;

    private void start(GatewayConfig config) {
        node = new GatewayHarness(dir, config);
        lab = new Lab(node);
        member = lab.member;
    }

    private void startWithSmallLimits() {
        start(GatewayHarness.config(WINDOW, MAX_EVENTS, GatewayLimits.MAX_QUEUED_BYTES, GatewayLimits.MAX_QUEUED_FRAMES));
        owner = node.connect();
        owner.ready(lab.owner.token());
    }

    @AfterEach
    void stop() {
        if (owner != null) {
            owner.close();
        }
        if (node != null) {
            node.close();
        }
    }

    @Test
    void aSessionDroppedWhileMessagesAreSentResumesWithExactlyTheMissedOnesInOrder() {
        start(GatewayHarness.config());
        int total = 40;
        AtomicInteger posted = new AtomicInteger();
        List<JsonNode> processed = new ArrayList<>();
        String sessionId;
        CompletableFuture<Void> posting;
        try (WsClient first = node.connect()) {
            sessionId = first.ready(member.token()).path("session_id").asString();
            posting = CompletableFuture.runAsync(() -> IntStream.range(0, total).forEach(i -> {
                lab.post(lab.owner, "m" + i);
                posted.incrementAndGet();
            }));
            processed.addAll(first.dispatchesUntil(f -> f.path("s").asLong() == 10));
            first.abort();
        }
        // Resume once some messages were certainly missed, while the rest are still being posted.
        await().atMost(Duration.ofSeconds(10)).until(() -> posted.get() >= 20 || posting.isDone());
        try (WsClient second = node.connect()) {
            second.resumeAfterHello(member.token(), sessionId, 10);
            List<JsonNode> untilResumed = second.framesUntil(f -> f.path("op").asString().equals("RESUMED"));
            List<JsonNode> replayed = untilResumed.subList(0, untilResumed.size() - 1);
            assertThat(replayed).hasSizeGreaterThanOrEqualTo(10)
                    .allSatisfy(f -> assertThat(f.path("op").asString()).isEqualTo("DISPATCH"));
            assertThat(untilResumed.getLast().path("d").path("replayed").asInt()).isEqualTo(replayed.size());
            processed.addAll(replayed);
            if (processed.size() < total) {
                processed.addAll(second.dispatchesUntil(f -> contentOf(f).equals("m" + (total - 1))));
            }
            posting.join();

            assertThat(processed).extracting(GatewayResumeTest::contentOf)
                    .containsExactlyElementsOf(IntStream.range(0, total).mapToObj(i -> "m" + i).toList());
            assertThat(processed).extracting(f -> f.path("s").asLong())
                    .containsExactlyElementsOf(LongStream.rangeClosed(1, total).boxed().toList());
        }
    }

    @Test
    void atMostTheEventLimitMissedResumesAndOneMoreAnswersTooManyEventsEvenAfterTheSweep() {
        startWithSmallLimits();
        try (WsClient c = node.connect(); WsClient again = node.connect()) {
            String sessionId = c.ready(member.token()).path("session_id").asString();
            disconnect(c);
            IntStream.range(0, MAX_EVENTS).forEach(i -> lab.post(lab.owner, "within " + i));
            sweepAfter(Duration.ZERO);

            again.resumeAfterHello(member.token(), sessionId, 0);
            List<JsonNode> frames = again.framesUntil(f -> f.path("op").asString().equals("RESUMED"));
            assertThat(frames).hasSize(MAX_EVENTS + 1);
            assertThat(frames.getLast().path("d").path("replayed").asInt()).isEqualTo(MAX_EVENTS);

            disconnect(again);
            IntStream.range(0, MAX_EVENTS + 1).forEach(i -> lab.post(lab.owner, "beyond " + i));
            sweepAfter(Duration.ZERO);
            try (WsClient late = node.connect()) {
                late.resumeAfterHello(member.token(), sessionId, MAX_EVENTS);
                assertThat(late.expect("RESYNC").path("d").path("reason").asString()).isEqualTo("too_many_events");
                late.identify(member.token());
                assertThat(late.expect("READY").path("d").path("session_id").asString()).isNotEqualTo(sessionId);
            }
        }
    }

    @Test
    void aSessionThatReceivedMoreThanTheLimitLiveAndAcknowledgedItStaysResumable() {
        startWithSmallLimits();
        try (WsClient c = node.connect(); WsClient again = node.connect()) {
            String sessionId = c.ready(member.token()).path("session_id").asString();
            int received = MAX_EVENTS + 2;
            IntStream.range(0, received).forEach(i -> lab.post(lab.owner, "live " + i));
            c.dispatchesUntil(f -> f.path("s").asLong() == received);
            c.heartbeat(received);
            c.expect("HEARTBEAT_ACK");
            disconnect(c);
            sweepAfter(Duration.ZERO);

            again.resumeAfterHello(member.token(), sessionId, received);
            assertThat(again.expect("RESUMED").path("d").path("replayed").asInt()).isZero();
        }
    }

    @Test
    void pastTheResumeWindowAnswersWindowExpiredEvenAfterTheSweepAndTheConnectionMayIdentify() {
        startWithSmallLimits();
        try (WsClient c = node.connect(); WsClient again = node.connect()) {
            String sessionId = c.ready(member.token()).path("session_id").asString();
            disconnect(c);
            sweepAfter(WINDOW);

            again.resumeAfterHello(member.token(), sessionId, 0);
            assertThat(again.expect("RESYNC").path("d").path("reason").asString()).isEqualTo("window_expired");
            again.identify(member.token());
            assertThat(again.expect("READY").path("d").path("session_id").asString()).startsWith("gw_");
        }
    }

    /** Closes as a client that keeps its session does (4000) and waits until the hub detached it. */
    private void disconnect(WsClient client) {
        client.closeWith(4000);
        assertThat(client.closeCode()).isEqualTo(4000);
        node.gateway.hub().sync(Duration.ofSeconds(10));
    }

    /**
     * Moves the gateway clock {@code by} plus the presence grace, and waits for the hub's periodic
     * sweep, which then announces the member (no connection left) offline to the owner.
     */
    private void sweepAfter(Duration by) {
        node.clock.advance(by.plusSeconds(GatewayLimits.PRESENCE_OFFLINE_GRACE_SECONDS + 1));
        owner.framesUntil(f -> WsClient.isPresence(f, member.id(), "offline"));
    }

    private static String contentOf(JsonNode dispatch) {
        return dispatch.path("d").path("message").path("content").asString();
    }
}
