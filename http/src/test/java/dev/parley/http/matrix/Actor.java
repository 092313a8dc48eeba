package dev.parley.http.matrix;

import java.util.Locale;

/** Who calls, relative to community A (see {@link MatrixWorld}). */
enum Actor {
    ANONYMOUS, NON_MEMBER, MEMBER, MODERATOR, OWNER;

    static Actor named(String name) {
        return valueOf(name.toUpperCase(Locale.ROOT));
    }

    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }
}
