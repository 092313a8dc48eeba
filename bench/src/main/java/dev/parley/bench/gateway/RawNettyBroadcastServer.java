package dev.parley.bench.gateway;

import io.netty.bootstrap.ServerBootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.epoll.EpollIoHandler;
import io.netty.channel.epoll.EpollServerSocketChannel;
import io.netty.channel.socket.SocketChannel;
import io.netty.handler.codec.http.HttpObjectAggregator;
import io.netty.handler.codec.http.HttpServerCodec;
import io.netty.handler.codec.http.websocketx.WebSocketServerProtocolConfig;
import io.netty.handler.codec.http.websocketx.WebSocketServerProtocolHandler;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The baseline of the gateway benchmark: a minimal WebSocket broadcast server on raw Netty
 * (epoll), speaking just enough of the gateway protocol ({@link RawSession}) that the load
 * generator drives it exactly as it drives Parley. It serves {@code ws://127.0.0.1:<port>/gateway}
 * and the admin endpoint of {@link HeapEndpoint}, prints one line
 * {@code @SERVER ws=<url> admin=<url>} when it is ready, and stops when its standard input closes
 * (the load generator that started it has ended).
 *
 * <p>One event loop per core, as a production server would run; frames up to 16 KiB inbound, as
 * the gateway allows.
 */
public final class RawNettyBroadcastServer {
    private RawNettyBroadcastServer() {
    }

    public static void main(String[] args) throws Exception {
        int threads = args.length > 0 ? Integer.parseInt(args[0]) : Runtime.getRuntime().availableProcessors();
        EventLoopGroup group = new MultiThreadIoEventLoopGroup(threads, EpollIoHandler.newFactory());
        RawChannels channels = new RawChannels();
        AtomicLong open = new AtomicLong();
        WebSocketServerProtocolConfig ws = WebSocketServerProtocolConfig.newBuilder()
                .websocketPath("/gateway").maxFramePayloadLength(16_384).checkStartsWith(false).build();
        try {
            Channel server = new ServerBootstrap()
                    .group(group)
                    .channel(EpollServerSocketChannel.class)
                    .option(ChannelOption.SO_BACKLOG, 4096)
                    .childHandler(new ChannelInitializer<SocketChannel>() {
                        @Override
                        protected void initChannel(SocketChannel ch) {
                            ch.pipeline().addLast(new Counter(open), new HttpServerCodec(), new HttpObjectAggregator(8192),
                                    new WebSocketServerProtocolHandler(ws), new RawSession(channels));
                        }
                    })
                    .bind(new InetSocketAddress("127.0.0.1", 0)).sync().channel();
            int port = ((InetSocketAddress) server.localAddress()).getPort();
            try (HeapEndpoint admin = HeapEndpoint.start(open::get)) {
                System.out.println("@SERVER ws=ws://127.0.0.1:" + port + "/gateway admin=" + admin.url());
                System.out.flush();
                waitForEndOfInput(System.in);
            }
            server.close().sync();
        } finally {
            group.shutdownGracefully().sync();
        }
    }

    static void waitForEndOfInput(InputStream in) throws java.io.IOException {
        byte[] sink = new byte[256];
        while (in.read(sink) >= 0) {
            // nothing: the parent only ever closes this stream
        }
    }

    /** Open connections, for the heap endpoint's report. */
    private static final class Counter extends ChannelInboundHandlerAdapter {
        private final AtomicLong open;

        Counter(AtomicLong open) {
            this.open = open;
        }

        @Override
        public void channelActive(ChannelHandlerContext ctx) throws Exception {
            open.incrementAndGet();
            ctx.pipeline().remove(this); // no per-connection cost after counting
            ctx.channel().closeFuture().addListener(f -> open.decrementAndGet());
            super.channelActive(ctx);
        }
    }
}
