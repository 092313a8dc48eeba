package dev.parley.bench.gateway;

/**
 * The few gateway frames the benchmark writes, and the few fields it reads, as plain text.
 *
 * <p>Both ends of the benchmark only ever see frames written by a known server or by this load
 * generator, whose strings hold no escapes, so a field is found by its {@code "name":} key instead
 * of a full JSON parse: the load generator shares the two cores with the server under test and
 * must spend as little as it can per delivery. This is not a general JSON reader.
 *
 * <p>Message content written by the load generator is {@code "bench <nanoTime> <tag>"}: the send
 * time on the sending process's monotonic clock, and the sending connection's tag, so that a
 * receiver in the same process can compute the latency and a sender can recognise its own echo.
 */
final class Wire {
    static final String CONTENT_PREFIX = "bench ";

    private Wire() {
    }

    static String identify(String token) {
        return "{\"op\":\"IDENTIFY\",\"d\":{\"token\":\"" + token + "\",\"client\":\"parley-bench\"}}";
    }

    static String heartbeat(long lastSeq) {
        return "{\"op\":\"HEARTBEAT\",\"d\":{\"seq\":" + (lastSeq < 0 ? "null" : Long.toString(lastSeq)) + "}}";
    }

    static String sendMessage(String channelId, long sentNanos, String tag, String clientMsgId) {
        return "{\"op\":\"SEND_MESSAGE\",\"d\":{\"channel_id\":\"" + channelId + "\",\"content\":\"" + CONTENT_PREFIX
                + sentNanos + " " + tag + "\",\"client_msg_id\":\"" + clientMsgId + "\"}}";
    }

    /** The value of {@code "op"}, or null. */
    static String op(String frame) {
        return string(frame, "op");
    }

    /** The string value of the first {@code "name":"..."} in the frame, or null. */
    static String string(String frame, String name) {
        String key = "\"" + name + "\":\"";
        int at = frame.indexOf(key);
        if (at < 0) {
            return null;
        }
        int from = at + key.length();
        int to = frame.indexOf('"', from);
        return to < 0 ? null : frame.substring(from, to);
    }

    /** The integer value of the first {@code "name":123} in the frame, or -1. */
    static long number(String frame, String name) {
        String key = "\"" + name + "\":";
        int at = frame.indexOf(key);
        if (at < 0) {
            return -1;
        }
        int i = at + key.length();
        long v = 0;
        boolean any = false;
        while (i < frame.length() && Character.isDigit(frame.charAt(i))) {
            v = v * 10 + (frame.charAt(i++) - '0');
            any = true;
        }
        return any ? v : -1;
    }

    /** Where the benchmark content starts in a dispatch ({@code bench <nanos> <tag>}), or -1. */
    static int content(String frame) {
        int at = frame.indexOf("\"content\":\"" + CONTENT_PREFIX);
        return at < 0 ? -1 : at + "\"content\":\"".length() + CONTENT_PREFIX.length();
    }

    /** The send time written in benchmark content starting at {@code from} (see {@link #content}). */
    static long sentNanos(String frame, int from) {
        long v = 0;
        boolean negative = frame.charAt(from) == '-';
        int i = negative ? from + 1 : from;
        while (i < frame.length() && Character.isDigit(frame.charAt(i))) {
            v = v * 10 + (frame.charAt(i++) - '0');
        }
        return negative ? -v : v;
    }

    /** The tag written in benchmark content starting at {@code from}. */
    static String tag(String frame, int from) {
        int space = frame.indexOf(' ', from);
        int end = frame.indexOf('"', space + 1);
        return frame.substring(space + 1, end);
    }
}
