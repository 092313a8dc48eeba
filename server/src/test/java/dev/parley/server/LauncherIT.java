package dev.parley.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged program, as README's first command runs it: the launcher script and the jar in a
 * separate process, serving on a free port with its data in a fresh directory.
 */
class LauncherIT {
    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    private static final Pattern SERVING = Pattern.compile("is serving (http://\\S+)");

    @TempDir
    Path workDir;

    @Test
    void the_launcher_prints_its_version() throws Exception {
        Process process = new ProcessBuilder(ROOT.resolve("parley").toString(), "version")
                .directory(workDir.toFile()).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(output).isZero();
        assertThat(output).contains("parley 0.1.0-SNAPSHOT");
    }

    @Test
    void the_launcher_serves_health_and_readiness_with_data_under_the_working_directory() throws Exception {
        ProcessBuilder builder = new ProcessBuilder(ROOT.resolve("parley").toString(), "serve")
                .directory(workDir.toFile()).redirectErrorStream(true);
        builder.environment().put("PARLEY_SERVER_PORT", "0");
        builder.environment().put("PARLEY_GATEWAY_PORT", "0");
        builder.environment().put("PARLEY_SERVER_HOST", "127.0.0.1");
        Process process = builder.start();
        try {
            String url = awaitUrl(process);
            HttpClient http = HttpClient.newHttpClient();
            for (String path : List.of("/health", "/ready", "/api/v1/openapi.json")) {
                HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(url + path)).build(),
                        HttpResponse.BodyHandlers.ofString());
                assertThat(response.statusCode()).as(path).isEqualTo(200);
            }
            assertThat(Files.exists(workDir.resolve("data/parley.db"))).isTrue();
        } finally {
            process.destroy();
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        }
    }

    private static String awaitUrl(Process process) throws Exception {
        BufferedReader lines = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        StringBuilder seen = new StringBuilder();
        CompletableFuture<String> url = CompletableFuture.supplyAsync(() -> {
            try {
                for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                    seen.append(line).append('\n');
                    Matcher m = SERVING.matcher(line);
                    if (m.find()) {
                        return m.group(1);
                    }
                }
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
            throw new IllegalStateException("the server exited without serving");
        });
        try {
            return url.get(120, TimeUnit.SECONDS);
        } catch (Exception e) {
            fail("no 'is serving' line; output was:\n" + seen, e);
            return null;
        } finally {
            // keep draining so the child never blocks on a full pipe
            Thread.ofVirtual().start(() -> {
                try {
                    lines.transferTo(java.io.Writer.nullWriter());
                } catch (IOException ignored) {
                    // the process ended
                }
            });
        }
    }
}
