package dev.parley.http.support;

import dev.parley.store.Storage;
import dev.parley.store.StoreException;
import dev.parley.store.Tx;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * A real storage that a test can take down: {@link Mode#UNAVAILABLE} fails like a lost
 * database, {@link Mode#BROKEN} like a bug whose message must never reach a client, and
 * {@link #hold()} makes every transaction wait, like a slow database, until {@link #release()}.
 */
public final class SwitchableStorage implements Storage {
    public enum Mode { UP, UNAVAILABLE, BROKEN }

    public static final String SECRET = "jdbc:secret://internal-host/db password=hunter2";
    private final Storage delegate;
    private volatile Mode mode = Mode.UP;
    private volatile CountDownLatch gate = new CountDownLatch(0);
    private final AtomicInteger waiting = new AtomicInteger();

    public SwitchableStorage(Storage delegate) {
        this.delegate = delegate;
    }

    public void set(Mode mode) {
        this.mode = mode;
    }

    public void hold() {
        gate = new CountDownLatch(1);
    }

    public void release() {
        gate.countDown();
    }

    /** How many transactions are waiting at the gate. */
    public int waiting() {
        return waiting.get();
    }

    @Override
    public <T> T write(Function<Tx, T> work) {
        check();
        return delegate.write(work);
    }

    @Override
    public <T> T read(Function<Tx, T> work) {
        check();
        return delegate.read(work);
    }

    @Override
    public boolean reachable() {
        return mode == Mode.UP && delegate.reachable();
    }

    @Override
    public void close() {
        delegate.close();
    }

    private void check() {
        CountDownLatch current = gate;
        if (current.getCount() > 0) {
            waiting.incrementAndGet();
            try {
                current.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            } finally {
                waiting.decrementAndGet();
            }
        }
        switch (mode) {
            case UP -> {
            }
            case UNAVAILABLE -> throw new StoreException.Unavailable("connection refused: " + SECRET, null);
            case BROKEN -> throw new IllegalStateException("bug near " + SECRET);
        }
    }
}
