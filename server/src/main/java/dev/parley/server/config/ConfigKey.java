package dev.parley.server.config;

/**
 * One configuration key, for documentation: its path in the YAML file ({@code server.port}), the
 * environment variable that overrides it ({@code PARLEY_SERVER_PORT}) and its default as text.
 */
public record ConfigKey(String key, String envVar, String defaultValue) {
    static final String ENV_PREFIX = "PARLEY_";

    static String envVarOf(String key) {
        return ENV_PREFIX + key.toUpperCase(java.util.Locale.ROOT).replace('.', '_').replace('-', '_');
    }
}
