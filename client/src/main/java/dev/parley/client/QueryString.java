package dev.parley.client;

import java.util.StringJoiner;

/**
 * Builds a query string of numeric parameters, in the order added; null values are left out, so
 * the server's default applies. Empty when nothing was added, else {@code ?name=value&...}.
 */
final class QueryString {
    private final StringJoiner joiner = new StringJoiner("&", "?", "").setEmptyValue("");

    QueryString add(String name, Number value) {
        if (value != null) {
            joiner.add(name + "=" + value);
        }
        return this;
    }

    @Override
    public String toString() {
        return joiner.toString();
    }
}
