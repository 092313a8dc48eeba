package dev.parley.bench.gateway;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufUtil;
import io.netty.buffer.Unpooled;
import io.netty.channel.Channel;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.handler.codec.http.websocketx.CloseWebSocketFrame;
import io.netty.handler.codec.http.websocketx.TextWebSocketFrame;
import io.netty.handler.codec.http.websocketx.WebSocketClientProtocolHandler;
import io.netty.handler.codec.http.websocketx.WebSocketFrame;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * One client of the load generator, as a real client behaves on the gateway: waits for
 * {@code HELLO}, heartbeats at the interval it names (carrying the last {@code s}), sends
 * {@code IDENTIFY} with its token, and reports {@code READY}, benchmark messages, acks, errors and
 * the close code to its {@link Events}. It never parses more of a frame than it needs: a
 * DISPATCH is read straight from its bytes (the load generator shares the two cores with the
 * server and must cost as little as it can per delivery); rarer frames through {@link Wire}.
 */
final class GatewayConnection extends SimpleChannelInboundHandler<WebSocketFrame> {
    private static final ByteBuf OP_KEY = key("\"op\":\"");
    private static final ByteBuf SEQ_KEY = key("\"s\":");
    private static final ByteBuf CONTENT_KEY = key("\"content\":\"" + Wire.CONTENT_PREFIX);

    /** What the load generator wants to hear about; called on the connection's event loop. */
    interface Events {
        void ready(GatewayConnection c);

        /** A benchmark message arrived; {@code own} when it carries this connection's tag. */
        void message(GatewayConnection c, long sentNanos, boolean own);

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
    private final byte[] tagBytes;
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
        this.tagBytes = tag.getBytes(StandardCharsets.US_ASCII);
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
        ByteBuf bytes = text.content();
        int opAt = ByteBufUtil.indexOf(OP_KEY, bytes);
        if (opAt >= 0 && bytes.getByte(opAt + OP_KEY.readableBytes()) == 'D') {
            dispatch(bytes); // the hot path: read straight from the bytes, no String
            return;
        }
        String s = text.text();
        String op = Wire.op(s);
        if (op == null) {
            return;
        }
        switch (op) {
            case "HELLO" -> hello(ctx, s);
            case "READY" -> events.ready(this);
            case "MESSAGE_ACK" -> events.acked(this);
            case "ERROR" -> events.error(this, s);
            default -> {
                // HEARTBEAT_ACK, PRESENCE_UPDATE, TYPING_START, ...: ignored, as clients must
            }
        }
    }

    /**
     * A DISPATCH: remember its {@code s} for heartbeats; if it carries benchmark content
     * ({@code "content":"bench <nanos> <tag>"}: only message_created does here), report it.
     */
    private void dispatch(ByteBuf b) {
        int s = ByteBufUtil.indexOf(SEQ_KEY, b);
        if (s >= 0) {
            long seq = digits(b, s + SEQ_KEY.readableBytes());
            if (seq > 0) {
                lastSeq = seq;
            }
        }
        int at = ByteBufUtil.indexOf(CONTENT_KEY, b);
        if (at < 0) {
            return;
        }
        int from = at + CONTENT_KEY.readableBytes();
        long sent = digits(b, from);
        boolean own = false;
        if (sender) {
            int space = b.indexOf(from, b.writerIndex(), (byte) ' ');
            int end = b.indexOf(space + 1, b.writerIndex(), (byte) '"');
            own = end - space - 1 == tagBytes.length;
            for (int i = 0; own && i < tagBytes.length; i++) {
                own = b.getByte(space + 1 + i) == tagBytes[i];
            }
        }
        events.message(this, sent, own);
    }

    private static long digits(ByteBuf b, int from) {
        long v = 0;
        for (int i = from; i < b.writerIndex(); i++) {
            byte c = b.getByte(i);
            if (c < '0' || c > '9') {
                break;
            }
            v = v * 10 + (c - '0');
        }
        return v;
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

    private static ByteBuf key(String ascii) {
        return Unpooled.unreleasableBuffer(Unpooled.copiedBuffer(ascii, StandardCharsets.US_ASCII));
    }

    @Override
    public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
        ctx.close();
    }
}
