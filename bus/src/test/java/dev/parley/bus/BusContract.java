package dev.parley.bus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.parley.protocol.event.CommunityDeleted;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.LongStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every bus implementation promises (see the package contract). */
public abstract class BusContract {
    protected Bus bus;

    protected abstract Bus openBus();

    @BeforeEach
    void open() {
        bus = openBus();
    }

    @AfterEach
    void close() {
        bus.close();
    }

    private static Committed dispatch(long n) {
        return new Committed(n, new Dispatch(new Audience.Community(1), new CommunityDeleted(n)), new byte[0]);
    }

    private static long idOf(Notice notice) {
        return switch (notice) {
            case Committed c -> ((CommunityDeleted) c.dispatch().event()).communityId();
            case Reached r -> throw new AssertionError("this node's own commit arrived as a doorbell: " + r);
            case Signal s -> throw new AssertionError("this node's own signal came back: " + s);
        };
    }

    @Test
    void every_listener_receives_every_dispatch_in_publish_order() {
        List<Long> first = new CopyOnWriteArrayList<>();
        List<Long> second = new CopyOnWriteArrayList<>();
        bus.subscribe(d -> first.add(idOf(d)));
        bus.subscribe(d -> second.add(idOf(d)));

        LongStream.rangeClosed(1, 100).forEach(n -> bus.publish(dispatch(n)));

        List<Long> expected = LongStream.rangeClosed(1, 100).boxed().toList();
        await().atMost(Duration.ofSeconds(5)).until(() -> first.size() == 100 && second.size() == 100);
        assertThat(first).isEqualTo(expected);
        assertThat(second).isEqualTo(expected);
    }

    @Test
    void a_nodes_own_signals_never_reach_its_own_listeners() {
        List<Long> seen = new CopyOnWriteArrayList<>();
        bus.subscribe(d -> seen.add(idOf(d)));
        bus.signal(new TypingSignal(1, 2, 3));
        bus.publish(dispatch(1));

        await().atMost(Duration.ofSeconds(5)).until(() -> seen.size() == 1);
        assertThat(seen).containsExactly(1L);
    }

    @Test
    void a_closed_subscription_receives_nothing_more() {
        List<Long> seen = new CopyOnWriteArrayList<>();
        List<Long> other = new CopyOnWriteArrayList<>();
        Bus.Subscription subscription = bus.subscribe(d -> seen.add(idOf(d)));
        bus.subscribe(d -> other.add(idOf(d)));
        bus.publish(dispatch(1));
        await().atMost(Duration.ofSeconds(5)).until(() -> seen.size() == 1);

        subscription.close();
        bus.publish(dispatch(2));

        await().atMost(Duration.ofSeconds(5)).until(() -> other.size() == 2);
        assertThat(seen).containsExactly(1L);
    }

    @Test
    void a_failing_listener_does_not_stop_delivery_to_others() {
        List<Long> seen = new CopyOnWriteArrayList<>();
        bus.subscribe(d -> {
            throw new IllegalStateException("listener bug");
        });
        bus.subscribe(d -> seen.add(idOf(d)));

        bus.publish(dispatch(1));
        bus.publish(dispatch(2));

        await().atMost(Duration.ofSeconds(5)).until(() -> seen.size() == 2);
        assertThat(seen).containsExactly(1L, 2L);
    }
}
