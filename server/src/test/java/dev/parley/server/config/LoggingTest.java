package dev.parley.server.config;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.server.logging.Logging;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@link Logging} applied to a {@link LogConfig}. Lives here because the logging package has no
 * test directory of its own yet; move it to {@code dev.parley.server.logging} when it does.
 */
class LoggingTest {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();

    @AfterEach
    void restoreConsoleLogging() {
        Logging.configure(LogConfig.defaults());
    }

    @Test
    void jsonModeWritesOneParseableObjectPerLine() {
        Logging.configure(new LogConfig("json", "INFO"), out);
        Logger log = LoggerFactory.getLogger("parley.test");
        log.info("hello {}", "world");
        log.info("second \"quoted\" line\nwith a newline");

        String[] lines = out.toString(StandardCharsets.UTF_8).split("\n");
        assertThat(lines).hasSize(2);
        JsonNode first = JsonMapper.shared().readTree(lines[0]);
        assertThat(first.get("message").asString()).isEqualTo("hello world");
        assertThat(first.get("level").asString()).isEqualTo("INFO");
        assertThat(first.get("logger_name").asString()).isEqualTo("parley.test");
        assertThat(first.has("@timestamp")).isTrue();
        assertThat(JsonMapper.shared().readTree(lines[1]).get("message").asString())
                .isEqualTo("second \"quoted\" line\nwith a newline");
    }

    @Test
    void textModeWritesTimeLevelLoggerAndMessageAtTheLevel() {
        Logging.configure(new LogConfig("text", "WARN"), out);
        LoggerFactory.getLogger("parley.test").info("dropped");
        LoggerFactory.getLogger("parley.test").warn("kept");

        assertThat(out.toString(StandardCharsets.UTF_8))
                .matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}\\S+ WARN  parley\\.test - kept\\R");
    }

    @Test
    void noisyLibrariesAreHeldAtWarn() {
        Logging.configure(new LogConfig("text", "DEBUG"), out);
        LoggerFactory.getLogger("io.netty.channel.Whatever").info("dropped");
        LoggerFactory.getLogger("com.zaxxer.hikari.Pool").warn("kept");
        LoggerFactory.getLogger("dev.parley.Something").debug("debug kept");

        assertThat(out.toString(StandardCharsets.UTF_8)).doesNotContain("dropped").contains("kept", "debug kept");
    }
}
