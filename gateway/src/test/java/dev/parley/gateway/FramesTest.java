package dev.parley.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.bus.Audience;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufAllocator;
import io.netty.channel.embedded.EmbeddedChannel;
import io.netty.handler.codec.http.websocketx.TextWebSocketFrame;
import io.netty.handler.codec.http.websocketx.WebSocket13FrameDecoder;
import io.netty.handler.codec.http.websocketx.WebSocketDecoderConfig;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The hub's frames are whole, unmasked WebSocket text frames that a client's decoder reads back exactly. */
class FramesTest {
    /** Payload sizes around the 7-, 16- and 64-bit length encodings. */
    @ParameterizedTest
    @ValueSource(ints = {0, 40, 125, 126, 65_535, 65_536, 300_000})
    void aTextFrameHoldsExactlyItsJson(int size) {
        String json = "{\"op\":\"X\",\"d\":\"" + "a".repeat(size) + "\"}";
        assertThat(decode(Frames.text(ByteBufAllocator.DEFAULT, json.getBytes(StandardCharsets.UTF_8)))).isEqualTo(json);
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 9, 10, 42, 1_000_000, Long.MAX_VALUE})
    void aDispatchIsTheEnvelopeWithItsSequenceNumber(long s) {
        for (int size : List.of(10, 70, 65_500, 70_000)) {
            String payload = "{\"type\":\"message_created\",\"content\":\"" + "é".repeat(size / 2) + "\"}";
            LogEvent event = new LogEvent(7, new Audience.Users(Set.of(1L)), null, "message_created",
                    payload.getBytes(StandardCharsets.UTF_8));
            assertThat(decode(Frames.dispatch(ByteBufAllocator.DEFAULT, event, s)))
                    .isEqualTo("{\"op\":\"DISPATCH\",\"t\":\"message_created\",\"s\":" + s + ",\"d\":" + payload + "}");
        }
    }

    private static String decode(ByteBuf frame) {
        EmbeddedChannel client = new EmbeddedChannel(new WebSocket13FrameDecoder(WebSocketDecoderConfig.newBuilder()
                .expectMaskedFrames(false).maxFramePayloadLength(Integer.MAX_VALUE).build()));
        assertThat(client.writeInbound(frame)).isTrue();
        TextWebSocketFrame text = client.readInbound();
        try {
            assertThat(text.isFinalFragment()).isTrue();
            assertThat(client.<Object>readInbound()).isNull();
            return text.text();
        } finally {
            text.release();
            client.finishAndReleaseAll();
        }
    }
}
