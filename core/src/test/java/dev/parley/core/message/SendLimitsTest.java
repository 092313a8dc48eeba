package dev.parley.core.message;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.core.Failure;
import dev.parley.protocol.community.UpdateChannelRequest;
import dev.parley.protocol.error.ErrorCode;
import dev.parley.protocol.message.MessageView;
import dev.parley.protocol.message.SendMessageRequest;
import dev.parley.store.StoreException;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/**
 * What a send spends of the author's send budget (10 at once, as shipped) and of slowmode, when
 * the backend runs writes again, when copies of one send race, and when sends fail. See
 * {@link Messages#send}.
 */
class SendLimitsTest {
    private static final int BURST = 10;

    private final MessagingWorld w = new MessagingWorld();
    private final Messages messages = w.world.uc.messages();

    private SendMessageRequest req(String content, String clientId) {
        return new SendMessageRequest(content, clientId, null);
    }

    private void rateLimited(Runnable send) {
        assertThatThrownBy(send::run).isInstanceOfSatisfying(Failure.class,
                f -> assertThat(f.code()).isEqualTo(ErrorCode.RATE_LIMITED));
    }

    /** Sends until refused; the number of sends that got through. */
    private int sendsAllowed() {
        for (int sent = 0; sent <= BURST; sent++) {
            try {
                w.send(w.member, w.general.id(), "filler " + sent);
            } catch (Failure f) {
                assertThat(f.code()).isEqualTo(ErrorCode.RATE_LIMITED);
                return sent;
            }
        }
        return BURST + 1;
    }

    private void slowmode(int seconds) {
        w.world.uc.channels().update(w.owner, w.general.id(), new UpdateChannelRequest(null, null, null, null, seconds, null, null, null));
    }

    @Test
    void a_send_whose_write_runs_three_times_is_charged_once() {
        w.world.reruns.rerunEachWrite(2);
        assertThat(sendsAllowed()).isEqualTo(BURST);
    }

    @Test
    void a_send_whose_write_runs_again_does_not_meet_its_own_slowmode() {
        slowmode(30);
        w.world.reruns.rerunEachWrite(2);
        MessageView sent = w.send(w.member, w.general.id(), "slow but sure");
        assertThat(sent.seq()).isPositive();
        rateLimited(() -> w.send(w.member, w.general.id(), "too soon"));
    }

    @Test
    void a_retry_of_an_acknowledged_send_spends_nothing_even_in_slowmode() {
        slowmode(30);
        MessageView first = messages.send(w.member, w.general.id(), req("hello", "once"));
        for (int i = 0; i < 2 * BURST; i++) {
            assertThat(messages.send(w.member, w.general.id(), req("hello", "once")).id()).isEqualTo(first.id());
        }
        slowmode(0);
        assertThat(sendsAllowed()).isEqualTo(BURST - 1);
    }

    @Test
    void two_copies_racing_on_one_node_run_one_after_the_other_and_are_charged_once() throws Exception {
        slowmode(30);
        AtomicReference<MessageView> second = new AtomicReference<>();
        Thread copy = new Thread(() -> second.set(messages.send(w.member, w.general.id(), req("hi", "twice"))));
        w.world.reruns.beforeNextWrite(() -> {
            copy.start();
            waitUntilBlocked(copy);
        });
        MessageView first = messages.send(w.member, w.general.id(), req("hi", "twice"));
        copy.join();
        assertThat(second.get().id()).isEqualTo(first.id());
        slowmode(0);
        assertThat(sendsAllowed()).isEqualTo(BURST - 1);
    }

    @Test
    void two_copies_racing_on_two_nodes_are_charged_once() {
        Messages otherNode = w.world.anotherNode().messages();
        AtomicReference<MessageView> there = new AtomicReference<>();
        w.world.reruns.beforeNextWrite(() -> there.set(otherNode.send(w.member, w.general.id(), req("hi", "twice"))));
        MessageView here = messages.send(w.member, w.general.id(), req("hi", "twice"));
        assertThat(here.id()).isEqualTo(there.get().id());
        assertThat(sendsAllowed()).isEqualTo(BURST - 1);
    }

    @Test
    void a_copy_that_meets_slowmode_after_another_node_posted_it_gets_the_message() {
        slowmode(30);
        Messages otherNode = w.world.anotherNode().messages();
        AtomicReference<MessageView> there = new AtomicReference<>();
        w.world.reruns.afterNextRead(() -> there.set(otherNode.send(w.member, w.general.id(), req("hi", "twice"))));
        MessageView here = messages.send(w.member, w.general.id(), req("hi", "twice"));
        assertThat(here.id()).isEqualTo(there.get().id());
        slowmode(0);
        assertThat(sendsAllowed()).isEqualTo(BURST - 1);
    }

    /** Waits (without sleeping) until {@code thread} blocks, here on the first copy of its send. */
    private static void waitUntilBlocked(Thread thread) {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (thread.getState() != Thread.State.WAITING) {
            assertThat(System.nanoTime() - deadline).as("the copy never waited").isNegative();
            Thread.onSpinWait();
        }
    }

    @Test
    void requests_refused_before_the_limiter_spend_nothing() {
        MessageView question = w.send(w.owner, w.general.id(), "question");
        messages.send(w.member, w.general.id(), req("taken", "mine"));
        for (int i = 0; i < 2 * BURST; i++) {
            assertThatThrownBy(() -> messages.send(w.member, w.general.id(), new SendMessageRequest("a", "r", 1L)))
                    .as("invalid reply target").isInstanceOf(Failure.class);
            assertThatThrownBy(() -> messages.send(w.member, w.general.id(), req("other", "mine")))
                    .as("client_msg_id reused").isInstanceOf(Failure.class);
            assertThatThrownBy(() -> messages.send(w.member, w.general.id(), req("", "empty")))
                    .as("invalid content").isInstanceOf(Failure.class);
            assertThatThrownBy(() -> w.send(w.member, 123456789L, "no such channel"))
                    .isInstanceOf(Failure.class);
        }
        assertThat(question.seq()).isPositive();
        assertThat(sendsAllowed()).isEqualTo(BURST - 1);
    }

    @Test
    void a_send_refused_by_slowmode_counts_as_an_attempt() {
        slowmode(30);
        w.send(w.member, w.general.id(), "first");
        for (int i = 0; i < 3; i++) {
            rateLimited(() -> w.send(w.member, w.general.id(), "too soon"));
        }
        slowmode(0);
        assertThat(sendsAllowed()).isEqualTo(BURST - 4);
    }

    @Test
    void a_send_the_database_fails_gives_back_its_budget_and_its_slowmode_slot() {
        slowmode(30);
        w.world.reruns.failNextWrite(new StoreException.Unavailable("database gone", null));
        assertThatThrownBy(() -> messages.send(w.member, w.general.id(), req("lost", "retry-me")))
                .isInstanceOf(StoreException.Unavailable.class);
        MessageView retried = messages.send(w.member, w.general.id(), req("lost", "retry-me"));
        assertThat(retried.content()).isEqualTo("lost");
        slowmode(0);
        assertThat(sendsAllowed()).isEqualTo(BURST - 1);
    }
}
