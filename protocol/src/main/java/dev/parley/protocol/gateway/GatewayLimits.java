package dev.parley.protocol.gateway;

/**
 * The gateway's numbers, documented in {@code docs/protocol/gateway.md} (section "Limits").
 * {@code DEFAULT_} values are what the server uses unless configured otherwise.
 */
public final class GatewayLimits {
    /** Largest inbound message, after reassembling fragments and after decompression: 16 KiB. */
    public static final int MAX_INBOUND_FRAME_BYTES = 16 * 1024;
    /** Inbound frames (every op, heartbeats included) a connection may send per window. */
    public static final int INBOUND_OPS_PER_WINDOW = 120;
    /** The inbound rate limit's window: a bucket of {@link #INBOUND_OPS_PER_WINDOW} refilled over this. */
    public static final int INBOUND_WINDOW_SECONDS = 60;
    /** Time from HELLO (or RESYNC) to IDENTIFY or RESUME. */
    public static final int IDENTIFY_DEADLINE_SECONDS = 10;
    /** The heartbeat interval announced in HELLO. */
    public static final int HEARTBEAT_INTERVAL_MILLIS = 41_250;
    /** Heartbeat intervals without a HEARTBEAT before the server closes with SESSION_TIMEOUT. */
    public static final int MISSED_HEARTBEATS_BEFORE_CLOSE = 2;
    /** Frames queued for one connection (READY and replay excepted) before it is a slow consumer. */
    public static final int MAX_QUEUED_FRAMES = 2_048;
    /** Bytes queued for one connection (READY and replay excepted) before it is a slow consumer. */
    public static final int MAX_QUEUED_BYTES = 8 * 1024 * 1024;
    /** How long a disconnected session stays resumable (config {@code gateway.resume-window}). */
    public static final int DEFAULT_RESUME_WINDOW_SECONDS = 5 * 60;
    /** Most dispatches a resume replays; more answer RESYNC (config {@code gateway.resume-max-events}). */
    public static final int DEFAULT_RESUME_MAX_EVENTS = 10_000;
    /** Above this many members a community is {@code large}: presences load lazily (config {@code gateway.large-community-members}). */
    public static final int LARGE_COMMUNITY_MEMBERS = 1_000;
    /** User ids in one REQUEST_MEMBERS. */
    public static final int MEMBERS_MAX_USER_IDS = 100;
    /** Longest REQUEST_MEMBERS query. */
    public static final int MEMBERS_QUERY_MAX_LENGTH = 32;
    /** Default and largest {@code limit} of a REQUEST_MEMBERS query. */
    public static final int MEMBERS_QUERY_DEFAULT_LIMIT = 25;
    public static final int MEMBERS_QUERY_MAX_LIMIT = 100;
    /** Default and largest {@code limit} of a REQUEST_MEMBERS page. */
    public static final int MEMBERS_PAGE_DEFAULT_LIMIT = 100;
    public static final int MEMBERS_PAGE_MAX_LIMIT = 1_000;
    /** Users of large communities whose presence one connection follows after REQUEST_MEMBERS. */
    public static final int PRESENCE_SUBSCRIPTIONS_MAX = 1_000;
    /** Longest {@code nonce}. */
    public static final int MAX_NONCE_LENGTH = 64;
    /** Longest IDENTIFY {@code client} label. */
    public static final int MAX_CLIENT_NAME_LENGTH = 64;
    /** Longest session id. */
    public static final int MAX_SESSION_ID_LENGTH = 64;
    /** A client re-sends TYPING_START this often while the user keeps typing. */
    public static final int TYPING_RESEND_SECONDS = 5;
    /** The server relays at most one TYPING_START per user and channel this often. */
    public static final int TYPING_RELAY_MIN_INTERVAL_MILLIS = 4_000;
    /** A typing indicator disappears this long after the last relay. */
    public static final int TYPING_EXPIRY_SECONDS = 8;
    /** A client reports {@code afk: true} after this long without user input. */
    public static final int CLIENT_IDLE_AFTER_SECONDS = 5 * 60;
    /** A user whose last connection ended is announced offline after this grace. */
    public static final int PRESENCE_OFFLINE_GRACE_SECONDS = 10;
    /** Reconnect backoff: full jitter over base × 2^attempt, capped. */
    public static final int BACKOFF_BASE_MILLIS = 1_000;
    public static final int BACKOFF_MAX_MILLIS = 60_000;
    /** A client refreshes its access token before connecting when less than this is left. */
    public static final int TOKEN_REFRESH_MARGIN_SECONDS = 30;
    /** Server messages can be large (READY); clients accept at least this much. */
    public static final int MIN_CLIENT_RECEIVE_BYTES = 16 * 1024 * 1024;

    private GatewayLimits() {
    }
}
