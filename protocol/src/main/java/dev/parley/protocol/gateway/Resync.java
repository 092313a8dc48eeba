package dev.parley.protocol.gateway;

/**
 * RESYNC (server → client): the session cannot be continued without skipping events. The
 * connection stays open and unauthenticated: the client drops its state and sends IDENTIFY.
 */
public record Resync(String reason) {
    /** No such session, or not the token user's. */
    public static final String SESSION_UNKNOWN = "session_unknown";
    /** Disconnected for longer than the resume window. */
    public static final String WINDOW_EXPIRED = "window_expired";
    /** More missed dispatches than the server replays. */
    public static final String TOO_MANY_EVENTS = "too_many_events";
    /** The server cannot restore the session's stream exactly (e.g. the node holding it failed). */
    public static final String STATE_LOST = "state_lost";
}
