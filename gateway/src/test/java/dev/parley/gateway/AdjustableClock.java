package dev.parley.gateway;

import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The gateway's clock in tests: the system clock plus an offset that a test moves forward, so that
 * resume windows and presence grace periods pass at once while everything else keeps real time.
 */
final class AdjustableClock implements InstantSource {
    private final AtomicLong offsetMillis = new AtomicLong();

    @Override
    public Instant instant() {
        return Instant.ofEpochMilli(millis());
    }

    @Override
    public long millis() {
        return System.currentTimeMillis() + offsetMillis.get();
    }

    void advance(Duration duration) {
        offsetMillis.addAndGet(duration.toMillis());
    }
}
