package dev.parley.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The launcher must run on bash 3.2 (macOS) under {@code set -u}, where expanding an empty array
 * as {@code "${a[@]}"} fails with "unbound variable". Newer bash accepts it, so this cannot be
 * seen by running the script here; the script is read instead.
 */
class LauncherScriptTest {
    private static final Path LAUNCHER = Path.of("..", "parley");
    /** "${name[@]}" not inside its guard ${name[@]+"${name[@]}"}. */
    private static final Pattern ARRAY_EXPANSION = Pattern.compile("(\\$\\{(\\w+)\\[@]\\+)?\"\\$\\{(\\w+)\\[@]}\"");

    @Test
    void every_array_expansion_is_guarded_for_bash_3_2() throws Exception {
        String script = Files.readString(LAUNCHER);
        assertThat(script).contains("set -euo pipefail");
        Matcher m = ARRAY_EXPANSION.matcher(script);
        int expansions = 0;
        while (m.find()) {
            expansions++;
            assertThat(m.group(2)).as("unguarded expansion: %s", m.group()).isEqualTo(m.group(3));
        }
        assertThat(expansions).as("the launcher expands PARLEY_JAVA_OPTS as an array").isPositive();
    }
}
