package dev.parley.gateway;

import dev.parley.core.Caller;
import dev.parley.core.Failure;
import dev.parley.core.json.Json;
import dev.parley.protocol.error.ErrorCode;
import dev.parley.protocol.error.Problem;
import dev.parley.protocol.gateway.CloseCode;
import dev.parley.protocol.gateway.ErrorFrame;
import dev.parley.protocol.gateway.GatewayLimits;
import dev.parley.protocol.gateway.Heartbeat;
import dev.parley.protocol.gateway.HeartbeatAck;
import dev.parley.protocol.gateway.Hello;
import dev.parley.protocol.gateway.Identify;
import dev.parley.protocol.gateway.MessageAck;
import dev.parley.protocol.gateway.Op;
import dev.parley.protocol.gateway.PresenceUpdate;
import dev.parley.protocol.gateway.RequestMembers;
import dev.parley.protocol.gateway.Resume;
import dev.parley.protocol.gateway.SendMessage;
import dev.parley.protocol.gateway.TypingStart;
import dev.parley.protocol.message.SendMessageRequest;
import io.netty.buffer.ByteBufUtil;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelOutboundInvoker;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.handler.codec.CorruptedFrameException;
import io.netty.handler.codec.TooLongFrameException;
import io.netty.handler.codec.http.websocketx.BinaryWebSocketFrame;
import io.netty.handler.codec.http.websocketx.CloseWebSocketFrame;
import io.netty.handler.codec.http.websocketx.PingWebSocketFrame;
import io.netty.handler.codec.http.websocketx.PongWebSocketFrame;
import io.netty.handler.codec.http.websocketx.TextWebSocketFrame;
import io.netty.handler.codec.http.websocketx.WebSocketFrame;
import io.netty.util.concurrent.ScheduledFuture;
import java.net.InetSocketAddress;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * One WebSocket connection after the handshake: the protocol's state machine (gateway.md §10,
 * server side). Runs on the connection's event loop; anything that may block (token checks, the
 * snapshot, sends) runs on a virtual thread and comes back through the {@link Hub} or the loop.
 */
final class Connection extends SimpleChannelInboundHandler<WebSocketFrame> {
    private static final Logger log = LoggerFactory.getLogger(Connection.class);

    private enum State { HELLO, AUTHENTICATING, LIVE, CLOSING }

    private final Gateway gateway;
    private Channel channel;
    private State state = State.HELLO;
    private InboundBudget budget;
    private long lastHeartbeatMillis;
    private ScheduledFuture<?> identifyDeadline;
    private ScheduledFuture<?> heartbeatCheck;
    /** Set on the event loop once IDENTIFY or RESUME succeeded. */
    private Caller caller;
    /** Written by the hub; read here for heartbeats. */
    volatile Session session;
    /** The hub shard of the connection's user, set before its IDENTIFY or RESUME is handed to it. */
    volatile Shard shard;
    /** READY, replay and RESUMED bytes and frames written but not yet sent; event loop only ({@link Outbox}). */
    long catchUpBytes;
    int catchUpFrames;
    /** Written but not yet flushed by the {@link Outbox}; used on the event loop only. */
    boolean unflushed;
    /** Which of the gateway's event loops serves the connection ({@link GatewayServer#loopIndex}); the hub's batches are per loop. */
    byte loopIndex;

    Connection(Gateway gateway) {
        super(WebSocketFrame.class, true);
        this.gateway = gateway;
    }

    Channel channel() {
        return channel;
    }

    @Override
    public void handlerAdded(ChannelHandlerContext ctx) {
        channel = ctx.channel();
        loopIndex = (byte) gateway.loopIndex(channel.eventLoop());
        long now = gateway.clock().millis();
        budget = new InboundBudget(now);
        lastHeartbeatMillis = now;
        long interval = gateway.config().heartbeatInterval().toMillis();
        ctx.writeAndFlush(Frames.of(Op.HELLO, new Hello(interval)));
        armIdentifyDeadline();
        heartbeatCheck = ctx.executor().scheduleAtFixedRate(this::checkHeartbeat, interval, interval, TimeUnit.MILLISECONDS);
    }

    @Override
    public void channelInactive(ChannelHandlerContext ctx) {
        cancelTimers();
        gateway.hub().detach(this, false);
    }

