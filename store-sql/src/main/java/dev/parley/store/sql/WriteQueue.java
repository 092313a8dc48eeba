package dev.parley.store.sql;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The writes waiting for the writer thread, first come, first served.
 *
 * <p>One lock guards the queue and its closed flag, so every method is atomic with respect to the
 * others: a write is handed to the writer ({@link #take}, {@link #poll}), withdrawn by its caller
 * ({@link #withdraw}) or handed back by {@link #close}, exactly one of the three, and no write is
 * accepted after {@code close} has emptied the queue. The writer takes writes one at a time as it
 * runs them, so a write it has not started yet can still be withdrawn or failed by {@code close}.
 */
final class WriteQueue {
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition changed = lock.newCondition();
    private final ArrayDeque<GroupCommitWrite<?>> waiting = new ArrayDeque<>();
    private boolean closed;

    /** Queues {@code write}; false when the queue is closed. */
    boolean offer(GroupCommitWrite<?> write) {
        lock.lock();
        try {
            if (closed) {
                return false;
            }
            waiting.addLast(write);
            changed.signal();
            return true;
        } finally {
            lock.unlock();
        }
    }

    /**
     * Waits until a write is queued and takes the oldest; null once the queue is closed. Not
     * interruptible: only {@link #close} stops the writer.
     */
    GroupCommitWrite<?> take() {
        lock.lock();
        try {
            while (waiting.isEmpty() && !closed) {
                changed.awaitUninterruptibly();
            }
            return closed ? null : waiting.removeFirst();
        } finally {
            lock.unlock();
        }
    }

    /** Takes the oldest write without waiting; null when none is queued or the queue is closed. */
    GroupCommitWrite<?> poll() {
        lock.lock();
        try {
            return closed ? null : waiting.pollFirst();
        } finally {
            lock.unlock();
        }
    }

    /** Removes {@code write} if the writer has not taken it yet; true if it was removed. */
    boolean withdraw(GroupCommitWrite<?> write) {
        lock.lock();
        try {
            return waiting.removeFirstOccurrence(write);
        } finally {
            lock.unlock();
        }
    }

    /** Refuses further writes and returns those still waiting; idempotent. */
    List<GroupCommitWrite<?>> close() {
        lock.lock();
        try {
            closed = true;
            List<GroupCommitWrite<?>> left = new ArrayList<>(waiting);
            waiting.clear();
            changed.signalAll();
            return left;
        } finally {
            lock.unlock();
        }
    }

    /** How many writes wait now; for tests and diagnostics. */
    int size() {
        lock.lock();
        try {
            return waiting.size();
        } finally {
            lock.unlock();
        }
    }
}
