package dev.parley.http.matrix;

import java.util.Locale;

/**
 * Which resource the path names: one of community A ({@code OWN}), one of community B, where no
 * actor belongs ({@code OTHER}), or an id that does not exist ({@code MISSING}; only the last path
 * parameter is missing, the others are A's).
 */
enum Target {
    OWN, OTHER, MISSING;

    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }
}
