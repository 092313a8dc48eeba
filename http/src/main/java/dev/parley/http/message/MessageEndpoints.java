package dev.parley.http.message;

import dev.parley.core.message.History;
import dev.parley.core.message.Messages;
import dev.parley.core.message.Pins;
import dev.parley.http.route.Call;
import dev.parley.protocol.message.BulkDeleteRequest;
import dev.parley.protocol.message.EditMessageRequest;
import dev.parley.protocol.message.MessagePage;
import dev.parley.protocol.message.MessageVersionView;
import dev.parley.protocol.message.MessageView;
import dev.parley.protocol.message.SendMessageRequest;
import java.util.List;

/**
 * Messages of a channel, {@code /channels/{chid}/messages}, {@code /channels/{chid}/pins}, and of
 * one message, {@code /messages/{mid}}. A {@code {chid}} is a community channel or a DM or group:
 * they share one id space.
 */
public final class MessageEndpoints {
    private final Messages messages;
    private final History history;
    private final Pins pins;

    public MessageEndpoints(Messages messages, History history, Pins pins) {
        this.messages = messages;
        this.history = history;
        this.pins = pins;
    }

    /** 201 also for an idempotent retry, which answers the original message. */
    public MessageView send(Call call, SendMessageRequest body) {
        return messages.send(call.caller(), call.id("chid"), body);
    }

    public MessagePage history(Call call) {
        return history.page(call.caller(), call.id("chid"), new History.Query(call.queryPositive("before"),
                call.queryPositive("after"), call.queryPositive("around"), call.queryPositive("from_seq"),
                call.queryPositive("to_seq"), call.queryInt("limit")));
    }

    public BulkDeleteResponse bulkDelete(Call call, BulkDeleteRequest body) {
        return new BulkDeleteResponse(messages.bulkDelete(call.caller(), call.id("chid"), body));
    }

    public MessageView get(Call call) {
        return messages.get(call.caller(), call.id("mid"));
    }

    public MessageView edit(Call call, EditMessageRequest body) {
        return messages.edit(call.caller(), call.id("mid"), body);
    }

    public void delete(Call call) {
        messages.delete(call.caller(), call.id("mid"));
    }

    public List<MessageVersionView> versions(Call call) {
        return messages.versions(call.caller(), call.id("mid"));
    }

    public MessageView pin(Call call) {
        return pins.pin(call.caller(), call.id("mid"));
    }

    public MessageView unpin(Call call) {
        return pins.unpin(call.caller(), call.id("mid"));
    }

    public List<MessageView> pins(Call call) {
        return pins.list(call.caller(), call.id("chid"));
    }
}
