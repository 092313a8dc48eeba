package dev.parley.core.net;

import java.net.InetAddress;
import java.util.ArrayList;
import java.util.List;

/**
 * The reverse proxies (load balancers) whose {@code X-Forwarded-For} header is believed, so that
 * per-IP limits and session records see the client's address rather than the proxy's.
 *
 * <p>Contract of {@link #clientAddress}: a request from an untrusted peer is that peer, whatever
 * it claims in headers. From a trusted peer, the header is read right to left (each proxy appends
 * the address it received from) and the first address that is not itself a trusted proxy is the
 * client; if every hop is trusted, the leftmost; if the header is missing or unparsable, the peer.
 * Only IP literals count: nothing here resolves a name.
 */
public final class TrustedProxies {
    public static final TrustedProxies NONE = new TrustedProxies(List.of());

    private final List<Range> ranges;

    private TrustedProxies(List<Range> ranges) {
        this.ranges = List.copyOf(ranges);
    }

    /**
     * Reads addresses ({@code 10.0.0.5}, {@code ::1}) and CIDR ranges ({@code 10.0.0.0/8},
     * {@code fd00::/8}).
     *
     * @throws IllegalArgumentException naming the first entry that is neither
     */
    public static TrustedProxies parse(List<String> entries) {
        List<Range> ranges = new ArrayList<>();
        for (String entry : entries) {
            ranges.add(Range.parse(entry.strip()));
        }
        return new TrustedProxies(ranges);
    }

    public boolean isEmpty() {
        return ranges.isEmpty();
    }

    /** Whether {@code address} (an IP literal) is a trusted proxy; false for anything unparsable. */
    public boolean trusts(String address) {
        InetAddress parsed = literal(address);
        return parsed != null && ranges.stream().anyMatch(r -> r.contains(parsed));
    }

    /** The client's address for a request from {@code peer} carrying {@code forwardedFor} (may be null). */
    public String clientAddress(String peer, String forwardedFor) {
        if (forwardedFor == null || forwardedFor.isBlank() || !trusts(peer)) {
            return peer;
        }
        String[] hops = forwardedFor.split(",");
        String leftmost = null;
        for (int i = hops.length - 1; i >= 0; i--) {
            InetAddress hop = literal(hops[i].strip());
            if (hop == null) {
                return peer; // a garbled chain: believe only what we saw
            }
            String address = hop.getHostAddress();
            if (!trusts(address)) {
                return address;
            }
            leftmost = address;
        }
        return leftmost == null ? peer : leftmost;
    }

    private static InetAddress literal(String text) {
        if (text == null || text.isEmpty()) {
            return null;
        }
        try {
            return InetAddress.ofLiteral(text);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** One address or CIDR block. */
    private record Range(byte[] network, int prefixBits) {
        static Range parse(String entry) {
            int slash = entry.indexOf('/');
            InetAddress address = literal(slash < 0 ? entry : entry.substring(0, slash));
            if (address == null) {
                throw new IllegalArgumentException("not an IP address or CIDR range: '" + entry + "'");
            }
            byte[] bytes = address.getAddress();
            int bits = bytes.length * 8;
            if (slash >= 0) {
                try {
                    bits = Integer.parseInt(entry.substring(slash + 1));
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException("not an IP address or CIDR range: '" + entry + "'");
                }
                if (bits < 0 || bits > bytes.length * 8) {
                    throw new IllegalArgumentException("prefix length out of range in '" + entry + "'");
                }
            }
            return new Range(bytes, bits);
        }

        boolean contains(InetAddress address) {
            byte[] candidate = address.getAddress();
            if (candidate.length != network.length) {
                return false;
            }
            int full = prefixBits / 8;
            for (int i = 0; i < full; i++) {
                if (candidate[i] != network[i]) {
                    return false;
                }
            }
            int rest = prefixBits % 8;
            if (rest == 0) {
                return true;
            }
            int mask = (0xFF << (8 - rest)) & 0xFF;
            return (candidate[full] & mask) == (network[full] & mask);
        }
    }
}
