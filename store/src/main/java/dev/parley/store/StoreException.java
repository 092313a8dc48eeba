package dev.parley.store;

/** The failures a storage port may report. Anything else is a bug or an outage. */
public sealed class StoreException extends RuntimeException {
    private StoreException(String message) {
        super(message);
    }

    /** The row to update or delete does not exist. */
    public static final class NotFound extends StoreException {
        public NotFound(String what) {
            super(what + " not found");
        }
    }

    /** A unique key is already taken; {@link #key()} names it (for example {@code "username"}). */
    public static final class Conflict extends StoreException {
        private final String key;

        public Conflict(String key) {
            super("duplicate " + key);
            this.key = key;
        }

        public String key() {
            return key;
        }
    }

    /** The database could not be reached or failed; callers may retry later. */
    public static final class Unavailable extends StoreException {
        public Unavailable(String message, Throwable cause) {
            super(message);
            initCause(cause);
        }
    }
}
