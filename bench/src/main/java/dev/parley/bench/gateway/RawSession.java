package dev.parley.bench.gateway;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufUtil;
import io.netty.channel.Channel;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.EventLoop;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.handler.codec.http.websocketx.TextWebSocketFrame;
import io.netty.handler.codec.http.websocketx.WebSocketServerProtocolHandler;
import java.util.concurrent.atomic.AtomicLong;

/**
 * One connection of the baseline server: the smallest subset of the gateway protocol that the
 * load generator needs, so that the same generator drives both servers.
 *
 * <ul>
 *   <li>after the upgrade: {@code HELLO};</li>
 *   <li>{@code IDENTIFY}: any token of the form {@code raw:<channel>,<channel>,...} (the load
 *       generator's synthetic roster) joins those channels; answered by a tiny {@code READY};</li>
 *   <li>{@code HEARTBEAT}: {@code HEARTBEAT_ACK};</li>
 *   <li>{@code SEND_MESSAGE}: one {@code DISPATCH message_created} frame broadcast to the channel's
 *       members (the sender's connections included, as Parley does), then {@code MESSAGE_ACK}.</li>
 * </ul>
 *
 * No validation, no storage, no per-session sequence numbers ({@code s} is always 0): this is the
 * floor a real gateway is compared with, not a gateway.
 */
final class RawSession extends SimpleChannelInboundHandler<TextWebSocketFrame> {
    private static final AtomicLong IDS = new AtomicLong(1_000_000);
    static final String HELLO = "{\"op\":\"HELLO\",\"d\":{\"heartbeat_interval_ms\":41250}}";

    private final RawChannels channels;
    private Channel channel;
    private String[] joined = new String[0];
    private boolean dirty;

    RawSession(RawChannels channels) {
        this.channels = channels;
    }

    Channel channel() {
        return channel;
    }

    EventLoop loop() {
        return channel.eventLoop();
    }

    /** True when the session was clean (it must be added to the loop's flush list). */
    boolean markDirty() {
        boolean was = dirty;
        dirty = true;
        return !was;
    }

    void clearDirty() {
        dirty = false;
    }

    @Override
    public void handlerAdded(ChannelHandlerContext ctx) {
        channel = ctx.channel();
    }

    @Override
    public void userEventTriggered(ChannelHandlerContext ctx, Object event) throws Exception {
        if (event instanceof WebSocketServerProtocolHandler.HandshakeComplete) {
            ctx.writeAndFlush(new TextWebSocketFrame(HELLO));
        }
        super.userEventTriggered(ctx, event);
    }

    @Override
    protected void channelRead0(ChannelHandlerContext ctx, TextWebSocketFrame frame) {
        String text = frame.text();
        String op = Wire.op(text);
        if (op == null) {
            ctx.close();
            return;
        }
        switch (op) {
            case "IDENTIFY" -> identify(ctx, Wire.string(text, "token"));
            case "HEARTBEAT" -> ctx.writeAndFlush(new TextWebSocketFrame("{\"op\":\"HEARTBEAT_ACK\",\"d\":{}}"));
            case "SEND_MESSAGE" -> send(ctx, text);
            default -> ctx.close();
        }
    }

    private void identify(ChannelHandlerContext ctx, String token) {
        if (token == null || !token.startsWith("raw:") || joined.length > 0) {
            ctx.close();
            return;
        }
        joined = token.substring(4).split(",");
        for (String id : joined) {
            channels.join(id, this);
        }
        ctx.writeAndFlush(new TextWebSocketFrame("{\"op\":\"READY\",\"d\":{\"session_id\":\"raw-"
                + IDS.incrementAndGet() + "\"}}"));
    }

    private void send(ChannelHandlerContext ctx, String text) {
        String channelId = Wire.string(text, "channel_id");
        String content = Wire.string(text, "content");
        String clientMsgId = Wire.string(text, "client_msg_id");
        String message = "{\"id\":\"" + IDS.incrementAndGet() + "\",\"channel_id\":\"" + channelId
                + "\",\"content\":\"" + content + "\",\"client_msg_id\":\"" + clientMsgId + "\"}";
        ByteBuf dispatch = ByteBufUtil.writeUtf8(ctx.alloc(),
                "{\"op\":\"DISPATCH\",\"t\":\"message_created\",\"s\":0,\"d\":{\"type\":\"message_created\",\"message\":"
                        + message + "}}");
        channels.broadcast(channelId, dispatch);
        ctx.writeAndFlush(new TextWebSocketFrame("{\"op\":\"MESSAGE_ACK\",\"d\":{\"client_msg_id\":\"" + clientMsgId
                + "\",\"message\":" + message + "}}"));
    }

    @Override
    public void channelInactive(ChannelHandlerContext ctx) throws Exception {
        for (String id : joined) {
            channels.leave(id, this);
        }
        super.channelInactive(ctx);
    }

    @Override
    public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
        ctx.close(); // resets by clients that leave abruptly are expected (handshake scenario)
    }
}
