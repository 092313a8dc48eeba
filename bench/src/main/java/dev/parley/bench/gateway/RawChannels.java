package dev.parley.bench.gateway;

import io.netty.buffer.ByteBuf;
import io.netty.channel.EventLoop;
import io.netty.handler.codec.http.websocketx.TextWebSocketFrame;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The baseline's channels: who is in which, and the broadcast. What a minimal server does and no
 * more, so that it bounds what a WebSocket fan-out can cost on this machine:
 *
 * <ul>
 *   <li>a frame is encoded once; every member gets a {@code retainedDuplicate()} of the same
 *       buffer (no copy, no per-member encoding, hence no per-session {@code s});</li>
 *   <li>members are kept per event loop, and each loop writes to its own members in one task, so
 *       a broadcast costs one task hand-off per loop, not one per member;</li>
 *   <li>flushes are batched per connection: a write marks its session dirty and the loop flushes
 *       every dirty session once, after the broadcasts already queued on it have run.</li>
 * </ul>
 *
 * A member set is only read and changed on its own event loop, so nothing here is locked.
 */
final class RawChannels {
    private final Map<String, Map<EventLoop, Set<RawSession>>> channels = new ConcurrentHashMap<>();
    private final Map<EventLoop, FlushBatch> batches = new ConcurrentHashMap<>();

    /** Called on the session's own loop. */
    void join(String channelId, RawSession session) {
        EventLoop loop = session.loop();
        channels.computeIfAbsent(channelId, id -> new ConcurrentHashMap<>())
                .computeIfAbsent(loop, l -> new LinkedHashSet<>()).add(session);
    }

    /** Called on the session's own loop. */
    void leave(String channelId, RawSession session) {
        Map<EventLoop, Set<RawSession>> byLoop = channels.get(channelId);
        if (byLoop != null) {
            Set<RawSession> members = byLoop.get(session.loop());
            if (members != null) {
                members.remove(session);
            }
        }
    }

    /** Writes {@code frame} to every member of the channel; takes over the caller's reference. */
    void broadcast(String channelId, ByteBuf frame) {
        Map<EventLoop, Set<RawSession>> byLoop = channels.get(channelId);
        try {
            if (byLoop == null) {
                return;
            }
            for (Map.Entry<EventLoop, Set<RawSession>> e : byLoop.entrySet()) {
                EventLoop loop = e.getKey();
                Set<RawSession> members = e.getValue();
                ByteBuf mine = frame.retain();
                if (loop.inEventLoop()) {
                    writeAll(loop, members, mine);
                } else {
                    loop.execute(() -> writeAll(loop, members, mine));
                }
            }
        } finally {
            frame.release();
        }
    }

    private void writeAll(EventLoop loop, Set<RawSession> members, ByteBuf frame) {
        try {
            FlushBatch batch = batches.computeIfAbsent(loop, FlushBatch::new);
            for (RawSession member : members) {
                member.channel().write(new TextWebSocketFrame(frame.retainedDuplicate()), member.channel().voidPromise());
                batch.mark(member);
            }
        } finally {
            frame.release();
        }
    }

    /** The sessions of one loop written to since its last flush; used only on that loop. */
    private static final class FlushBatch {
        private final EventLoop loop;
        private final List<RawSession> dirty = new ArrayList<>();
        private boolean scheduled;

        FlushBatch(EventLoop loop) {
            this.loop = loop;
        }

        void mark(RawSession session) {
            if (session.markDirty()) {
                dirty.add(session);
            }
            if (!scheduled) {
                scheduled = true;
                loop.execute(this::flushAll);
            }
        }

        private void flushAll() {
            scheduled = false;
            for (RawSession session : dirty) {
                session.clearDirty();
                session.channel().flush();
            }
            dirty.clear();
        }
    }
}
