package dev.parley.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.protocol.gateway.GatewayLimits;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * Backpressure (gateway.md §9, §14): a client that stops reading does not hold up the others in
 * its channel; once its outbound queue overflows it is closed with 4011 {@code slow_consumer};
 * nothing is lost: RESUME replays everything it missed, and a replay larger than the queue limit
 * is written as the socket drains rather than closed again. The stalled client is a raw socket
 * with a small receive buffer; a small queue limit makes the overflow come soon.
 */
class GatewaySlowConsumerTest {
    private static final long MAX_QUEUED_BYTES = 512 * 1024;
    /** Messages as large as they get: 4,000 code points of 4 UTF-8 bytes each, after a short prefix. */
    private static final String BULK = "\uD83D\uDE00".repeat(3_990);
    private static final int BULK_BYTES = 16_000;
    private static final int SMALL_RECEIVE_BUFFER = 4 * 1024;

    @TempDir
    Path dir;

    @Test
    void aStalledClientIsClosedWithSlowConsumerWithoutHoldingUpTheOthersAndResumesWithEverything() {
        GatewayConfig config = GatewayHarness.config(Duration.ofMinutes(5), GatewayLimits.DEFAULT_RESUME_MAX_EVENTS,
                MAX_QUEUED_BYTES, GatewayLimits.MAX_QUEUED_FRAMES);
        try (GatewayHarness node = new GatewayHarness(dir, config)) {
            Lab lab = new Lab(node);
            GatewayHarness.User reader = lab.member;
            GatewayHarness.User stalledUser = lab.newMember("stalled");
            int total = messagesToOverflow();
            try (WsClient owner = node.connect(); WsClient other = node.connect();
                 RawWsClient stalled = RawWsClient.open(node.port, SMALL_RECEIVE_BUFFER)) {
                owner.ready(lab.owner.token());
                other.ready(reader.token());
                String sessionId = identify(stalled, stalledUser.token());

                IntStream.range(0, total).forEach(i -> lab.post(lab.owner, i + " " + BULK));

                // The others get every message while the stalled client reads nothing.
                assertThat(messages(owner.dispatchesUntil(f -> indexOf(f) == total - 1))).isEqualTo(upTo(0, total));
                assertThat(messages(other.dispatchesUntil(f -> indexOf(f) == total - 1))).isEqualTo(upTo(0, total));

                // Reading again, it finds what was queued before the overflow, then the close.
                List<JsonNode> read = readToTheEnd(stalled);
                assertThat(stalled.closeCode()).as("close code of the stalled client").isEqualTo(4011);
                int processed = read.size();
                assertThat(processed).as("dispatches queued before the overflow").isLessThan(total);
                assertThat(messages(read)).isEqualTo(upTo(0, processed));
                assertThat(read).extracting(f -> f.path("s").asLong()).isEqualTo(sequence(1, processed));

                // RESUME with the last s it processed: exactly what it missed, in order, then RESUMED.
                try (WsClient resumed = node.connect()) {
                    resumed.resumeAfterHello(stalledUser.token(), sessionId, processed);
                    List<JsonNode> replayed = resumed.framesUntil(f -> f.path("op").asString().equals("RESUMED"));
                    assertThat(replayed.getLast().path("d").path("replayed").asInt()).isEqualTo(total - processed);
                    List<JsonNode> missed = replayed.subList(0, replayed.size() - 1);
                    assertThat(messages(missed)).isEqualTo(upTo(processed, total));
                    assertThat(missed).extracting(f -> f.path("s").asLong()).isEqualTo(sequence(processed + 1, total));
                }

                // A client that acknowledged nothing may RESUME from 0: the replay, larger than the
                // queue limit, waits for the stalled socket to drain, and live dispatches join it.
                try (RawWsClient again = RawWsClient.open(node.port, SMALL_RECEIVE_BUFFER)) {
                    assertThat(again.next().path("op").asString()).isEqualTo("HELLO");
                    again.send("{\"op\":\"RESUME\",\"d\":{\"token\":\"" + stalledUser.token() + "\",\"session_id\":\""
                            + sessionId + "\",\"seq\":0}}");
                    List<JsonNode> frames = new ArrayList<>();
                    frames.add(again.next()); // the replay has begun: the live message comes after the RESUME
                    lab.post(lab.owner, total + " live");
                    owner.dispatchesUntil(f -> indexOf(f) == total);
                    JsonNode frame;
                    while (frames.size() < total + 2 && (frame = again.next()) != null) {
                        frames.add(frame);
                    }
                    assertThat(again.closeCode()).as("close code of the resumed connection (0: open)").isZero();
                    assertThat(frames.get(total).path("op").asString()).isEqualTo("RESUMED");
                    assertThat(messages(frames)).as("the replay, then the live message").isEqualTo(upTo(0, total + 1));
                }
            }
        }
    }

    /** HELLO, IDENTIFY, READY on the raw client; returns the session id. */
    private static String identify(RawWsClient client, String token) {
        assertThat(client.next().path("op").asString()).isEqualTo("HELLO");
        client.send("{\"op\":\"IDENTIFY\",\"d\":{\"token\":\"" + token + "\"}}");
        JsonNode ready = client.next();
        assertThat(ready.path("op").asString()).isEqualTo("READY");
        return ready.path("d").path("session_id").asString();
    }

    private static List<JsonNode> readToTheEnd(RawWsClient client) {
        List<JsonNode> frames = new ArrayList<>();
        JsonNode frame;
        while ((frame = client.next()) != null) {
            frames.add(frame);
        }
        return frames;
    }

    /**
     * Enough messages to overflow the stalled client's queue whatever the kernel buffers for it:
     * Linux caps a socket's send buffer at the third value of {@code net.ipv4.tcp_wmem}, and the
     * small receive buffer holds a few times its size at most. The overflow must come well before
     * the last message, which the stalled connection's event loop may write a little after the
     * others' loops: hence the margin.
     */
    private static int messagesToOverflow() {
        long kernel = sendBufferCeiling() + 16 * SMALL_RECEIVE_BUFFER;
        return (int) ((kernel + MAX_QUEUED_BYTES) / BULK_BYTES) + 40;
    }

    private static long sendBufferCeiling() {
        try {
            String[] values = Files.readString(Path.of("/proc/sys/net/ipv4/tcp_wmem")).trim().split("\\s+");
            return Long.parseLong(values[2]);
        } catch (IOException | RuntimeException e) {
            return 4L << 20; // the Linux default
        }
    }

    /** The message indexes of the message_created dispatches among these frames. */
    private static List<Integer> messages(List<JsonNode> frames) {
        return frames.stream().filter(f -> f.path("t").asString().equals("message_created"))
                .map(GatewaySlowConsumerTest::indexOf).toList();
    }

    private static int indexOf(JsonNode dispatch) {
        String content = dispatch.path("d").path("message").path("content").asString();
        return content.isEmpty() ? -1 : Integer.parseInt(content.substring(0, content.indexOf(' ')));
    }

    private static List<Integer> upTo(int from, int to) {
        return IntStream.range(from, to).boxed().toList();
    }

    private static List<Long> sequence(long from, long to) {
        return LongStream.rangeClosed(from, to).boxed().toList();
    }
}
