package dev.parley.bus.nats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.awaitility.Awaitility.await;

import dev.parley.bus.Audience;
import dev.parley.bus.Committed;
import dev.parley.bus.Dispatch;
import dev.parley.bus.Notice;
import dev.parley.bus.Reached;
import dev.parley.bus.Signal;
import dev.parley.bus.PresenceSignal;
import dev.parley.bus.TypingSignal;
import dev.parley.protocol.event.CommunityDeleted;
import io.nats.client.Connection;
import io.nats.client.Nats;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.LongStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Two nodes' buses: doorbells cross between them, stay in order and survive NATS going away. */
class NatsBusClusterTest {
    private static final Duration WAIT = Duration.ofSeconds(10);
    private final String prefix = "parley-test-" + UUID.randomUUID().toString().replace("-", "");
    private final List<AutoCloseable> opened = new ArrayList<>();

    @AfterEach
    void closeAll() throws Exception {
        for (AutoCloseable c : opened.reversed()) {
            c.close();
        }
    }

    private NatsBus node(String url, String prefix, String id) {
        NatsBus bus = NatsBus.connect(new NatsBusConfig(url, prefix, id));
        opened.add(bus);
        return bus;
    }

    private static Committed commit(long position) {
        return new Committed(position, new Dispatch(new Audience.Community(1), new CommunityDeleted(position)), new byte[0]);
    }

    private static List<Notice> heard(NatsBus bus) {
        List<Notice> heard = new CopyOnWriteArrayList<>();
        bus.subscribe(heard::add);
        return heard;
    }

    private static long position(Notice notice) {
        return switch (notice) {
            case Committed c -> c.position();
            case Reached r -> r.position();
            case Signal s -> -1;
        };
    }

    private static List<Long> positions(List<Notice> notices) {
        return notices.stream().map(NatsBusClusterTest::position).toList();
    }

    @Test
    void other_nodes_hear_doorbells_in_publish_order_and_the_publisher_hears_its_commits_whole() {
        NatsBus a = node(LocalNats.url(), prefix, "a");
        NatsBus b = node(LocalNats.url(), prefix, "b");
        List<Notice> atA = heard(a);
        List<Notice> atB = heard(b);

        LongStream.rangeClosed(1, 500).forEach(n -> a.publish(commit(n)));

        List<Long> expected = LongStream.rangeClosed(1, 500).boxed().toList();
        await().atMost(WAIT).until(() -> atB.size() >= 500);
        assertThat(atB).allSatisfy(n -> assertThat(n).isInstanceOf(Reached.class));
        assertThat(positions(atB)).isEqualTo(expected);
        assertThat(atA).allSatisfy(n -> assertThat(n).isInstanceOf(Committed.class));
        assertThat(positions(atA)).isEqualTo(expected); // and no echo of its own doorbells
    }

    @Test
    void a_typing_signal_reaches_other_nodes_only() {
        NatsBus a = node(LocalNats.url(), prefix, "a");
        NatsBus b = node(LocalNats.url(), prefix, "b");
        List<Notice> atA = heard(a);
        List<Notice> atB = heard(b);

        a.signal(new TypingSignal(7, 8, 9));
        a.publish(commit(1)); // a marker: once b has it, the signal (sent first, same connection) has arrived too

        await().atMost(WAIT).until(() -> atB.size() == 2);
        assertThat(atB.getFirst()).isEqualTo(new TypingSignal(7, 8, 9));
        assertThat(atA).extracting(NatsBusClusterTest::position).containsExactly(1L);
    }

    @Test
    void a_presence_signal_reaches_other_nodes_whole() {
        NatsBus a = node(LocalNats.url(), prefix, "a");
        NatsBus b = node(LocalNats.url(), prefix, "b");
        List<Notice> atB = heard(b);
        PresenceSignal many = new PresenceSignal("n1a2", false, List.of(
                new PresenceSignal.Held(7, "dnd", 1_700_000_000_123L, true, 0),
                new PresenceSignal.Held(8, "online", 5, false, 1_700_000_000_456L)));
        PresenceSignal asking = new PresenceSignal("n1a2", true, List.of());

        a.signal(many);
        a.signal(asking);
        a.publish(commit(1)); // a marker, as above

        await().atMost(WAIT).until(() -> atB.size() == 3);
        assertThat(atB.subList(0, 2)).containsExactly(many, asking);
    }

