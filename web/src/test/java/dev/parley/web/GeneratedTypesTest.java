package dev.parley.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The committed TypeScript protocol types and permission bits equal what the protocol and domain
 * modules generate today, so the web client cannot drift from the server. With
 * {@code -Dparley.web.regenerate=true} the tests rewrite the files instead (then commit them).
 */
class GeneratedTypesTest {
    private static final String REGENERATE = "./mvnw -q -B test -pl web -am -Dtest=GeneratedTypesTest"
            + " -Dsurefire.failIfNoSpecifiedTests=false -Dparley.web.regenerate=true";

    @Test
    void committedTypesMatchTheProtocolModule() throws IOException {
        assertCurrent(Path.of("src/generated/protocol.ts"), TypeScriptTypes.generate(), "the protocol module");
    }

    @Test
    void committedPermissionBitsMatchTheDomain() throws IOException {
        assertCurrent(Path.of("src/generated/permissions.ts"), TypeScriptPermissions.generate(), "the domain's Permission enum");
    }

    private static void assertCurrent(Path file, String generated, String source) throws IOException {
        if (Boolean.getBoolean("parley.web.regenerate")) {
            Files.writeString(file, generated, StandardCharsets.UTF_8);
        }
        assertThat(Files.exists(file)).as("%s exists (regenerate with -Dparley.web.regenerate=true)", file.toAbsolutePath()).isTrue();
        assertThat(Files.readString(file, StandardCharsets.UTF_8))
                .as("web/%s is out of date with %s; regenerate it: %s", file, source, REGENERATE)
                .isEqualTo(generated);
    }
}
