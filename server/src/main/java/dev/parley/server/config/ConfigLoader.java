package dev.parley.server.config;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Reads a {@link ParleyConfig}: built-in defaults, overridden by the YAML file, overridden by
 * {@code PARLEY_*} environment variables (see the package documentation for the scheme).
 *
 * <p>Unknown keys in the file are an error, so a typo never silently falls back to a default.
 * Unknown {@code PARLEY_*} variables are ignored: the launcher and the admin command use some
 * ({@code PARLEY_JAVA_OPTS}, {@code PARLEY_ADMIN_PASSWORD}). A key set to YAML null counts as unset.
 */
public final class ConfigLoader {
    private static final YAMLMapper YAML = YAMLMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();
    private static final List<ConfigKey> KEYS = catalog();

    private ConfigLoader() {
    }

    /**
     * Loads the configuration from {@code file} (if given) and {@code env} (usually
     * {@code System.getenv()}).
     *
     * @throws ConfigException naming the offending key and why, or the file that cannot be read
     */
    public static ParleyConfig load(Optional<Path> file, Map<String, String> env) {
        JsonNode tree = file.map(ConfigLoader::parse).orElse(null);
        if (tree != null) {
            rejectUnknownKeys(tree, "");
        }
        var source = new ConfigSource(tree, env);
        try {
            return ParleyConfig.read(source);
        } catch (ConfigException e) {
            var key = e.key().filter(source::fromEnv);
            throw key.isPresent() ? e.withSuffix(" (from " + ConfigKey.envVarOf(key.get()) + ")") : e;
        }
    }

    /** Every key, in file order, with its environment variable and default. */
    public static List<ConfigKey> keys() {
        return KEYS;
    }

    private static List<ConfigKey> catalog() {
        var source = new ConfigSource(null, Map.of());
        ParleyConfig.read(source);
        return source.keys();
    }

    private static JsonNode parse(Path file) {
        String text;
        try {
            text = Files.readString(file);
        } catch (NoSuchFileException e) {
            throw ConfigException.ofFile(file, "not found", e);
        } catch (IOException e) {
            throw ConfigException.ofFile(file, "cannot be read (" + e + ")", e);
        }
        JsonNode tree;
        try {
            tree = YAML.readTree(text);
        } catch (JacksonException e) {
            throw ConfigException.ofFile(file, "not valid YAML: " + e.getOriginalMessage()
                    + (e.getLocation() == null ? "" : " (line " + e.getLocation().getLineNr()
                            + ", column " + e.getLocation().getColumnNr() + ")"), e);
        }
        if (tree == null || tree.isMissingNode() || tree.isNull()) {
            return null;
        }
        if (!tree.isObject()) {
            throw ConfigException.ofFile(file, "expected a mapping of sections (" + String.join(", ", childrenOf(""))
                    + ")", null);
        }
        return tree;
    }

    /** Walks the file: every key must be a known key or a section holding known keys. */
    private static void rejectUnknownKeys(JsonNode node, String prefix) {
        for (var entry : node.properties()) {
            String key = prefix.isEmpty() ? entry.getKey() : prefix + "." + entry.getKey();
            boolean dotted = entry.getKey().contains("."); // "server.port: 1" must be written as a section
            if (!dotted && KEYS.stream().anyMatch(k -> k.key().equals(key))) {
                continue;
            }
            Set<String> children = dotted ? Set.of() : childrenOf(key);
            if (children.isEmpty()) {
                throw new ConfigException(key, "unknown key (known here: " + String.join(", ", childrenOf(prefix)) + ")");
            }
            JsonNode child = entry.getValue();
            if (child.isObject()) {
                rejectUnknownKeys(child, key);
            } else if (!child.isNull()) {
                throw new ConfigException(key, "expected a mapping of keys (" + String.join(", ", children) + ")");
            }
        }
    }

    /** The next path segment of every known key under {@code prefix}, in file order. */
    private static Set<String> childrenOf(String prefix) {
        String start = prefix.isEmpty() ? "" : prefix + ".";
        var children = new LinkedHashSet<String>();
        for (ConfigKey key : KEYS) {
            if (key.key().startsWith(start)) {
                children.add(key.key().substring(start.length()).split("\\.")[0]);
            }
        }
        return children;
    }
}
