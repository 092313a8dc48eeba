package dev.parley.gateway;

import dev.parley.core.json.Json;
import dev.parley.protocol.gateway.CloseCode;
import dev.parley.protocol.gateway.Envelope;
import io.netty.buffer.ByteBuf;
import io.netty.channel.Channel;
import io.netty.channel.EventLoop;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Frames the hub produced, grouped by event loop, handed over in one task per loop: each loop
 * encodes and writes its connections' frames ({@link Frames}), then flushes each connection it
 * wrote to once, after every batch already queued on the loop. A connection whose outbound queue
 * is over the limit is closed with {@code slow_consumer}
 * instead of written to; its session stays resumable. READY, a RESUME's replay and RESUMED are
 * excepted (gateway.md §14): they may exceed the limit and are written as the socket drains, and
 * only live frames queued besides them count.
 *
 * <p>One per hub shard, used by the shard's thread only, except {@link #write} and {@link Flusher#run}, which run on the
 * loop the batch is for.
 * Queuing a frame allocates nothing per frame: a batch is parallel arrays.
 */
final class Outbox {
    /**
     * One loop's frames in order: a DISPATCH is a {@link LogEvent} and its {@code s}; READY and
     * RESUMED their {@link Envelope}; any other frame its JSON.
     */
    private static final class Batch {
        Connection[] to = new Connection[64];
        long[] seq = new long[64];
        Object[] what = new Object[64];
        /** READY, a replayed dispatch or RESUMED: not held to the queue limit. */
        boolean[] catchUp = new boolean[64];
        int size;

        void add(Connection connection, long s, Object frame, boolean isCatchUp) {
            if (size == to.length) {
                to = Arrays.copyOf(to, size * 2);
                seq = Arrays.copyOf(seq, size * 2);
                what = Arrays.copyOf(what, size * 2);
                catchUp = Arrays.copyOf(catchUp, size * 2);
            }
            to[size] = connection;
            seq[size] = s;
            what[size] = frame;
            catchUp[size] = isCatchUp;
            size++;
        }
    }

    /**
     * One loop's connections written to since its last flush. The flush is a task of its own, queued
     * behind the batches already waiting on the loop, so that a connection receiving several of them
     * is flushed once: one system call for all (as a busy hub hands over a batch per event or few).
     * Created and looked up by the hub thread; its state is used on its loop only.
     */
    private static final class Flusher implements Runnable {
        private final EventLoop loop;
        private final List<Connection> written = new ArrayList<>();
        private boolean scheduled;

        Flusher(EventLoop loop) {
            this.loop = loop;
        }

        /** After a batch: flush what it wrote once the tasks queued meanwhile have run. */
        void schedule() {
            if (!scheduled && !written.isEmpty()) {
                scheduled = true;
                loop.execute(this);
            }
        }

        @Override
        public void run() {
            scheduled = false;
            for (Connection connection : written) {
                connection.unflushed = false;
                Connection.socketSide(connection.channel()).flush();
            }
            written.clear();
        }
    }

    /**
     * Indexed by {@link Connection#loopIndex}: the batch being filled for each loop, the loop, and
     * its flusher. Arrays, not maps keyed by the loop: the lookup runs once per delivery, and a
     * connection's index is at hand where its channel's loop is two dependent reads away.
     */
    private Batch[] pending = new Batch[0];
    private EventLoop[] loops = new EventLoop[0];
    private Flusher[] flushers = new Flusher[0];
    private final long maxQueuedBytes;
    private final int maxQueuedFrames;

    Outbox(long maxQueuedBytes, int maxQueuedFrames) {
        this.maxQueuedBytes = maxQueuedBytes;
        this.maxQueuedFrames = maxQueuedFrames;
    }

    /** Queues the live DISPATCH of {@code event} with sequence number {@code s}. */
    void dispatch(Connection connection, long s, LogEvent event) {
        batchOf(connection).add(connection, s, event, false);
    }

    /** Queues a DISPATCH replayed by RESUME, like {@link #dispatch} but not held to the queue limit. */
    void replay(Connection connection, long s, LogEvent event) {
        batchOf(connection).add(connection, s, event, true);
    }

    /** Queues a whole frame (JSON text). */
    void frame(Connection connection, byte[] frame) {
        batchOf(connection).add(connection, 0, frame, false);
    }

    /**
     * Queues READY or RESUMED, not held to the queue limit. The envelope is encoded on the
     * connection's event loop, not on the shard's thread: a READY can be megabytes of JSON, and the
     * loops are as many as the cores.
     */
    void catchUpFrame(Connection connection, Envelope frame) {
        batchOf(connection).add(connection, 0, frame, true);
    }

    /** Hands every queued frame to its event loop. */
    void flush() {
        for (int i = 0; i < pending.length; i++) {
            Batch batch = pending[i];
            if (batch != null) {
                pending[i] = null;
                Flusher flusher = flushers[i];
                loops[i].execute(() -> write(batch, flusher));
            }
        }
    }

    private Batch batchOf(Connection connection) {
        int i = connection.loopIndex;
        if (i >= pending.length) {
            pending = Arrays.copyOf(pending, i + 1);
            loops = Arrays.copyOf(loops, i + 1);
            flushers = Arrays.copyOf(flushers, i + 1);
        }
        Batch batch = pending[i];
        if (batch == null) {
            batch = pending[i] = new Batch();
            if (loops[i] == null) {
                loops[i] = connection.channel().eventLoop();
                flushers[i] = new Flusher(loops[i]);
            }
        }
        return batch;
    }

    private void write(Batch batch, Flusher flusher) {
        for (int i = 0; i < batch.size; i++) {
            Connection connection = batch.to[i];
            Channel channel = connection.channel();
            if (connection.closing() || !channel.isActive()) {
                continue;
            }
            boolean catchUp = batch.catchUp[i];
            if (!catchUp && overflowing(connection)) {
                connection.close(CloseCode.SLOW_CONSUMER);
                continue;
            }
            ByteBuf frame = switch (batch.what[i]) {
                case LogEvent event -> Frames.dispatch(channel.alloc(), event, batch.seq[i]);
                case Envelope envelope -> Frames.text(channel.alloc(), Json.write(envelope));
                case Object json -> Frames.text(channel.alloc(), (byte[]) json);
            };
            if (catchUp) {
                writeCatchUp(connection, frame);
            } else {
                Connection.socketSide(channel).write(frame, channel.voidPromise());
            }
            if (!connection.unflushed) {
                connection.unflushed = true;
                flusher.written.add(connection);
            }
        }
        flusher.schedule();
    }

    /** Counts a catch-up frame as pending on its connection until the socket took it (or the write failed). */
    private static void writeCatchUp(Connection connection, ByteBuf frame) {
        int bytes = frame.readableBytes();
        connection.catchUpBytes += bytes;
        connection.catchUpFrames++;
        Connection.socketSide(connection.channel()).write(frame).addListener(written -> {
            connection.catchUpBytes -= bytes;
            connection.catchUpFrames--;
        });
    }

    /** Whether the live frames queued (what is queued, less the catch-up frames still pending) pass a limit. */
    private boolean overflowing(Connection connection) {
        var buffer = connection.channel().unsafe().outboundBuffer();
        return buffer != null && (buffer.totalPendingWriteBytes() - connection.catchUpBytes > maxQueuedBytes
                || buffer.size() - (long) connection.catchUpFrames > maxQueuedFrames);
    }
}
