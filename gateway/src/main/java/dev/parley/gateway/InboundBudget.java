package dev.parley.gateway;

import dev.parley.protocol.gateway.GatewayLimits;

/**
 * One connection's inbound frame budget (gateway.md §14): a bucket of
 * {@code INBOUND_OPS_PER_WINDOW} tokens refilled at that many per {@code INBOUND_WINDOW_SECONDS}.
 * Used on the connection's event loop only.
 */
final class InboundBudget {
    private static final double CAPACITY = GatewayLimits.INBOUND_OPS_PER_WINDOW;
    private static final double PER_MILLI = CAPACITY / (GatewayLimits.INBOUND_WINDOW_SECONDS * 1000.0);
    private double tokens = CAPACITY;
    private long lastMillis;

    InboundBudget(long nowMillis) {
        this.lastMillis = nowMillis;
    }

    /** Takes one token; false when the budget is spent. */
    boolean take(long nowMillis) {
        tokens = Math.min(CAPACITY, tokens + Math.max(0, nowMillis - lastMillis) * PER_MILLI);
        lastMillis = nowMillis;
        if (tokens < 1) {
            return false;
        }
        tokens -= 1;
        return true;
    }
}
