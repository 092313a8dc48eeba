package dev.parley.bus.nats;

import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;

/** The NATS server these machines run on 127.0.0.1:4222; a test that needs it fails clearly without it. */
public final class LocalNats {
    public static final String URL = "nats://127.0.0.1:4222";

    private LocalNats() {
    }

    public static String url() {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", 4222), 2_000);
        } catch (IOException e) {
            fail("NATS is not running on 127.0.0.1:4222 (" + e.getMessage() + "). Start it with: "
                    + "start-stop-daemon --start --oknodo --background --exec /usr/sbin/nats-server -- "
                    + "-a 127.0.0.1 -p 4222 -js -sd /var/lib/nats-server");
        }
        return URL;
    }
}
