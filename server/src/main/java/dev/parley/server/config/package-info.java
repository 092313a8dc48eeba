/**
 * Typed, validated configuration: one record per component, read by {@link
 * dev.parley.server.config.ConfigLoader}.
 *
 * <p>Contract: every value has a built-in default; a YAML file (kebab-case keys, one section per
 * record) overrides the defaults; an environment variable overrides the file. The variable for a
 * key is {@code PARLEY_} plus the key path upper-cased with {@code .} and {@code -} turned into
 * {@code _} ({@code auth.argon2-memory-kib} is {@code PARLEY_AUTH_ARGON2_MEMORY_KIB}); lists are
 * comma-separated there. A record that exists is valid: each compact constructor checks its
 * values and throws {@link dev.parley.server.config.ConfigException} naming the key, so a
 * configuration built in code is held to the same rules as one read from a file.
 */
package dev.parley.server.config;
