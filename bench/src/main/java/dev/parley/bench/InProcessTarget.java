package dev.parley.bench;

import dev.parley.core.Failure;
import dev.parley.core.UseCases;
import dev.parley.core.message.History;
import dev.parley.protocol.message.SendMessageRequest;
import java.util.function.LongSupplier;

/**
 * The use cases called directly, as the REST handlers call them, with no HTTP, JSON or token
 * check around them: the baseline that shows what the edge costs.
 */
final class InProcessTarget implements Target {
    private final UseCases useCases;

    InProcessTarget(UseCases useCases) {
        this.useCases = useCases;
    }

    @Override
    public String name() {
        return "in process";
    }

    @Override
    public SendLoad.Send sender(BenchWorld.Member member, long channelId, String idPrefix) {
        return n -> {
            try {
                useCases.messages().send(member.caller(), channelId,
                        new SendMessageRequest(Target.content(idPrefix, n), idPrefix + "-" + n, null));
                return null;
            } catch (Failure f) {
                return f.code().name();
            }
        };
    }

    @Override
    public ReadLoad.Read pages(BenchWorld.Member reader, long channelId, LongSupplier anchor, int limit) {
        return () -> {
            long before = anchor.getAsLong();
            try {
                useCases.history().page(reader.caller(), channelId,
                        new History.Query(before == 0 ? null : before, null, null, null, null, limit));
                return null;
            } catch (Failure f) {
                return f.code().name();
            }
        };
    }
}
