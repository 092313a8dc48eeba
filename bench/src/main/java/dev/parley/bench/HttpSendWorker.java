package dev.parley.bench;

import io.netty.bootstrap.Bootstrap;
import io.netty.buffer.ByteBuf;
import io.netty.channel.Channel;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.channel.epoll.EpollIoHandler;
import io.netty.channel.epoll.EpollSocketChannel;
import io.netty.channel.socket.SocketChannel;
import io.netty.handler.codec.http.DefaultFullHttpRequest;
import io.netty.handler.codec.http.FullHttpRequest;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpClientCodec;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaderValues;
import io.netty.handler.codec.http.HttpMethod;
import io.netty.handler.codec.http.HttpObjectAggregator;
import io.netty.handler.codec.http.HttpVersion;
import io.netty.util.AsciiString;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * The HTTP send load in a process of its own, so that its CPU is measured apart from the server's:
 * each sender of a roster holds one keep-alive HTTP/1.1 connection (Netty on epoll) and sends in a
 * closed loop, as {@link SendLoad} does: the real {@code POST /api/v1/channels/{id}/messages} with
 * the member's bearer token and a JSON body, the next one as soon as the answer arrives. An answer
 * counts as acknowledged only when it is a 2xx whose body names the {@code client_msg_id} sent;
 * anything else counts as a failure by status and problem code, and a connection that closes
 * counts as a failure and ends its sender.
 *
 * <p>Driven by {@link MessagingBench} over standard input and output (answers start with {@code @}):
 * <pre>
 * CONNECT                       open one connection per sender               → @CONNECTED n seconds
 * RUN                           start sending (warm-up: nothing counts yet)  → @STARTED
 * MEASURE windowMs samplesFile  count the answers that arrive from now for windowMs, then stop sending and
 *                               write their latencies                        → @RESULT acked=.. seconds=.. failures=..
 * QUIT
 * </pre>
 * Arguments: the server's base URL, the roster file (one sender a line: {@code token channelId idPrefix}),
 * event-loop threads.
 */
public final class HttpSendWorker {
    private final URI base;
    private final List<Sender> senders = new ArrayList<>();
    private final EventLoopGroup group;
    private final Bootstrap bootstrap;
    /** The measured window in {@link System#nanoTime()}; senders stop at its end. */
    private volatile long from = Long.MAX_VALUE;
    private volatile long to = Long.MAX_VALUE;
    private CountDownLatch done;

    private HttpSendWorker(URI base, List<String[]> roster, int threads) {
        this.base = base;
        this.group = new MultiThreadIoEventLoopGroup(threads, EpollIoHandler.newFactory());
        this.bootstrap = new Bootstrap().group(group).channel(EpollSocketChannel.class)
                .option(ChannelOption.TCP_NODELAY, true)
                .option(ChannelOption.CONNECT_TIMEOUT_MILLIS, 30_000);
        for (String[] r : roster) {
            senders.add(new Sender(r[0], Long.parseLong(r[1]), r[2]));
        }
    }

