package dev.parley.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The committed TypeScript protocol types equal what the protocol module generates today, so the
 * web client cannot drift from the server. With {@code -Dparley.web.regenerate=true} the test
 * rewrites the file instead (then commit it).
 */
class GeneratedTypesTest {
    private static final Path FILE = Path.of("src/generated/protocol.ts");

    @Test
    void committedTypesMatchTheProtocolModule() throws IOException {
        String generated = TypeScriptTypes.generate();
        if (Boolean.getBoolean("parley.web.regenerate")) {
            Files.writeString(FILE, generated, StandardCharsets.UTF_8);
        }
        assertThat(Files.exists(FILE)).as("%s exists (regenerate with -Dparley.web.regenerate=true)", FILE.toAbsolutePath()).isTrue();
        assertThat(Files.readString(FILE, StandardCharsets.UTF_8))
                .as("web/src/generated/protocol.ts is out of date with the protocol module; regenerate it: "
                        + "./mvnw -q -B test -pl web -am -Dtest=GeneratedTypesTest -Dsurefire.failIfNoSpecifiedTests=false"
                        + " -Dparley.web.regenerate=true")
                .isEqualTo(generated);
    }
}
