package dev.parley.gateway;

import io.netty.bootstrap.ServerBootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoop;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.IoHandlerFactory;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.WriteBufferWaterMark;
import io.netty.channel.epoll.Epoll;
import io.netty.channel.epoll.EpollIoHandler;
import io.netty.channel.epoll.EpollServerSocketChannel;
import io.netty.channel.nio.NioIoHandler;
import io.netty.channel.socket.ServerSocketChannel;
import io.netty.channel.socket.SocketChannel;
import io.netty.channel.socket.nio.NioServerSocketChannel;
import io.netty.handler.codec.http.HttpObjectAggregator;
import io.netty.handler.codec.http.HttpServerCodec;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.List;

/**
 * The Netty side: binds the port, and gives each accepted socket an HTTP codec and the
 * {@link Handshake}, which upgrades {@code GET /gateway} to a WebSocket {@link Connection}. Uses
 * epoll where it is available, with one event loop per core (not Netty's default of two): the loops
 * never block (blocking work goes to virtual threads), and fewer loops take larger batches from
 * the hub shards and wake less. All frames of a connection are encoded and written on its loop, in
 * batches handed over by its user's hub shard.
 */
final class GatewayServer {
    private static final int MAX_HANDSHAKE_BYTES = 8 * 1024;

    private final Gateway gateway;
    private EventLoopGroup group;
    /** The group's loops in a fixed order: a connection's {@link #loopIndex} is its place here. */
    private final List<EventLoop> loops = new ArrayList<>();
    private Channel listener;

    GatewayServer(Gateway gateway) {
        this.gateway = gateway;
    }

    int start() {
        boolean epoll = Epoll.isAvailable();
        IoHandlerFactory io = epoll ? EpollIoHandler.newFactory() : NioIoHandler.newFactory();
        group = new MultiThreadIoEventLoopGroup(Math.min(Runtime.getRuntime().availableProcessors(), Byte.MAX_VALUE), io);
        group.forEach(loop -> loops.add((EventLoop) loop));
        Class<? extends ServerSocketChannel> type = epoll ? EpollServerSocketChannel.class : NioServerSocketChannel.class;
        long maxBytes = gateway.config().maxQueuedBytes();
        ServerBootstrap bootstrap = new ServerBootstrap()
                .group(group)
                .channel(type)
                .option(ChannelOption.SO_BACKLOG, 4_096)
                .childOption(ChannelOption.TCP_NODELAY, true)
                .childOption(ChannelOption.WRITE_BUFFER_WATER_MARK,
                        new WriteBufferWaterMark((int) Math.min(Integer.MAX_VALUE, maxBytes / 2), (int) Math.min(Integer.MAX_VALUE, maxBytes)))
                .childHandler(new ChannelInitializer<SocketChannel>() {
                    @Override
                    protected void initChannel(SocketChannel ch) {
                        ch.pipeline().addLast("http", new HttpServerCodec(4_096, MAX_HANDSHAKE_BYTES, 8_192))
                                .addLast("aggregate", new HttpObjectAggregator(MAX_HANDSHAKE_BYTES))
                                .addLast("handshake", new Handshake(gateway));
                    }
                });
        var bound = bootstrap.bind(gateway.config().host(), gateway.config().port()).awaitUninterruptibly();
        if (!bound.isSuccess()) {
            // Netty throws its checked bind error sneakily; say which address, as the HTTP edge does.
            throw new IllegalStateException("the gateway cannot listen on " + gateway.config().host() + ":"
                    + gateway.config().port() + ": " + bound.cause().getMessage(), bound.cause());
        }
        listener = bound.channel();
        return ((InetSocketAddress) listener.localAddress()).getPort();
    }

    /** The place of one of the group's loops, from 0: what {@link Outbox} indexes its batches by. */
    int loopIndex(EventLoop loop) {
        int index = loops.indexOf(loop);
        if (index < 0) {
            throw new IllegalStateException("not one of the gateway's event loops: " + loop);
        }
        return index;
    }

    void close() {
        if (listener != null) {
            listener.close().syncUninterruptibly();
        }
        if (group != null) {
            // A quiet period, so the close frames the hub just handed to the loops (server_restarting)
            // are written before the loops close every channel: clients then resume, not guess.
            group.shutdownGracefully(100, 2_000, java.util.concurrent.TimeUnit.MILLISECONDS).syncUninterruptibly();
        }
    }
}
