package dev.parley.bench.gateway;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Who client {@code i} is: its access token, the channel of the fan-out scenario and the channel
 * of its latency group ({@code i / groupSize}). For the raw-Netty baseline the roster is
 * synthetic: the token {@code raw:<fanout>,<latency>} itself names the two channels the
 * connection joins. For Parley it is the file the node wrote after setting up users, communities
 * and channels: one line per user, {@code token fanoutChannelId latencyChannelId}.
 */
sealed interface Roster {
    record Entry(String token, String fanoutChannel, String latencyChannel) {
    }

    Entry get(int index);

    int size();

    /** The baseline's roster: channel 1 for fan-out, 1000 + i / groupSize for latency. */
    static Roster raw(int groupSize) {
        return new Raw(groupSize);
    }

    static Roster file(Path file) throws IOException {
        return new FromFile(Files.readAllLines(file));
    }

    /** How a worker process is told which roster to use: {@code raw:<groupSize>} or a file path. */
    static Roster parse(String spec) throws IOException {
        return spec.startsWith("raw:") ? raw(Integer.parseInt(spec.substring(4))) : file(Path.of(spec));
    }

    record Raw(int groupSize) implements Roster {
        @Override
        public Entry get(int index) {
            String latency = Integer.toString(1000 + index / groupSize);
            return new Entry("raw:1," + latency, "1", latency);
        }

        @Override
        public int size() {
            return Integer.MAX_VALUE;
        }
    }

    record FromFile(List<String> lines) implements Roster {
        @Override
        public Entry get(int index) {
            String[] f = lines.get(index).split(" ");
            return new Entry(f[0], f[1], f[2]);
        }

        @Override
        public int size() {
            return lines.size();
        }
    }
}
