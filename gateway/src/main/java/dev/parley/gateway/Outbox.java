package dev.parley.gateway;

import dev.parley.protocol.gateway.CloseCode;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.Channel;
import io.netty.channel.EventLoop;
import io.netty.handler.codec.http.websocketx.TextWebSocketFrame;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Frames the hub produced, grouped by event loop, handed over in one task per loop: each loop
 * writes its connections' frames and flushes each connection once per batch. A connection whose
 * outbound queue is over the limit is closed with {@code slow_consumer} instead of written to;
 * its session stays resumable. READY, a RESUME's replay and RESUMED are excepted (gateway.md §14):
 * they may exceed the limit and are written as the socket drains, and only live frames queued
 * besides them count.
 */
final class Outbox {
    private sealed interface Out {
        Connection connection();

        /** READY, a replayed dispatch or RESUMED: not held to the queue limit. */
        boolean catchUp();
    }

    private record DispatchOut(Connection connection, long s, String type, ByteBuf body, boolean catchUp) implements Out {
    }

    private record FrameOut(Connection connection, byte[] frame, boolean catchUp) implements Out {
    }

    private final Map<EventLoop, List<Out>> pending = new HashMap<>();
    private final long maxQueuedBytes;
    private final int maxQueuedFrames;

    Outbox(long maxQueuedBytes, int maxQueuedFrames) {
        this.maxQueuedBytes = maxQueuedBytes;
        this.maxQueuedFrames = maxQueuedFrames;
    }

    /** Queues a live DISPATCH; takes a reference to {@code body}, released once written. */
    void dispatch(Connection connection, long s, String type, ByteBuf body) {
        body.retain();
        add(new DispatchOut(connection, s, type, body, false));
    }

    /** Queues a DISPATCH replayed by RESUME, like {@link #dispatch} but not held to the queue limit. */
    void replay(Connection connection, long s, String type, ByteBuf body) {
        body.retain();
        add(new DispatchOut(connection, s, type, body, true));
    }

    /** Queues a whole frame (JSON text). */
    void frame(Connection connection, byte[] frame) {
        add(new FrameOut(connection, frame, false));
    }

    /** Queues READY or RESUMED, not held to the queue limit. */
    void catchUpFrame(Connection connection, byte[] frame) {
        add(new FrameOut(connection, frame, true));
    }

    boolean isEmpty() {
        return pending.isEmpty();
    }

    /** Hands every queued frame to its event loop. */
    void flush() {
        pending.forEach((loop, outs) -> loop.execute(() -> write(outs)));
        pending.clear();
    }

    private void add(Out out) {
        pending.computeIfAbsent(out.connection().channel().eventLoop(), l -> new ArrayList<>()).add(out);
    }

    private void write(List<Out> outs) {
        Set<Channel> touched = new LinkedHashSet<>();
        for (Out out : outs) {
            Channel channel = out.connection().channel();
            try {
                if (out.connection().closing() || !channel.isActive()) {
                    continue;
                }
                if (!out.catchUp() && overflowing(out.connection())) {
                    out.connection().close(CloseCode.SLOW_CONSUMER);
                    continue;
                }
                TextWebSocketFrame frame = switch (out) {
                    case DispatchOut d -> Frames.dispatch(channel.alloc(), d.type(), d.s(), d.body());
                    case FrameOut f -> new TextWebSocketFrame(Unpooled.wrappedBuffer(f.frame()));
                };
                if (out.catchUp()) {
                    writeCatchUp(out.connection(), frame);
                } else {
                    channel.write(frame);
                }
                touched.add(channel);
            } finally {
                if (out instanceof DispatchOut d) {
                    d.body().release();
                }
            }
        }
        touched.forEach(Channel::flush);
    }

    /** Counts a catch-up frame as pending on its connection until the socket took it (or the write failed). */
    private static void writeCatchUp(Connection connection, TextWebSocketFrame frame) {
        int bytes = frame.content().readableBytes();
        connection.catchUpBytes += bytes;
        connection.catchUpFrames++;
        connection.channel().write(frame).addListener(written -> {
            connection.catchUpBytes -= bytes;
            connection.catchUpFrames--;
        });
    }

    /**
     * Whether the live frames queued (what is queued, less the catch-up frames still pending) pass
     * a limit. A frame is one or two write buffers (its header apart when large), hence the two.
     */
    private boolean overflowing(Connection connection) {
        var buffer = connection.channel().unsafe().outboundBuffer();
        return buffer != null && (buffer.totalPendingWriteBytes() - connection.catchUpBytes > maxQueuedBytes
                || buffer.size() - 2L * connection.catchUpFrames > maxQueuedFrames);
    }
}
