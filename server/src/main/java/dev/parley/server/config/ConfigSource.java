package dev.parley.server.config;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import tools.jackson.databind.JsonNode;

/**
 * The layers one value is looked up in, by full key ({@code server.port}): the environment
 * variable, then the file, then the caller's default. Converts text to the wanted type and names
 * the key when it cannot. Remembers every key asked for, which is how the catalog of keys is built.
 */
final class ConfigSource {
    private final JsonNode file;
    private final Map<String, String> env;
    private final Map<String, ConfigKey> asked = new LinkedHashMap<>();

    /** {@code file} is the parsed YAML root (an object node, or null for no file). */
    ConfigSource(JsonNode file, Map<String, String> env) {
        this.file = file;
        this.env = Map.copyOf(env);
    }

    String string(String key, String fallback) {
        return scalar(key, fallback, fallback, text -> text);
    }

    int integer(String key, int fallback) {
        return scalar(key, fallback, String.valueOf(fallback), text -> {
            try {
                return Integer.parseInt(text.strip());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("not an integer: \"" + text + "\"");
            }
        });
    }

    Duration duration(String key, Duration fallback) {
        return scalar(key, fallback, Durations.format(fallback), Durations::parse);
    }

    Path path(String key, Path fallback) {
        return scalar(key, fallback, fallback.toString(), text -> {
            try {
                return Path.of(text.strip());
            } catch (InvalidPathException e) {
                throw new IllegalArgumentException("not a path: \"" + text + "\"");
            }
        });
    }

    /** A list: a YAML sequence, or comma-separated text in the file or the environment. */
    List<String> list(String key, List<String> fallback) {
        remember(key, String.join(",", fallback));
        String fromEnv = env.get(ConfigKey.envVarOf(key));
        if (fromEnv != null) {
            return split(fromEnv);
        }
        JsonNode node = fileNode(key);
        if (node == null) {
            return fallback;
        }
        if (!node.isArray()) {
            return split(scalarText(key, node));
        }
        var items = new ArrayList<String>();
        for (JsonNode item : node.values()) {
            items.add(scalarText(key, item).strip());
        }
        return List.copyOf(items);
    }

    /** The keys asked for so far, in the order they were asked. */
    List<ConfigKey> keys() {
        return List.copyOf(asked.values());
    }

    /** Whether the value of {@code key} comes from the environment rather than the file or a default. */
    boolean fromEnv(String key) {
        return env.containsKey(ConfigKey.envVarOf(key));
    }

    private <T> T scalar(String key, T fallback, String fallbackText, Function<String, T> parse) {
        remember(key, fallbackText);
        String text = env.get(ConfigKey.envVarOf(key));
        if (text == null) {
            JsonNode node = fileNode(key);
            if (node == null) {
                return fallback;
            }
            text = scalarText(key, node);
        }
        try {
            return parse.apply(text);
        } catch (IllegalArgumentException e) {
            throw new ConfigException(key, e.getMessage());
        }
    }

    private void remember(String key, String defaultText) {
        asked.put(key, new ConfigKey(key, ConfigKey.envVarOf(key), defaultText));
    }

    /** The node at {@code key} in the file, or null when the file does not set it (YAML null counts as unset). */
    private JsonNode fileNode(String key) {
        JsonNode node = file;
        for (String part : key.split("\\.")) {
            if (node == null || !node.isObject()) {
                return null;
            }
            node = node.get(part);
        }
        return node == null || node.isNull() ? null : node;
    }

    private static String scalarText(String key, JsonNode node) {
        if (!node.isValueNode()) {
            throw new ConfigException(key, "expected a single value, not a " + (node.isArray() ? "list" : "mapping"));
        }
        return node.asString();
    }

    private static List<String> split(String text) {
        return Arrays.stream(text.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
}
