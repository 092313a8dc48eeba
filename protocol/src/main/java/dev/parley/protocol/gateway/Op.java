package dev.parley.protocol.gateway;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.parley.protocol.event.Event;
import java.util.Optional;

/**
 * A gateway operation: the {@code op} of every frame. The wire name is the constant's name
 * ({@code "HELLO"}, {@code "HEARTBEAT_ACK"}, ...). Each op names the payload ({@code d}) a client
 * sends with it and the payload the server sends with it; an op one side never sends has none for
 * that side ({@code PRESENCE_UPDATE} and {@code TYPING_START} travel both ways with different payloads).
 */
public enum Op {
    HELLO(null, Hello.class),
    IDENTIFY(Identify.class, null),
    READY(null, Ready.class),
    RESUME(Resume.class, null),
    RESUMED(null, Resumed.class),
    RESYNC(null, Resync.class),
    HEARTBEAT(Heartbeat.class, null),
    HEARTBEAT_ACK(null, HeartbeatAck.class),
    DISPATCH(null, Event.class),
    REQUEST_MEMBERS(RequestMembers.class, null),
    MEMBERS_CHUNK(null, MembersChunk.class),
    PRESENCE_UPDATE(PresenceUpdate.class, Presence.class),
    TYPING_START(TypingStart.class, Typing.class),
    SEND_MESSAGE(SendMessage.class, null),
    MESSAGE_ACK(null, MessageAck.class),
    ERROR(null, ErrorFrame.class);

    private final Class<?> clientPayload;
    private final Class<?> serverPayload;

    Op(Class<?> clientPayload, Class<?> serverPayload) {
        this.clientPayload = clientPayload;
        this.serverPayload = serverPayload;
    }

    /** The name on the wire. */
    @JsonValue
    public String wire() {
        return name();
    }

    /** The op with this wire name; a name no op has is a decode failure (close {@link CloseCode#UNKNOWN_OP}). */
    @JsonCreator
    public static Op fromWire(String wire) {
        return find(wire).orElseThrow(() -> new IllegalArgumentException("unknown op: " + wire));
    }

    public static Optional<Op> find(String wire) {
        for (Op op : values()) {
            if (op.name().equals(wire)) {
                return Optional.of(op);
            }
        }
        return Optional.empty();
    }

    /** The type of {@code d} when a client sends this op; empty if clients never send it. */
    public Optional<Class<?>> clientPayload() {
        return Optional.ofNullable(clientPayload);
    }

    /** The type of {@code d} when the server sends this op; empty if the server never sends it. */
    public Optional<Class<?>> serverPayload() {
        return Optional.ofNullable(serverPayload);
    }

    public boolean sentByClient() {
        return clientPayload != null;
    }

    public boolean sentByServer() {
        return serverPayload != null;
    }

    /** Only {@code DISPATCH} frames carry a session sequence number and are replayed on resume. */
    public boolean sequenced() {
        return this == DISPATCH;
    }
}
