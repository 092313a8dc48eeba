package dev.parley.gateway;

import dev.parley.core.json.Json;
import dev.parley.protocol.error.ErrorCode;
import dev.parley.protocol.error.Problem;
import dev.parley.protocol.gateway.GatewayLimits;
import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.handler.codec.http.DefaultFullHttpResponse;
import io.netty.handler.codec.http.FullHttpRequest;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaderValues;
import io.netty.handler.codec.http.HttpMethod;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.HttpVersion;
import io.netty.handler.codec.http.websocketx.WebSocketDecoderConfig;
import io.netty.handler.codec.http.websocketx.WebSocketFrameAggregator;
import io.netty.handler.codec.http.websocketx.WebSocketServerHandshaker;
import io.netty.handler.codec.http.websocketx.WebSocketServerHandshakerFactory;

/**
 * The upgrade (gateway.md §1): only {@code GET /gateway} with a WebSocket upgrade and an allowed
 * Origin (or none) becomes a {@link Connection}. Other paths answer 404, a plain request 426, a
 * refused origin 403 {@code origin_not_allowed}, all as problem details and before any upgrade.
 * Inbound messages are limited to {@code MAX_INBOUND_FRAME_BYTES} after reassembly.
 */
final class Handshake extends SimpleChannelInboundHandler<FullHttpRequest> {
    static final String PATH = "/gateway";

    private final Gateway gateway;
    private final Origins origins;

    Handshake(Gateway gateway) {
        this.gateway = gateway;
        this.origins = new Origins(gateway.config().ownOrigin(), gateway.config().allowedOrigins());
    }

    @Override
    protected void channelRead0(ChannelHandlerContext ctx, FullHttpRequest request) {
        String path = request.uri().split("\\?", 2)[0];
        if (!path.equals(PATH)) {
            refuse(ctx, HttpResponseStatus.NOT_FOUND, ErrorCode.NOT_FOUND, "The gateway is at " + PATH + ".");
            return;
        }
        if (!request.method().equals(HttpMethod.GET) || !request.headers().containsValue(HttpHeaderNames.UPGRADE,
                HttpHeaderValues.WEBSOCKET, true)) {
            refuse(ctx, HttpResponseStatus.UPGRADE_REQUIRED, null, "Connect with a WebSocket upgrade.");
            return;
        }
        if (!origins.allows(request.headers().get(HttpHeaderNames.ORIGIN))) {
            refuse(ctx, HttpResponseStatus.FORBIDDEN, ErrorCode.ORIGIN_NOT_ALLOWED, "This origin may not open the gateway.");
            return;
        }
        WebSocketDecoderConfig decoder = WebSocketDecoderConfig.newBuilder()
                .maxFramePayloadLength(GatewayLimits.MAX_INBOUND_FRAME_BYTES)
                .allowExtensions(false)
                .closeOnProtocolViolation(false)
                .build();
        WebSocketServerHandshaker handshaker = new WebSocketServerHandshakerFactory(
                "ws://" + request.headers().get(HttpHeaderNames.HOST) + PATH, null, decoder).newHandshaker(request);
        if (handshaker == null) {
            WebSocketServerHandshakerFactory.sendUnsupportedVersionResponse(ctx.channel());
            return;
        }
        handshaker.handshake(ctx.channel(), request).addListener(done -> {
            if (!done.isSuccess()) {
                ctx.close();
                return;
            }
            ctx.pipeline().remove(this);
            ctx.pipeline().addLast("reassemble", new WebSocketFrameAggregator(GatewayLimits.MAX_INBOUND_FRAME_BYTES))
                    .addLast("connection", new Connection(gateway));
        });
    }

    private static void refuse(ChannelHandlerContext ctx, HttpResponseStatus status, ErrorCode code, String detail) {
        Problem problem = code == null
                ? new Problem("about:blank", status.reasonPhrase(), status.code(), detail, null, null, null, null)
                : new Problem(Problem.typeOf(code), code.title(), status.code(), detail, code.code(), null, null, null);
        FullHttpResponse response = new DefaultFullHttpResponse(HttpVersion.HTTP_1_1, status,
                Unpooled.wrappedBuffer(Json.write(problem)));
        response.headers().set(HttpHeaderNames.CONTENT_TYPE, "application/problem+json")
                .setInt(HttpHeaderNames.CONTENT_LENGTH, response.content().readableBytes())
                .set(HttpHeaderNames.CONNECTION, HttpHeaderValues.CLOSE);
        if (status == HttpResponseStatus.UPGRADE_REQUIRED) {
            response.headers().set(HttpHeaderNames.UPGRADE, HttpHeaderValues.WEBSOCKET);
        }
        ctx.writeAndFlush(response).addListener(ChannelFutureListener.CLOSE);
    }
}
