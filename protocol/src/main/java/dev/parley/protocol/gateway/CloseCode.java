package dev.parley.protocol.gateway;

import java.util.Locale;
import java.util.Optional;

/**
 * The codes the server closes a gateway connection with, all in the private range 4000–4999.
 * {@link #reason()} is the close frame's reason text; {@link #action()} tells the client what to do.
 * Numbers never change once released.
 */
public enum CloseCode {
    UNKNOWN_ERROR(4000, "Something went wrong on the server.", Action.RESUME),
    UNKNOWN_OP(4001, "The client sent an op the server does not know or only the server sends.", Action.RESUME),
    DECODE_ERROR(4002, "Not a JSON text frame, a bad envelope, or a malformed IDENTIFY, RESUME or HEARTBEAT payload.", Action.RESUME),
    NOT_AUTHENTICATED(4003, "An op other than HEARTBEAT, IDENTIFY or RESUME arrived before READY or RESUMED.", Action.RECONNECT),
    AUTHENTICATION_FAILED(4004, "The access token was missing, invalid or expired, or its login session ended.", Action.STOP),
    ALREADY_AUTHENTICATED(4005, "A second IDENTIFY or RESUME on the same connection.", Action.RESUME),
    INVALID_SEQ(4006, "RESUME or HEARTBEAT named a sequence number the session never sent.", Action.RECONNECT),
    RATE_LIMITED(4007, "The client sent more frames than the connection's budget.", Action.RESUME),
    IDENTIFY_TIMEOUT(4008, "No IDENTIFY or RESUME within the identify deadline.", Action.RECONNECT),
    SESSION_TIMEOUT(4009, "Two heartbeat intervals passed without a HEARTBEAT.", Action.RESUME),
    PAYLOAD_TOO_LARGE(4010, "An inbound message was larger than the limit after decompression.", Action.RESUME),
    SLOW_CONSUMER(4011, "The client read too slowly and its send queue overflowed; nothing is lost.", Action.RESUME),
    SESSION_REVOKED(4012, "The login session ended: logout, revocation, password change or account deletion.", Action.STOP),
    SESSION_REPLACED(4013, "Another connection resumed this session.", Action.RECONNECT),
    SERVER_RESTARTING(4014, "The node is shutting down or draining.", Action.RESUME);

    /** What a client does after a close. */
    public enum Action {
        /** Reconnect with backoff and RESUME the session (IDENTIFY if there is none). */
        RESUME,
        /** Reconnect with backoff and IDENTIFY: the session is gone or must not be taken back. */
        RECONNECT,
        /** Do not reconnect until the cause is fixed (new token, new login). */
        STOP
    }

    private final int code;
    private final String meaning;
    private final Action action;

    CloseCode(int code, String meaning, Action action) {
        this.code = code;
        this.meaning = meaning;
        this.action = action;
    }

    public int code() {
        return code;
    }

    public String meaning() {
        return meaning;
    }

    public Action action() {
        return action;
    }

    /** The close frame's reason text: lower snake case of the constant name. */
    public String reason() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<CloseCode> of(int code) {
        for (CloseCode c : values()) {
            if (c.code == code) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }

    /** What a client does after a close with any code: unknown codes (1006 included) mean RESUME. */
    public static Action actionFor(int code) {
        return of(code).map(CloseCode::action).orElse(Action.RESUME);
    }
}
