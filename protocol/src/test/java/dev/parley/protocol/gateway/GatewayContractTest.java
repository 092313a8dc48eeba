package dev.parley.protocol.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.protocol.event.ChannelDeleted;
import dev.parley.protocol.event.Event;
import dev.parley.protocol.event.MessageDeleted;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Set;
import org.junit.jupiter.api.Test;

class GatewayContractTest {

    @Test
    void closeCodesAreUniqueAndInThePrivateRange() {
        assertThat(Arrays.stream(CloseCode.values()).map(CloseCode::code))
                .doesNotHaveDuplicates()
                .allSatisfy(code -> assertThat(code).isBetween(4000, 4999));
        assertThat(Arrays.stream(CloseCode.values()).map(CloseCode::reason)).doesNotHaveDuplicates();
    }

    @Test
    void closeReasonsFitInACloseFrame() {
        for (CloseCode c : CloseCode.values()) {
            assertThat(c.reason().getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(123);
            assertThat(c.meaning()).isNotBlank();
            assertThat(CloseCode.of(c.code())).contains(c);
        }
    }

    @Test
    void unknownCloseCodesMeanResume() {
        assertThat(CloseCode.actionFor(1006)).isEqualTo(CloseCode.Action.RESUME);
        assertThat(CloseCode.actionFor(4999)).isEqualTo(CloseCode.Action.RESUME);
        assertThat(CloseCode.actionFor(4012)).isEqualTo(CloseCode.Action.STOP);
        assertThat(CloseCode.actionFor(4013)).isEqualTo(CloseCode.Action.RECONNECT);
    }

    @Test
    void opWireNamesAreUniqueAndRoundTrip() {
        assertThat(Arrays.stream(Op.values()).map(Op::wire)).doesNotHaveDuplicates();
        for (Op op : Op.values()) {
            assertThat(op.wire()).matches("[A-Z][A-Z_]*");
            assertThat(Op.fromWire(op.wire())).isEqualTo(op);
            assertThat(op.sentByClient() || op.sentByServer()).as("%s is sent by someone", op).isTrue();
        }
        assertThat(Op.find("hello")).isEmpty();
        assertThatThrownBy(() -> Op.fromWire("NOPE")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void onlyDispatchIsSequenced() {
        assertThat(Arrays.stream(Op.values()).filter(Op::sequenced)).containsExactly(Op.DISPATCH);
        assertThat(Op.DISPATCH.serverPayload()).contains(Event.class);
        assertThat(Arrays.stream(Op.values()).filter(op -> op.sentByClient() && op.sentByServer()))
                .containsExactlyInAnyOrder(Op.PRESENCE_UPDATE, Op.TYPING_START);
    }

    @Test
    void dispatchFramesCarrySequenceAndType() {
        DispatchFrame frame = DispatchFrame.of(7, new ChannelDeleted(1, 2));
        assertThat(frame.op()).isEqualTo(Op.DISPATCH);
        assertThat(frame.s()).isEqualTo(7L);
        assertThat(frame.t()).isEqualTo("channel_deleted");
        assertThat(Envelope.eventType(MessageDeleted.class)).isEqualTo("message_deleted");
        assertThatThrownBy(() -> DispatchFrame.of(0, new ChannelDeleted(1, 2))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new DispatchFrame("message_deleted", 1, new ChannelDeleted(1, 2)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void onlyDispatchFramesCarrySequenceAndType() {
        assertThatThrownBy(() -> new Envelope(Op.HELLO, null, 3L, new Hello(1))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Envelope.of(Op.DISPATCH, new ChannelDeleted(1, 2))).isInstanceOf(IllegalArgumentException.class);
        assertThat(Envelope.of(Op.HEARTBEAT_ACK, new HeartbeatAck(null)).s()).isNull();
        assertThat(new Envelope(Op.DISPATCH, "channel_deleted", 4L, null).t()).isEqualTo("channel_deleted");
    }

    @Test
    void everyEventHasAWireType() {
        Set<String> seen = new java.util.HashSet<>();
        for (Class<?> type : Event.class.getPermittedSubclasses()) {
            @SuppressWarnings("unchecked")
            String wire = Envelope.eventType((Class<? extends Event>) type);
            assertThat(wire).matches("[a-z_]+");
            assertThat(seen.add(wire)).as("unique %s", wire).isTrue();
        }
    }

    @Test
    void limitsAreConsistent() {
        assertThat(GatewayLimits.MAX_INBOUND_FRAME_BYTES).isEqualTo(16 * 1024);
        assertThat(GatewayLimits.INBOUND_OPS_PER_WINDOW).isEqualTo(120);
        assertThat(GatewayLimits.INBOUND_WINDOW_SECONDS).isEqualTo(60);
        assertThat(GatewayLimits.IDENTIFY_DEADLINE_SECONDS).isEqualTo(10);
        assertThat(GatewayLimits.MISSED_HEARTBEATS_BEFORE_CLOSE).isEqualTo(2);
        assertThat(GatewayLimits.TYPING_EXPIRY_SECONDS).isEqualTo(8);
        // Heartbeats must fit comfortably in the inbound budget.
        double heartbeatsPerWindow = GatewayLimits.INBOUND_WINDOW_SECONDS * 1000.0 / GatewayLimits.HEARTBEAT_INTERVAL_MILLIS;
        assertThat(heartbeatsPerWindow).isLessThan(GatewayLimits.INBOUND_OPS_PER_WINDOW / 10.0);
        // A re-sent typing indicator arrives before the previous one expires, and is not throttled away.
        assertThat(GatewayLimits.TYPING_RESEND_SECONDS).isLessThan(GatewayLimits.TYPING_EXPIRY_SECONDS);
        assertThat(GatewayLimits.TYPING_RELAY_MIN_INTERVAL_MILLIS).isLessThan(GatewayLimits.TYPING_RESEND_SECONDS * 1000);
        // A quick reconnect does not flicker offline, and resuming is possible well after that.
        assertThat(GatewayLimits.PRESENCE_OFFLINE_GRACE_SECONDS).isLessThan(GatewayLimits.DEFAULT_RESUME_WINDOW_SECONDS);
        assertThat(GatewayLimits.MEMBERS_QUERY_DEFAULT_LIMIT).isLessThanOrEqualTo(GatewayLimits.MEMBERS_QUERY_MAX_LIMIT);
        assertThat(GatewayLimits.MEMBERS_PAGE_DEFAULT_LIMIT).isLessThanOrEqualTo(GatewayLimits.MEMBERS_PAGE_MAX_LIMIT);
        assertThat(GatewayLimits.BACKOFF_BASE_MILLIS).isLessThan(GatewayLimits.BACKOFF_MAX_MILLIS);
    }
}