    public static void main(String[] args) throws Exception {
        List<String[]> roster = Files.readAllLines(Path.of(args[1])).stream()
                .filter(l -> !l.isBlank()).map(l -> l.strip().split(" ")).toList();
        var worker = new HttpSendWorker(URI.create(args[0]), roster, Integer.parseInt(args[2]));
        try (var in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8))) {
            worker.serve(in);
        } finally {
            worker.group.shutdownGracefully(0, 1, TimeUnit.SECONDS);
        }
        System.exit(0);
    }

    private void serve(BufferedReader in) throws Exception {
        for (String line; (line = in.readLine()) != null; ) {
            String[] a = line.strip().split(" ");
            switch (a[0]) {
                case "CONNECT" -> connect();
                case "RUN" -> run();
                case "MEASURE" -> measure(Long.parseLong(a[1]), Path.of(a[2]));
                case "QUIT" -> {
                    return;
                }
                default -> reply("@ERROR unknown command " + line);
            }
        }
    }

    private static void reply(String line) {
        System.out.println(line);
        System.out.flush();
    }

    private void connect() {
        long t0 = System.nanoTime();
        for (Sender s : senders) {
            s.channel = bootstrap.clone().handler(new ChannelInitializer<SocketChannel>() {
                @Override
                protected void initChannel(SocketChannel ch) {
                    ch.pipeline().addLast(new HttpClientCodec(), new HttpObjectAggregator(1 << 20), s);
                }
            }).connect(base.getHost(), base.getPort()).syncUninterruptibly().channel();
        }
        reply("@CONNECTED %d %.1f".formatted(senders.size(), (System.nanoTime() - t0) / 1e9));
    }

    private void run() {
        done = new CountDownLatch(senders.size());
        for (Sender s : senders) {
            s.start(done);
        }
        reply("@STARTED");
    }

    private void measure(long windowMillis, Path samplesFile) throws Exception {
        long now = System.nanoTime();
        to = now + TimeUnit.MILLISECONDS.toNanos(windowMillis);
        from = now;
        if (!done.await(windowMillis + 60_000, TimeUnit.MILLISECONDS)) {
            reply("@ERROR senders still busy a minute after the window closed");
            return;
        }
        Latencies.writeTo(senders.stream().map(s -> s.latencies).toList(), samplesFile);
        Map<String, Long> failures = new TreeMap<>();
        senders.forEach(s -> s.failures.forEach((k, v) -> failures.merge(k, v, Long::sum)));
        long acked = senders.stream().mapToLong(s -> s.latencies.count()).sum();
        reply("@RESULT acked=%d seconds=%.3f failures=%s".formatted(acked, windowMillis / 1e3,
                failures.entrySet().stream().map(e -> e.getKey().replace(' ', '+') + ":" + e.getValue())
                        .collect(Collectors.joining(","))));
    }

    /** One member's closed loop on its own connection; runs on that connection's event loop only. */
    private final class Sender extends SimpleChannelInboundHandler<FullHttpResponse> {
        private final AsciiString authorization;
        private final String path;
        private final String idPrefix;
        private final AsciiString host = AsciiString.of(base.getHost() + ":" + base.getPort());
        final Latencies latencies = new Latencies();
        final Map<String, Long> failures = new HashMap<>();
        Channel channel;
        private long n;
        private long sentAt;
        private String sentId;
        private CountDownLatch finished;

        Sender(String token, long channelId, String idPrefix) {
            this.authorization = AsciiString.of("Bearer " + token);
            this.path = HttpTarget.messagesPath(channelId);
            this.idPrefix = idPrefix;
        }

        void start(CountDownLatch done) {
            channel.eventLoop().execute(() -> {
                this.finished = done;
                send();
            });
        }

        private void send() {
            sentId = idPrefix + "-" + n;
            // Contents and ids hold no character JSON would escape.
            byte[] body = ("{\"content\":\"" + Target.content(idPrefix, n++) + "\",\"client_msg_id\":\"" + sentId + "\"}")
                    .getBytes(StandardCharsets.UTF_8);
            FullHttpRequest request = new DefaultFullHttpRequest(HttpVersion.HTTP_1_1, HttpMethod.POST, path,
                    channel.alloc().buffer(body.length).writeBytes(body));
            request.headers().set(HttpHeaderNames.HOST, host)
                    .set(HttpHeaderNames.AUTHORIZATION, authorization)
                    .set(HttpHeaderNames.CONTENT_TYPE, HttpHeaderValues.APPLICATION_JSON)
                    .setInt(HttpHeaderNames.CONTENT_LENGTH, body.length);
            sentAt = System.nanoTime();
            channel.writeAndFlush(request, channel.voidPromise());
        }

        @Override
        protected void channelRead0(ChannelHandlerContext ctx, FullHttpResponse response) {
            long now = System.nanoTime();
            String failure = failure(response.status().code(), response.content());
            if (now >= from && now < to) {
                if (failure == null) {
                    latencies.add(now - sentAt);
                } else {
                    failures.merge(failure, 1L, Long::sum);
                }
            }
            if (finished == null) {
                return;
            }
            if (now < to) {
                send();
            } else {
                finish();
            }
        }

        /** Null for an acknowledgement of the message just sent, else a label such as {@code 429 rate_limited}. */
        private String failure(int status, ByteBuf body) {
            String text = body.toString(StandardCharsets.UTF_8);
            if (status / 100 == 2) {
                return text.contains("\"client_msg_id\":\"" + sentId + "\"") ? null : status + " without the message";
            }
            int at = text.indexOf("\"code\":\"");
            return status + " " + (at < 0 ? "-" : text.substring(at + 8, text.indexOf('"', at + 8)));
        }

        private void finish() {
            if (finished != null) {
                finished.countDown();
                finished = null;
            }
        }

        @Override
        public void channelInactive(ChannelHandlerContext ctx) {
            if (finished != null) {
                failures.merge("connection closed", 1L, Long::sum);
                finish();
            }
        }

        @Override
        public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
            failures.merge(cause.getClass().getSimpleName(), 1L, Long::sum);
            ctx.close();
        }
    }
}
