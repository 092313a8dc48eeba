package dev.parley.core.message;

import dev.parley.core.Caller;
import dev.parley.core.Check;
import dev.parley.core.Failure;
import dev.parley.core.Mutations;
import dev.parley.domain.message.Message;
import dev.parley.domain.permission.Permission;
import dev.parley.protocol.message.MessagePage;
import dev.parley.store.Tx;
import java.util.ArrayList;
import java.util.List;

/**
 * Reading a channel's history in pages of 1 to 100 messages (default 50), ascending by seq,
 * tombstones included. Exactly one way to choose the page: {@code before}, {@code after} or
 * {@code around} a message id, or a {@code from_seq}..{@code to_seq} range; none means the newest
 * page. Needs READ_MESSAGE_HISTORY.
 */
public final class History {
    private final Mutations mutations;

    public History(Mutations mutations) {
        this.mutations = mutations;
    }

    /** Which page to read; at most one of the anchors may be set. */
    public record Query(Long before, Long after, Long around, Long fromSeq, Long toSeq, Integer limit) {
        public static Query latest(int limit) {
            return new Query(null, null, null, null, null, limit);
        }
    }

    public MessagePage page(Caller caller, long channelId, Query q) {
        Check check = Check.start().range("limit", q.limit(), 1, MessageRules.PAGE_MAX);
        int anchors = (q.before() != null ? 1 : 0) + (q.after() != null ? 1 : 0) + (q.around() != null ? 1 : 0)
                + (q.fromSeq() != null || q.toSeq() != null ? 1 : 0);
        if (anchors > 1) {
            check.fail("before", "use only one of before, after, around and from_seq/to_seq");
        }
        if ((q.fromSeq() == null) != (q.toSeq() == null)) {
            check.fail("from_seq", "from_seq and to_seq go together");
        } else if (q.fromSeq() != null && (q.fromSeq() < 1 || q.toSeq() < q.fromSeq())) {
            check.fail("from_seq", "must be at least 1 and at most to_seq");
        }
        check.orThrow();
        int limit = q.limit() == null ? MessageRules.PAGE_DEFAULT : q.limit();
        return mutations.read(tx -> {
            ChannelContext.of(tx, channelId, caller.userId()).require(Permission.READ_MESSAGE_HISTORY);
            List<Message> messages;
            if (q.before() != null) {
                messages = tx.messages().before(channelId, seqOf(tx, channelId, q.before(), "before"), limit);
            } else if (q.after() != null) {
                messages = tx.messages().after(channelId, seqOf(tx, channelId, q.after(), "after"), limit);
            } else if (q.around() != null) {
                messages = around(tx, channelId, seqOf(tx, channelId, q.around(), "around"), limit);
            } else if (q.fromSeq() != null) {
                messages = tx.messages().between(channelId, q.fromSeq(), q.toSeq(), limit);
            } else {
                messages = tx.messages().before(channelId, Long.MAX_VALUE, limit);
            }
            return new MessagePage(MessageViews.of(tx, messages, caller.userId()));
        });
    }

    private static List<Message> around(Tx tx, long channelId, long seq, int limit) {
        int before = (limit - 1) / 2;
        List<Message> page = new ArrayList<>(tx.messages().before(channelId, seq, before));
        page.addAll(tx.messages().between(channelId, seq, seq, 1));
        page.addAll(tx.messages().after(channelId, seq, limit - page.size()));
        return page;
    }

    private static long seqOf(Tx tx, long channelId, long messageId, String field) {
        return tx.messages().byId(messageId).filter(m -> m.channelId() == channelId).map(Message::seq)
                .orElseThrow(() -> Failure.invalid(field, "is not a message of this channel"));
    }
}
