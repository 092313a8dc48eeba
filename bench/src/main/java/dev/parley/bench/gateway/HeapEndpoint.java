package dev.parley.bench.gateway;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.function.LongSupplier;

/**
 * The server under test's own answer to "how much heap do you hold?", the same way for the
 * raw-Netty baseline and for Parley: {@code GET /heap} on a loopback admin port runs full
 * collections until the used heap stops shrinking and answers {@code heap_after_gc_bytes N} and
 * {@code connections N}. The load generator asks it with 0 connections and with N idle identified
 * connections; the difference divided by N is the heap per connection.
 */
final class HeapEndpoint implements AutoCloseable {
    private final HttpServer http;

    private HeapEndpoint(HttpServer http) {
        this.http = http;
    }

    /** Starts on a free loopback port; {@code connections} says how many WebSockets the server holds. */
    static HeapEndpoint start(LongSupplier connections) throws IOException {
        HttpServer http = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 16);
        http.createContext("/heap", exchange -> {
            long heap = heapAfterGc();
            byte[] body = ("heap_after_gc_bytes " + heap + "\nconnections " + connections.getAsLong() + "\n")
                    .getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        http.start();
        return new HeapEndpoint(http);
    }

    String url() {
        return "http://127.0.0.1:" + http.getAddress().getPort();
    }

    /**
     * Used heap after full collections (System.gc() is a full, compacting collection with G1),
     * repeated until two readings agree within 64 KiB so that objects waiting for a second cycle
     * (finalization, soft references cleared late) are gone too.
     */
    static long heapAfterGc() {
        var memory = ManagementFactory.getMemoryMXBean();
        long previous = Long.MAX_VALUE;
        for (int i = 0; i < 6; i++) {
            System.gc();
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
            long used = memory.getHeapMemoryUsage().getUsed();
            if (Math.abs(previous - used) < 64 * 1024) {
                return used;
            }
            previous = used;
        }
        return previous;
    }

    @Override
    public void close() {
        http.stop(0);
    }
}
