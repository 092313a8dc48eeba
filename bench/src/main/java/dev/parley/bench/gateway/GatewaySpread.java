package dev.parley.bench.gateway;

import java.net.URI;
import java.util.Arrays;
import java.util.List;

/**
 * Which gateway a load-generator client opens, when a target has several (the cluster target's
 * gateway processes): roster client {@code i} goes to gateway {@code i mod n}, and the sending
 * connections of the fan-out scenario (all of them roster client 0) go round the gateways by
 * their own ordinal. So every worker process holds clients of every gateway, the members of one
 * latency channel (consecutive roster clients, all in one worker process: one clock) sit on every
 * gateway, and each gateway holds the same number of fan-out members and senders, give or take
 * one. With one gateway every client opens it.
 *
 * @param gateways the gateways' WebSocket URLs, at least one
 */
record GatewaySpread(List<URI> gateways) {
    GatewaySpread {
        gateways = List.copyOf(gateways);
        if (gateways.isEmpty()) {
            throw new IllegalArgumentException("no gateway URL");
        }
    }

    /** How a worker is told the gateways: their URLs joined with commas. */
    static GatewaySpread parse(String urls) {
        return new GatewaySpread(Arrays.stream(urls.split(",")).map(URI::create).toList());
    }

    String spec() {
        return String.join(",", gateways.stream().map(URI::toString).toList());
    }

    URI forClient(int rosterIndex) {
        return gateways.get(Math.floorMod(rosterIndex, gateways.size()));
    }

    URI forSender(int ordinal) {
        return gateways.get(Math.floorMod(ordinal, gateways.size()));
    }
}
