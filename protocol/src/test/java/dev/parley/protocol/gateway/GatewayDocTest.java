package dev.parley.protocol.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.annotation.JsonTypeName;
import dev.parley.protocol.event.Event;
import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The gateway page ({@code docs/protocol/gateway.md}) is the contract: it must name everything the code defines. */
class GatewayDocTest {
    private static final Path DOC = Path.of("..", "docs", "protocol", "gateway.md");

    private static String doc;

    @BeforeAll
    static void read() throws IOException {
        assertThat(DOC).as("the gateway spec, relative to the protocol module").exists();
        doc = Files.readString(DOC, StandardCharsets.UTF_8);
    }

    @Test
    void mentionsEveryOp() {
        for (Op op : Op.values()) {
            assertThat(doc).as("op %s", op).contains("`" + op.wire() + "`");
        }
    }

    @Test
    void hasARowForEveryCloseCodeWithItsReasonAndAction() {
        List<String> rows = doc.lines().filter(l -> l.matches("\\|\\s*4\\d{3}\\s*\\|.*")).toList();
        for (CloseCode c : CloseCode.values()) {
            assertThat(rows).as("close code %d", c.code())
                    .anySatisfy(row -> assertThat(row)
                            .startsWith("| " + c.code() + " |")
                            .contains("`" + c.reason() + "`")
                            .contains(c.action().name()));
        }
        assertThat(rows).as("no documented close code the code lacks").hasSize(CloseCode.values().length);
    }

    @Test
    void mentionsEveryEventType() {
        for (Class<?> type : Event.class.getPermittedSubclasses()) {
            String wire = type.getAnnotation(JsonTypeName.class).value();
            assertThat(doc).as("event %s", type.getSimpleName()).contains("| `" + wire + "` |");
        }
    }

    @Test
    void mentionsEveryLimit() throws IllegalAccessException {
        for (Field f : GatewayLimits.class.getDeclaredFields()) {
            if (Modifier.isStatic(f.getModifiers()) && Modifier.isPublic(f.getModifiers())) {
                assertThat(doc).as("limit %s", f.getName()).contains("`" + f.getName() + "`");
            }
        }
        assertThat(doc).contains("\"heartbeat_interval_ms\":" + GatewayLimits.HEARTBEAT_INTERVAL_MILLIS);
    }

    @Test
    void describesEveryPayloadRecord() {
        List<Class<?>> payloads = new ArrayList<>(List.of(CommunitySnapshot.class, GatewayInfo.class, DispatchFrame.class));
        for (Op op : Op.values()) {
            op.clientPayload().ifPresent(payloads::add);
            op.serverPayload().filter(c -> c != Event.class).ifPresent(payloads::add);
        }
        for (Class<?> payload : payloads) {
            assertThat(payload.isRecord()).as("%s is a record", payload.getSimpleName()).isTrue();
            assertThat(doc).as("payload %s", payload.getSimpleName()).contains("`" + payload.getSimpleName() + "`");
        }
    }

    @Test
    void mentionsEveryResyncReasonAndStatus() {
        Stream.of(Resync.SESSION_UNKNOWN, Resync.WINDOW_EXPIRED, Resync.TOO_MANY_EVENTS, Resync.STATE_LOST)
                .forEach(reason -> assertThat(doc).contains("`" + reason + "`"));
        Stream.concat(PresenceUpdate.STATUSES.stream(), Presence.STATUSES.stream())
                .forEach(status -> assertThat(doc).contains("`" + status + "`"));
    }
}
