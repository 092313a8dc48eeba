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
 * Encodes server frames. The hub's frames ({@link #dispatch}, {@link #text}) are complete
 * WebSocket text frames in one buffer each: the frame header and the JSON, ready for the socket.
 * They pass the pipeline's WebSocket encoder untouched (it encodes {@code WebSocketFrame}s only),
 * which is correct because server frames are never masked (RFC 6455 §5.1) and no extension is
 * negotiated: {@link Handshake} accepts none, so permessage-deflate is off (gateway.md §15).
 * Negotiating it would mean compressing these frames here, per connection.
 *
 * <p>A DISPATCH is {@code {"op":"DISPATCH","t":"<type>","s":<s>,"d":<payload>}}: the part before
 * {@code s} is built once per event ({@link #dispatchHead}), the payload is the event's encoded
 * bytes shared by every session, and only {@code s} is written per delivery. One copy of the
 * payload per delivery costs less than sharing one buffer among thousands of connections (a
 * reference count updated atomically per delivery, a composite buffer and a frame object each).
 */
final class Frames {
    private static final byte TEXT_FIN = (byte) 0x81;
    private static final byte[] DATA = ascii(",\"d\":");

    private Frames() {
    }

    /** Any frame but DISPATCH, for the WebSocket encoder (the connection's own answers). */
    static TextWebSocketFrame of(Op op, Object payload) {
        return new TextWebSocketFrame(Unpooled.wrappedBuffer(Json.write(Envelope.of(op, payload))));
    }

    /** {@code {"op":"DISPATCH","t":"<type>","s":}: the start of every DISPATCH of one event type. */
    static byte[] dispatchHead(String type) {
        return ascii("{\"op\":\"DISPATCH\",\"t\":\"" + type + "\",\"s\":");
    }

    /** One session's DISPATCH of {@code event} with sequence number {@code s}, as a whole frame. */
    static ByteBuf dispatch(ByteBufAllocator alloc, LogEvent event, long s) {
        byte[] head = event.dispatchHead();
        byte[] payload = event.payload();
        int digits = digits(s);
        int length = head.length + digits + DATA.length + payload.length + 1;
        ByteBuf frame = alloc.directBuffer(headerLength(length) + length);
        writeHeader(frame, length);
        frame.writeBytes(head);
        writeDigits(frame, s, digits);
        frame.writeBytes(DATA).writeBytes(payload).writeByte('}');
        return frame;
    }

    /** A whole text frame holding {@code json}. */
    static ByteBuf text(ByteBufAllocator alloc, byte[] json) {
        ByteBuf frame = alloc.directBuffer(headerLength(json.length) + json.length);
        writeHeader(frame, json.length);
        return frame.writeBytes(json);
    }

    private static int headerLength(int payloadLength) {
        return payloadLength < 126 ? 2 : payloadLength <= 0xFFFF ? 4 : 10;
    }

    /** FIN + text opcode, then the unmasked payload length in 7, 7+16 or 7+64 bits (RFC 6455 §5.2). */
    private static void writeHeader(ByteBuf frame, int payloadLength) {
        frame.writeByte(TEXT_FIN);
        if (payloadLength < 126) {
            frame.writeByte(payloadLength);
        } else if (payloadLength <= 0xFFFF) {
            frame.writeByte(126).writeShort(payloadLength);
        } else {
            frame.writeByte(127).writeLong(payloadLength);
        }
    }

    private static int digits(long value) {
        int digits = 1;
        for (long v = value; v >= 10; v /= 10) {
            digits++;
        }
        return digits;
    }

    /** {@code value} (≥ 0) in decimal, without a String. */
    private static void writeDigits(ByteBuf frame, long value, int digits) {
        int at = frame.writerIndex();
        long v = value;
        for (int i = digits - 1; i >= 0; i--) {
            frame.setByte(at + i, '0' + (int) (v % 10));
            v /= 10;
        }
        frame.writerIndex(at + digits);
    }

    private static byte[] ascii(String s) {
        return s.getBytes(StandardCharsets.US_ASCII);
    }
}
