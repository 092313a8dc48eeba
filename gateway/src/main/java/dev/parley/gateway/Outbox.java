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
 * its session stays resumable.
 */
final class Outbox {
    private sealed interface Out {
        Connection connection();
    }

    private record DispatchOut(Connection connection, long s, String type, ByteBuf body) implements Out {
    }

    private record FrameOut(Connection connection, byte[] frame) implements Out {
    }

    private final Map<EventLoop, List<Out>> pending = new HashMap<>();
    private final long maxQueuedBytes;
    private final int maxQueuedFrames;

    Outbox(long maxQueuedBytes, int maxQueuedFrames) {
        this.maxQueuedBytes = maxQueuedBytes;
        this.maxQueuedFrames = maxQueuedFrames;
    }

    /** Queues a DISPATCH; takes a reference to {@code body}, released once written. */
    void dispatch(Connection connection, long s, String type, ByteBuf body) {
        body.retain();
        add(new DispatchOut(connection, s, type, body));
    }

    /** Queues a whole frame (JSON text). */
    void frame(Connection connection, byte[] frame) {
        add(new FrameOut(connection, frame));
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
                if (overflowing(channel)) {
                    out.connection().close(CloseCode.SLOW_CONSUMER);
                    continue;
                }
                channel.write(switch (out) {
                    case DispatchOut d -> Frames.dispatch(channel.alloc(), d.type(), d.s(), d.body());
                    case FrameOut f -> new TextWebSocketFrame(Unpooled.wrappedBuffer(f.frame()));
                });
                touched.add(channel);
            } finally {
                if (out instanceof DispatchOut d) {
                    d.body().release();
                }
            }
        }
        touched.forEach(Channel::flush);
    }

    private boolean overflowing(Channel channel) {
        var buffer = channel.unsafe().outboundBuffer();
        return buffer != null && (buffer.totalPendingWriteBytes() > maxQueuedBytes || buffer.size() > maxQueuedFrames);
    }
}
