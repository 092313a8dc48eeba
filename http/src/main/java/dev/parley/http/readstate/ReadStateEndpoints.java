package dev.parley.http.readstate;

import dev.parley.core.readstate.ReadStates;
import dev.parley.http.route.Call;
import dev.parley.protocol.message.AckRequest;
import dev.parley.protocol.message.ReadStateView;
import dev.parley.protocol.message.ReceiptView;
import java.util.List;

/** Read state and receipts: {@code /channels/{chid}/ack|delivered|read-state}, {@code /users/@me/read-states}, {@code /messages/{mid}/receipts}. */
public final class ReadStateEndpoints {
    private final ReadStates readStates;

    public ReadStateEndpoints(ReadStates readStates) {
        this.readStates = readStates;
    }

    public ReadStateView ack(Call call, AckRequest body) {
        return readStates.ack(call.caller(), call.id("chid"), body);
    }

    public ReadStateView delivered(Call call, AckRequest body) {
        return readStates.delivered(call.caller(), call.id("chid"), body);
    }

    public ReadStateView get(Call call) {
        return readStates.get(call.caller(), call.id("chid"));
    }

    public List<ReadStateView> mine(Call call) {
        return readStates.all(call.caller());
    }

    public ReceiptView receipts(Call call) {
        return readStates.receipts(call.caller(), call.id("mid"));
    }
}
