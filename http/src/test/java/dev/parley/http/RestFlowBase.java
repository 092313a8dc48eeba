package dev.parley.http;

import dev.parley.http.support.Api;
import dev.parley.http.support.Steps;
import dev.parley.http.support.TestServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;

/** One real test server per test class, with its HTTP helper and common steps. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class RestFlowBase {
    protected TestServer server;
    protected Api api;
    protected Steps steps;

    @BeforeAll
    void startServer() {
        server = TestServer.start();
        api = server.http;
        steps = new Steps(api);
    }

    @AfterAll
    void stopServer() {
        server.close();
    }
}
