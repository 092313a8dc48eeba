package dev.parley.bench.gateway;

import io.netty.channel.Channel;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.handler.codec.http.websocketx.CloseWebSocketFrame;
import io.netty.handler.codec.http.websocketx.TextWebSocketFrame;
import io.netty.handler.codec.http.websocketx.WebSocketClientProtocolHandler;
import io.netty.handler.codec.http.websocketx.WebSocketFrame;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * One client of the load generator, as a real client behaves on the gateway: waits for
 * {@code HELLO}, heartbeats at the interval it names (carrying the last {@code s}), sends
 * {@code IDENTIFY} with its token, and reports {@code READY}, benchmark messages, acks, errors and
 * the close code to its {@link Events}. It never parses more of a frame than it needs (see
 * {@link Wire}).
 */
final class GatewayConnection extends SimpleChannelInboundHandler<WebSocketFrame> {
    /** What the load generator wants to hear about; called on the connection's event loop. */
    interface Events {
        void ready(GatewayConnection c);

        void message(GatewayConnection c, long sentNanos, String tag);

        void acked(GatewayConnection c);

        void error(GatewayConnection c, String frame);

        /** The connection ended; {@code code} is the server's close code, or -1 when none came. */
        void closed(GatewayConnection c, int code);
    }

    final int index;
    final Roster.Entry who;
    final String tag;
    final boolean sender;
    final long startedNanos;
    private final Events events;
    private Channel channel;
    private long lastSeq = -1;
    private int closeCode = -1;
    private ScheduledFuture<?> heartbeats;

    /**
     * @param who    the roster entry: token and channels
     * @param tag    written into the content of this connection's messages
     * @param sender a connection that only sends (its deliveries are not counted)
     */
    GatewayConnection(int index, Roster.Entry who, String tag, boolean sender, Events events) {
        this.index = index;
        this.who = who;
        this.tag = tag;
        this.sender = sender;
        this.events = events;
        this.startedNanos = System.nanoTime();
    }

    /** Thread-safe: Netty hands the write to the connection's loop. */
    void send(String text) {
        channel.writeAndFlush(new TextWebSocketFrame(text), channel.voidPromise());
    }

    /** Ends the session for good (close code 1000); the server answers and the socket closes. */
    void close() {
        if (channel.isActive()) {
            channel.writeAndFlush(new CloseWebSocketFrame(1000, "bench done"));
            channel.eventLoop().schedule(() -> {
                channel.close();
            }, 5, TimeUnit.SECONDS);
        }
    }

    Channel channel() {
        return channel;
    }

    @Override
    public void handlerAdded(ChannelHandlerContext ctx) {
        channel = ctx.channel();
    }

    @Override
    public void userEventTriggered(ChannelHandlerContext ctx, Object event) throws Exception {
        // HELLO may arrive in the same read as the upgrade answer: nothing to do on HANDSHAKE_COMPLETE.
        if (event != WebSocketClientProtocolHandler.ClientHandshakeStateEvent.HANDSHAKE_COMPLETE) {
            super.userEventTriggered(ctx, event);
        }
    }

    @Override
    protected void channelRead0(ChannelHandlerContext ctx, WebSocketFrame frame) {
        if (frame instanceof CloseWebSocketFrame close) {
            closeCode = close.statusCode();
            ctx.close(); // SO_LINGER 0: a reset, so no TIME_WAIT piles up on the client's ports
            return;
        }
        if (!(frame instanceof TextWebSocketFrame text)) {
            return;
        }
        String s = text.text();
        String op = Wire.op(s);
        if (op == null) {
            return;
        }
        switch (op) {
            case "DISPATCH" -> dispatch(s);
            case "HELLO" -> hello(ctx, s);
            case "READY" -> events.ready(this);
            case "MESSAGE_ACK" -> events.acked(this);
            case "ERROR" -> events.error(this, s);
            default -> {
                // HEARTBEAT_ACK, PRESENCE_UPDATE, TYPING_START, ...: ignored, as clients must
            }
        }
    }

    private void dispatch(String s) {
        long seq = Wire.number(s, "s");
        if (seq > 0) {
            lastSeq = seq;
        }
        if (s.startsWith("{\"op\":\"DISPATCH\",\"t\":\"message_created\"") || "message_created".equals(Wire.string(s, "t"))) {
            int at = Wire.content(s);
            if (at >= 0) {
                events.message(this, Wire.sentNanos(s, at), Wire.tag(s, at));
            }
        }
    }

    private void hello(ChannelHandlerContext ctx, String s) {
        long interval = Math.max(1000, Wire.number(s, "heartbeat_interval_ms"));
        // The first beat after interval × random, as the protocol asks, then every interval.
        long first = (long) (interval * Math.random());
        heartbeats = ctx.executor().scheduleAtFixedRate(() -> send(Wire.heartbeat(lastSeq)), first, interval,
                TimeUnit.MILLISECONDS);
        send(Wire.identify(who.token()));
    }

    @Override
    public void channelInactive(ChannelHandlerContext ctx) throws Exception {
        if (heartbeats != null) {
            heartbeats.cancel(false);
        }
        events.closed(this, closeCode);
        super.channelInactive(ctx);
    }

    @Override
    public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
        ctx.close();
    }
}
