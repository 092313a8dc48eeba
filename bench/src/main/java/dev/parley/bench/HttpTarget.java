package dev.parley.bench;

import dev.parley.client.ParleyClient;
import dev.parley.client.RawResponse;
import dev.parley.protocol.message.MessagePage;
import java.util.function.LongSupplier;

/**
 * The REST API through the Java SDK ({@link ParleyClient#raw}), all members sharing one SDK
 * connection pool (HTTP/1.1 over loopback, one connection per request in flight). Paths are
 * {@code POST /api/v1/channels/{id}/messages} and
 * {@code GET /api/v1/channels/{id}/messages?before=&limit=}.
 */
final class HttpTarget implements Target {
    private final ParleyClient root;

    HttpTarget(ParleyClient root) {
        this.root = root;
    }

    static String messagesPath(long channelId) {
        return "/api/v1/channels/" + channelId + "/messages";
    }

    @Override
    public String name() {
        return "HTTP (JDK client in this JVM)";
    }

    @Override
    public SendLoad.Send sender(BenchWorld.Member member, long channelId, String idPrefix) {
        ParleyClient client = root.withToken(member.accessToken());
        String path = messagesPath(channelId);
        return n -> {
            // Contents and ids hold no character JSON would escape.
            String body = "{\"content\":\"" + Target.content(idPrefix, n) + "\",\"client_msg_id\":\"" + idPrefix + "-" + n + "\"}";
            return failure(client.raw("POST", path, body));
        };
    }

    @Override
    public ReadLoad.Read pages(BenchWorld.Member reader, long channelId, LongSupplier anchor, int limit) {
        ParleyClient client = root.withToken(reader.accessToken());
        String path = messagesPath(channelId);
        return () -> {
            long before = anchor.getAsLong();
            return failure(client.raw("GET", path + (before == 0 ? "?limit=" + limit : "?before=" + before + "&limit=" + limit), null));
        };
    }

    /** The newest page as the SDK reads it: to check, before measuring, that pages hold what they should. */
    MessagePage newestPage(BenchWorld.Member reader, long channelId, int limit) {
        RawResponse r = root.withToken(reader.accessToken()).raw("GET", messagesPath(channelId) + "?limit=" + limit, null);
        if (r.status() != 200) {
            throw new IllegalStateException("GET " + messagesPath(channelId) + " answered " + r.status() + " " + r.code());
        }
        return r.as(MessagePage.class);
    }

    private static String failure(RawResponse r) {
        return r.status() / 100 == 2 ? null : r.status() + " " + r.code();
    }
}
