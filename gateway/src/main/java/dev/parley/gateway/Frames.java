package dev.parley.gateway;

import dev.parley.core.json.Json;
import dev.parley.protocol.gateway.Envelope;
import dev.parley.protocol.gateway.Op;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufAllocator;
import io.netty.buffer.Unpooled;
import io.netty.handler.codec.http.websocketx.TextWebSocketFrame;
import java.nio.charset.StandardCharsets;

/**
 * Encodes server frames. A DISPATCH is written as a small per-session head
 * ({@code {"op":"DISPATCH","t":"...","s":N,"d":}) followed by the event's body, encoded once and
 * shared by every session that receives it (see {@link #body}).
 */
final class Frames {
    private Frames() {
    }

    /** Any frame but DISPATCH. */
    static TextWebSocketFrame of(Op op, Object payload) {
        return new TextWebSocketFrame(Unpooled.wrappedBuffer(Json.write(Envelope.of(op, payload))));
    }

    /** The shared tail of an event's DISPATCH frames: its payload and the envelope's closing brace. */
    static ByteBuf body(byte[] payload) {
        ByteBuf body = Unpooled.directBuffer(payload.length + 1);
        body.writeBytes(payload).writeByte('}');
        return body;
    }

    /** One session's DISPATCH frame; takes a new reference to {@code body}. */
    static TextWebSocketFrame dispatch(ByteBufAllocator alloc, String type, long s, ByteBuf body) {
        ByteBuf head = alloc.directBuffer(40 + type.length());
        head.writeCharSequence("{\"op\":\"DISPATCH\",\"t\":\"", StandardCharsets.US_ASCII);
        head.writeCharSequence(type, StandardCharsets.US_ASCII);
        head.writeCharSequence("\",\"s\":", StandardCharsets.US_ASCII);
        head.writeCharSequence(Long.toString(s), StandardCharsets.US_ASCII);
        head.writeCharSequence(",\"d\":", StandardCharsets.US_ASCII);
        return new TextWebSocketFrame(alloc.compositeDirectBuffer(2).addComponents(true, head, body.retainedDuplicate()));
    }
}