    @Override
    protected void channelRead0(ChannelHandlerContext ctx, WebSocketFrame frame) {
        switch (frame) {
            case TextWebSocketFrame text -> onText(ByteBufUtil.getBytes(text.content()));
            case PingWebSocketFrame ping -> ctx.writeAndFlush(new PongWebSocketFrame(ping.content().retain()));
            case PongWebSocketFrame ignored -> { }
            case CloseWebSocketFrame close -> onClientClose(close.statusCode());
            case BinaryWebSocketFrame ignored -> close(CloseCode.DECODE_ERROR);
            default -> close(CloseCode.DECODE_ERROR);
        }
    }

    @Override
    public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
        if (cause instanceof TooLongFrameException || cause.getCause() instanceof TooLongFrameException
                || String.valueOf(cause.getMessage()).contains("Max frame length")) {
            close(CloseCode.PAYLOAD_TOO_LARGE);
        } else if (cause instanceof CorruptedFrameException) {
            close(CloseCode.DECODE_ERROR);
        } else {
            log.debug("connection failed", cause);
            ctx.close();
        }
    }

    private void onText(byte[] bytes) {
        if (state == State.CLOSING) {
            return;
        }
        if (!budget.take(gateway.clock().millis())) {
            close(CloseCode.RATE_LIMITED);
            return;
        }
        JsonNode envelope;
        try {
            envelope = Json.mapper().readTree(bytes);
        } catch (JacksonException e) {
            close(CloseCode.DECODE_ERROR);
            return;
        }
        if (envelope == null || !envelope.isObject() || !envelope.path("op").isString()) {
            close(CloseCode.DECODE_ERROR);
            return;
        }
        Op op = Op.find(envelope.get("op").asString()).filter(Op::sentByClient).orElse(null);
        if (op == null) {
            close(CloseCode.UNKNOWN_OP);
            return;
        }
        JsonNode d = envelope.get("d");
        switch (op) {
            case HEARTBEAT -> onHeartbeat(d);
            case IDENTIFY, RESUME -> onAuthenticate(op, d);
            default -> {
                if (state != State.LIVE) {
                    close(CloseCode.NOT_AUTHENTICATED);
                } else {
                    onLiveOp(op, d);
                }
            }
        }
    }

    private void onHeartbeat(JsonNode d) {
        Heartbeat heartbeat = strict(d, Heartbeat.class);
        if (heartbeat == null) {
            close(CloseCode.DECODE_ERROR);
            return;
        }
        lastHeartbeatMillis = gateway.clock().millis();
        Session current = session;
        if (current != null && heartbeat.seq() != null) {
            gateway.hub().acknowledge(this, current, heartbeat.seq());
        }
        channel.writeAndFlush(Frames.of(Op.HEARTBEAT_ACK, new HeartbeatAck(heartbeat.seq())));
    }

    private void onAuthenticate(Op op, JsonNode d) {
        if (state != State.HELLO) {
            close(CloseCode.ALREADY_AUTHENTICATED);
            return;
        }
        Object request = op == Op.IDENTIFY ? strict(d, Identify.class) : strict(d, Resume.class);
        if (!wellFormed(request)) {
            close(CloseCode.DECODE_ERROR);
            return;
        }
        String token = request instanceof Identify identify ? identify.token() : ((Resume) request).token();
        state = State.AUTHENTICATING;
        cancelIdentifyDeadline();
        String ip = ip();
        gateway.offload(() -> {
            try {
                if (token == null || token.isBlank()) {
                    throw Failure.of(ErrorCode.UNAUTHENTICATED, "IDENTIFY and RESUME need an access token.");
                }
                if (request instanceof Resume resume) {
                    gateway.resume(this, gateway.facts().authenticate(token, ip), resume);
                } else {
                    gateway.identify(this, token, ip, (Identify) request);
                }
            } catch (Failure f) {
                onLoop(() -> refuse(op, f));
            }
        });
    }

    private static boolean wellFormed(Object request) {
        return switch (request) {
            case Identify i -> (i.client() == null || i.client().length() <= GatewayLimits.MAX_CLIENT_NAME_LENGTH)
                    && (i.presence() == null || Presences.valid(i.presence()));
            case Resume r -> r.sessionId() != null && r.seq() != null && r.seq() >= 0
                    && r.sessionId().length() <= GatewayLimits.MAX_SESSION_ID_LENGTH;
            case null, default -> false;
        };
    }

    private void refuse(Op op, Failure failure) {
        ErrorCode code = switch (failure.code()) {
            case TOKEN_EXPIRED, TOKEN_INVALID, UNAUTHENTICATED -> failure.code();
            default -> ErrorCode.TOKEN_INVALID;
        };
        channel.write(Frames.of(Op.ERROR, ErrorFrame.of(op, null, code, failure.detail())));
        close(CloseCode.AUTHENTICATION_FAILED);
    }

    private void onLiveOp(Op op, JsonNode d) {
        switch (op) {
            case SEND_MESSAGE -> onSend(d);
            case TYPING_START -> onTyping(d);
            case PRESENCE_UPDATE -> onPresence(d);
            case REQUEST_MEMBERS -> onRequestMembers(d);
            default -> close(CloseCode.UNKNOWN_OP);
        }
    }

    private void onSend(JsonNode d) {
        Caller who = caller;
        gateway.offload(() -> {
            String nonce = d != null && d.path("client_msg_id").isString() ? d.get("client_msg_id").asString() : null;
            try {
                SendMessage send = read(d, SendMessage.class);
                if (send.channelId() == null) {
                    throw Failure.invalid("channel_id", "is required");
                }
                var message = gateway.facts().send(who, send.channelId(),
                        new SendMessageRequest(send.content(), send.clientMsgId(), send.replyToId()));
                onLoop(() -> channel.writeAndFlush(Frames.of(Op.MESSAGE_ACK, new MessageAck(send.clientMsgId(), message))));
            } catch (RuntimeException e) {
                fail(Op.SEND_MESSAGE, nonce, e);
            }
        });
    }

    private void onTyping(JsonNode d) {
        Caller who = caller;
        gateway.offload(() -> {
            try {
                TypingStart typing = read(d, TypingStart.class);
                if (typing.channelId() == null) {
                    throw Failure.invalid("channel_id", "is required");
                }
                long communityId = gateway.facts().checkTyping(who, typing.channelId());
                gateway.hub().typing(who.userId(), typing.channelId(), communityId);
            } catch (RuntimeException e) {
                fail(Op.TYPING_START, null, e);
            }
        });
    }

    private void onPresence(JsonNode d) {
        PresenceUpdate update;
        try {
            update = read(d, PresenceUpdate.class);
            Presences.check(update);
        } catch (RuntimeException e) {
            fail(Op.PRESENCE_UPDATE, null, e);
            return;
        }
        gateway.hub().presence(this, update);
    }

    private void onRequestMembers(JsonNode d) {
        Caller who = caller;
        gateway.offload(() -> {
            String nonce = d != null && d.path("nonce").isString() ? d.get("nonce").asString() : null;
            try {
                RequestMembers request = read(d, RequestMembers.class);
                var chunk = gateway.facts().requestMembers(who, request);
                gateway.hub().membersChunk(this, request, chunk);
            } catch (RuntimeException e) {
                fail(Op.REQUEST_MEMBERS, nonce, e);
            }
        });
    }

    private void fail(Op op, String nonce, RuntimeException e) {
        ErrorFrame frame = switch (e) {
            case Failure f -> ErrorFrame.of(op, nonce, new Problem(Problem.typeOf(f.code()), f.code().title(),
                    f.code().status(), f.detail(), f.code().code(), null, f.fieldErrors().isEmpty() ? null : f.fieldErrors(),
                    f.retryAfterSeconds()));
            default -> {
                log.error("gateway op {} failed", op, e);
                yield ErrorFrame.of(op, nonce, ErrorCode.INTERNAL, null);
            }
        };
        onLoop(() -> channel.writeAndFlush(Frames.of(Op.ERROR, frame)));
    }

    /** A client payload read as strictly as a REST body: Failure MALFORMED_JSON or UNKNOWN_FIELD. */
    private static <T> T read(JsonNode d, Class<T> type) {
        if (d == null || !d.isObject()) {
            throw Failure.of(ErrorCode.MALFORMED_JSON, "d must be an object.");
        }
        return Json.read(Json.mapper().writeValueAsBytes(d), type);
    }

    /** A payload of IDENTIFY, RESUME or HEARTBEAT, or null when it is malformed (close 4002). */
    private static <T> T strict(JsonNode d, Class<T> type) {
        try {
            return read(d, type);
        } catch (Failure e) {
            return null;
        }
    }

    // ---- called from the hub and virtual threads (each hops onto the event loop) ----

    /** The session is live on this connection: ops other than heartbeats are now accepted. */
    void authenticated(Caller who) {
        onLoop(() -> {
            if (state == State.AUTHENTICATING) {
                caller = who;
                state = State.LIVE;
            }
        });
    }

    /** RESYNC was sent: the connection is unauthenticated again and must IDENTIFY in time. */
    void resynced() {
        onLoop(() -> {
            if (state == State.AUTHENTICATING) {
                state = State.HELLO;
                armIdentifyDeadline();
            }
        });
    }

    /**
     * Sends the close frame with {@code code}, then closes the socket. Safe from any thread.
     *
     * <p>The close frame waits behind what is already queued, so a client that stalled (a slow
     * consumer, 4011) learns its code as soon as it reads again. One that stays stalled is cut off
     * when it would have timed out anyway (missed heartbeats); meanwhile its queue does not grow,
     * since nothing is queued for a closing connection.
     */
    void close(CloseCode code) {
        onLoop(() -> {
            if (state == State.CLOSING || !channel.isActive()) {
                return;
            }
            state = State.CLOSING;
            cancelTimers();
            channel.writeAndFlush(new CloseWebSocketFrame(code.code(), code.reason()))
                    .addListener(ChannelFutureListener.CLOSE);
            channel.eventLoop().schedule(() -> channel.close(), heartbeatTimeoutMillis(), TimeUnit.MILLISECONDS);
        });
    }

    boolean closing() {
        return state == State.CLOSING;
    }

    private void onClientClose(int status) {
        if (state == State.CLOSING) {
            channel.close();
            return;
        }
        state = State.CLOSING;
        cancelTimers();
        gateway.hub().detach(this, status == 1000);
        channel.writeAndFlush(new CloseWebSocketFrame(status == -1 ? 1000 : status, ""))
                .addListener(ChannelFutureListener.CLOSE);
    }

    /**
     * Where the hub's frames enter the pipeline: its first handler's context, so they go straight
     * to the socket. They are whole WebSocket frames already ({@link Frames}); the encoder between
     * would only look at each and pass it on. Writes from here and through the channel share one
     * outbound buffer on the loop, so their order is kept.
     */
    static ChannelOutboundInvoker socketSide(Channel channel) {
        ChannelHandlerContext first = channel.pipeline().firstContext();
        return first != null ? first : channel;
    }

    private void onLoop(Runnable task) {
        if (channel.eventLoop().inEventLoop()) {
            task.run();
        } else {
            channel.eventLoop().execute(task);
        }
    }

    private void armIdentifyDeadline() {
        identifyDeadline = channel.eventLoop().schedule(() -> {
            if (state == State.HELLO) {
                close(CloseCode.IDENTIFY_TIMEOUT);
            }
        }, gateway.config().identifyDeadline().toMillis(), TimeUnit.MILLISECONDS);
    }

    private void cancelIdentifyDeadline() {
        if (identifyDeadline != null) {
            identifyDeadline.cancel(false);
        }
    }

    private void checkHeartbeat() {
        if (gateway.clock().millis() - lastHeartbeatMillis > heartbeatTimeoutMillis()) {
            close(CloseCode.SESSION_TIMEOUT);
        }
    }

    private long heartbeatTimeoutMillis() {
        return gateway.config().heartbeatInterval().toMillis() * GatewayLimits.MISSED_HEARTBEATS_BEFORE_CLOSE;
    }

    private void cancelTimers() {
        cancelIdentifyDeadline();
        if (heartbeatCheck != null) {
            heartbeatCheck.cancel(false);
        }
    }

    private String ip() {
        return channel.remoteAddress() instanceof InetSocketAddress a ? a.getAddress().getHostAddress() : "unknown";
    }
}
