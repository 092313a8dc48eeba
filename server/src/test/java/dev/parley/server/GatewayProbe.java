package dev.parley.server;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/** Opens a WebSocket to a node's gateway and reads the first frame the server sends (HELLO). */
final class GatewayProbe {
    private GatewayProbe() {
    }

    static String firstFrame(int gatewayPort) throws Exception {
        var frames = new LinkedBlockingQueue<String>();
        WebSocket socket = HttpClient.newHttpClient().newWebSocketBuilder()
                .buildAsync(URI.create("ws://127.0.0.1:" + gatewayPort + "/gateway"), new WebSocket.Listener() {
                    @Override
                    public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
                        frames.add(data.toString());
                        webSocket.request(1);
                        return null;
                    }
                }).get(10, TimeUnit.SECONDS);
        try {
            return frames.poll(10, TimeUnit.SECONDS);
        } finally {
            socket.abort();
        }
    }
}
