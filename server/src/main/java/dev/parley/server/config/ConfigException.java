package dev.parley.server.config;

import java.util.Optional;

/**
 * A configuration that cannot be used. The message is meant for the operator as is: it starts with
 * the offending key ({@code server.port: must be between 1 and 65535 (was 70000)}) or, for a file
 * that cannot be read or parsed, names the file.
 */
public final class ConfigException extends RuntimeException {
    private final String key;

    /** A problem with one key; the message becomes {@code key: problem}. */
    public ConfigException(String key, String problem) {
        super(key + ": " + problem);
        this.key = key;
    }

    private ConfigException(String message, Throwable cause) {
        super(message, cause);
        this.key = null;
    }

    /** A problem with the file as a whole: {@code config file FILE: problem}. */
    static ConfigException ofFile(java.nio.file.Path file, String problem, Throwable cause) {
        return new ConfigException("config file " + file + ": " + problem, cause);
    }

    private ConfigException(ConfigException original, String suffix) {
        super(original.getMessage() + suffix, original.getCause());
        this.key = original.key;
    }

    /** The key the problem is about, such as {@code server.port}, if it is about one key. */
    public Optional<String> key() {
        return Optional.ofNullable(key);
    }

    ConfigException withSuffix(String suffix) {
        return new ConfigException(this, suffix);
    }
}