    @Test
    void a_cluster_with_another_subject_prefix_hears_nothing() {
        NatsBus a = node(LocalNats.url(), prefix, "a");
        NatsBus b = node(LocalNats.url(), prefix, "b");
        NatsBus stranger = node(LocalNats.url(), prefix + "-other", "c");
        List<Notice> atB = heard(b);
        List<Notice> atStranger = heard(stranger);

        a.publish(commit(1));
        a.publish(commit(2));

        await().atMost(WAIT).until(() -> atB.size() == 2);
        stranger.publish(commit(7)); // its own doorbell, to itself only: proves its link works
        assertThat(atStranger).extracting(NatsBusClusterTest::position).containsExactly(7L);
        assertThat(atB).extracting(NatsBusClusterTest::position).containsExactly(1L, 2L);
    }

    @Test
    void a_malformed_doorbell_is_ignored_and_later_ones_still_arrive() throws Exception {
        NatsBus b = node(LocalNats.url(), prefix, "b");
        List<Notice> atB = heard(b);
        try (Connection raw = Nats.connect(LocalNats.url())) {
            raw.publish(prefix + ".log", "not a position".getBytes(StandardCharsets.US_ASCII));
            raw.publish(prefix + ".log", "0".getBytes(StandardCharsets.US_ASCII));
            raw.publish(prefix + ".signal", "typing 1 2".getBytes(StandardCharsets.US_ASCII));
            raw.publish(prefix + ".signal", "shouting 1 2 3".getBytes(StandardCharsets.US_ASCII));
            raw.publish(prefix + ".signal", "presence n 0 1,online,2,1".getBytes(StandardCharsets.US_ASCII));
            raw.publish(prefix + ".signal", "presence n 2".getBytes(StandardCharsets.US_ASCII));
            raw.publish(prefix + ".log", "42".getBytes(StandardCharsets.US_ASCII));
            raw.flush(WAIT);
        }

        await().atMost(WAIT).until(() -> !atB.isEmpty());
        assertThat(atB).extracting(NatsBusClusterTest::position).containsExactly(42L);
    }

    @Test
    void publishing_while_nats_is_down_never_fails_the_publisher_and_doorbells_flow_again_after_it_returns() {
        NatsServerProcess server = new NatsServerProcess().start();
        opened.add(server);
        NatsBus a = node(server.url(), prefix, "a");
        NatsBus b = node(server.url(), prefix, "b");
        List<Notice> atA = heard(a);
        List<Notice> atB = heard(b);
        a.publish(commit(1));
        await().atMost(WAIT).until(() -> atB.size() == 1);

        server.kill();
        await().atMost(WAIT).until(() -> !a.connected() && !b.connected());
        assertThatCode(() -> LongStream.rangeClosed(2, 5_000).forEach(n -> a.publish(commit(n)))).doesNotThrowAnyException();
        assertThat(atA).hasSize(5_000); // this node's listeners never depend on NATS

        server.start();
        await().atMost(WAIT).until(() -> a.connected() && b.connected());
        a.publish(commit(5_001));
        await().atMost(WAIT).until(() -> atB.stream().anyMatch(n -> position(n) == 5_001));
        List<Long> atBPositions = positions(atB);
        assertThat(atBPositions).isSorted().doesNotHaveDuplicates(); // lost doorbells are fine, reordered ones are not
        assertThat(atBPositions.getFirst()).isEqualTo(1L);
    }

    @Test
    void a_node_starts_while_nats_is_down_and_joins_when_it_comes_up() {
        NatsServerProcess server = new NatsServerProcess();
        opened.add(server);
        NatsBus a = node(server.url(), prefix, "a");
        assertThat(a.connected()).isFalse();
        a.publish(commit(1)); // must not throw

        server.start();
        NatsBus b = node(server.url(), prefix, "b");
        List<Notice> atB = heard(b);
        await().atMost(WAIT).until(a::connected);
        a.publish(commit(2));
        await().atMost(WAIT).until(() -> atB.stream().anyMatch(n -> position(n) == 2));
    }

    @Test
    void a_url_that_is_not_one_is_refused_with_its_name() {
        assertThatCode(() -> NatsBus.connect(new NatsBusConfig("::not a url::", prefix, "a")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("::not a url::");
    }
}
