package dev.parley.gateway;

import dev.parley.core.json.Json;
import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.concurrent.ThreadLocalRandom;
import tools.jackson.databind.JsonNode;

/**
 * A WebSocket client on a plain socket (RFC 6455 by hand), for a client that stops reading: it
 * reads only when the test calls {@link #next}, and its small receive buffer makes the server's
 * writes pile up at once. (The JDK client reads ahead of its listener's demand.)
 */
final class RawWsClient implements AutoCloseable {
    private static final int TIMEOUT_MILLIS = 10_000;
    private static final int ABNORMAL_CLOSURE = 1006;

    private final Socket socket;
    private final DataInputStream in;
    private final OutputStream out;
    private int closeCode;

    private RawWsClient(Socket socket) throws IOException {
        this.socket = socket;
        this.in = new DataInputStream(new BufferedInputStream(socket.getInputStream()));
        this.out = socket.getOutputStream();
    }

    /** Connects and upgrades {@code /gateway}; the receive buffer is set before connecting, so the window stays small. */
    static RawWsClient open(int port, int receiveBufferBytes) {
        Socket socket = new Socket();
        try {
            socket.setReceiveBufferSize(receiveBufferBytes);
            socket.setSoTimeout(TIMEOUT_MILLIS);
            socket.connect(new InetSocketAddress("127.0.0.1", port), TIMEOUT_MILLIS);
            RawWsClient client = new RawWsClient(socket);
            client.upgrade(port);
            return client;
        } catch (IOException e) {
            closeQuietly(socket);
            throw new UncheckedIOException(e);
        }
    }

    private void upgrade(int port) throws IOException {
        byte[] key = new byte[16];
        ThreadLocalRandom.current().nextBytes(key);
        out.write(("GET /gateway HTTP/1.1\r\nHost: 127.0.0.1:" + port + "\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
                + "Sec-WebSocket-Key: " + Base64.getEncoder().encodeToString(key) + "\r\nSec-WebSocket-Version: 13\r\n\r\n")
                .getBytes(StandardCharsets.US_ASCII));
        out.flush();
        StringBuilder head = new StringBuilder();
        while (!head.toString().endsWith("\r\n\r\n")) {
            head.append((char) in.readUnsignedByte());
        }
        if (!head.toString().startsWith("HTTP/1.1 101")) {
            throw new IOException("upgrade refused: " + head);
        }
    }

    /** The next text frame as JSON, or null once the connection ended (then see {@link #closeCode}). */
    JsonNode next() {
        ByteArrayOutputStream text = new ByteArrayOutputStream();
        try {
            while (true) {
                int first = in.readUnsignedByte();
                int second = in.readUnsignedByte();
                long length = second & 0x7F;
                if (length == 126) {
                    length = in.readUnsignedShort();
                } else if (length == 127) {
                    length = in.readLong();
                }
                byte[] payload = new byte[Math.toIntExact(length)];
                in.readFully(payload);
                int opcode = first & 0x0F;
                if (opcode == 0x8) {
                    closeCode = payload.length >= 2 ? ((payload[0] & 0xFF) << 8) | (payload[1] & 0xFF) : 1005;
                    return null;
                }
                if (opcode == 0x0 || opcode == 0x1) {
                    text.write(payload);
                    if ((first & 0x80) != 0) {
                        return Json.mapper().readTree(text.toByteArray());
                    }
                }
            }
        } catch (EOFException | SocketException e) {
            closeCode = ABNORMAL_CLOSURE;
            return null;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Sends one masked text frame, as a client must. */
    void send(String json) {
        byte[] data = json.getBytes(StandardCharsets.UTF_8);
        ByteArrayOutputStream frame = new ByteArrayOutputStream();
        frame.write(0x81);
        if (data.length < 126) {
            frame.write(0x80 | data.length);
        } else {
            frame.write(0x80 | 126);
            frame.write(data.length >>> 8);
            frame.write(data.length & 0xFF);
        }
        byte[] mask = new byte[4];
        ThreadLocalRandom.current().nextBytes(mask);
        frame.writeBytes(mask);
        for (int i = 0; i < data.length; i++) {
            frame.write(data[i] ^ mask[i % 4]);
        }
        try {
            out.write(frame.toByteArray());
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The close code the server sent, or 1006 when the connection ended without one; 0 while open. */
    int closeCode() {
        return closeCode;
    }

    @Override
    public void close() {
        closeQuietly(socket);
    }

    private static void closeQuietly(Socket socket) {
        try {
            socket.close();
        } catch (IOException ignored) {
            // the test is over with this socket
        }
    }
}
