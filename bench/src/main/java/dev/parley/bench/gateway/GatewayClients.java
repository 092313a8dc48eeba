package dev.parley.bench.gateway;

import io.netty.bootstrap.Bootstrap;
import io.netty.channel.ChannelFuture;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.epoll.EpollIoHandler;
import io.netty.channel.epoll.EpollSocketChannel;
import io.netty.channel.socket.SocketChannel;
import io.netty.handler.codec.http.DefaultHttpHeaders;
import io.netty.handler.codec.http.HttpClientCodec;
import io.netty.handler.codec.http.HttpObjectAggregator;
import io.netty.handler.codec.http.websocketx.WebSocketClientProtocolConfig;
import io.netty.handler.codec.http.websocketx.WebSocketClientProtocolHandler;
import io.netty.handler.codec.http.websocketx.WebSocketFrameAggregator;
import io.netty.handler.codec.http.websocketx.WebSocketVersion;
import java.net.InetSocketAddress;
import java.net.URI;

/**
 * Opens gateway connections from one source address, each to the gateway URL it is given (a
 * target may have several gateways: {@link GatewaySpread}): Netty on epoll, as many event loops as
 * asked. Binding each worker process to its own 127.0.0.x keeps every process's ephemeral ports
 * apart, and SO_LINGER 0 turns each client close into a reset so that a handshake loop never
 * exhausts them with TIME_WAIT. Accepts server messages up to 16 MiB, the protocol's
 * {@code MIN_CLIENT_RECEIVE_BYTES}.
 */
final class GatewayClients implements AutoCloseable {
    private static final int MAX_MESSAGE = 16 * 1024 * 1024;

    private final EventLoopGroup group;
    private final Bootstrap bootstrap;

    GatewayClients(String sourceAddress, int threads) {
        this.group = new MultiThreadIoEventLoopGroup(threads, EpollIoHandler.newFactory());
        this.bootstrap = new Bootstrap().group(group).channel(EpollSocketChannel.class)
                .option(ChannelOption.SO_LINGER, 0)
                .option(ChannelOption.TCP_NODELAY, true)
                .option(ChannelOption.CONNECT_TIMEOUT_MILLIS, 30_000)
                .localAddress(new InetSocketAddress(sourceAddress, 0));
    }

    /** Starts connecting to {@code url}; the connection reports {@code ready} or {@code closed} to its events. */
    ChannelFuture connect(GatewayConnection connection, URI url) {
        WebSocketClientProtocolConfig config = WebSocketClientProtocolConfig.newBuilder()
                .webSocketUri(url)
                .version(WebSocketVersion.V13)
                .customHeaders(new DefaultHttpHeaders())
                .generateOriginHeader(false) // a native client: no Origin, as the protocol allows
                .maxFramePayloadLength(MAX_MESSAGE)
                .handleCloseFrames(false)
                .dropPongFrames(true)
                .withUTF8Validator(false) // the load generator trusts the server under test; validating costs it CPU per byte
                .handshakeTimeoutMillis(30_000)
                .build();
        return bootstrap.clone().handler(new ChannelInitializer<SocketChannel>() {
            @Override
            protected void initChannel(SocketChannel ch) {
                ch.pipeline().addLast(new HttpClientCodec(), new HttpObjectAggregator(65_536),
                        new WebSocketClientProtocolHandler(config), new WebSocketFrameAggregator(MAX_MESSAGE), connection);
            }
        }).connect(url.getHost(), url.getPort());
    }

    @Override
    public void close() {
        group.shutdownGracefully();
    }
}
