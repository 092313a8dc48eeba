package dev.parley.http.route;

/**
 * A query parameter a route reads, as the OpenAPI document describes it. The handler reads it
 * through the {@link Call} method of the same kind, which refuses anything else with
 * VALIDATION_FAILED naming the parameter.
 *
 * @param max for {@link Kind#LIMIT}, the largest page; 0 otherwise
 */
public record QueryParam(String name, Kind kind, int max) {
    public enum Kind {
        /** A paging cursor: an id, or 0 for the start ({@link Call#queryId}). */
        CURSOR,
        /** A positive id or seq ({@link Call#queryPositive}). */
        POSITIVE,
        /** A page size, 1 to {@code max} ({@link Call#queryInt}). */
        LIMIT
    }

    public static QueryParam cursor(String name) {
        return new QueryParam(name, Kind.CURSOR, 0);
    }

    public static QueryParam positive(String name) {
        return new QueryParam(name, Kind.POSITIVE, 0);
    }

    /** {@code limit}, from 1 to {@code max}. */
    public static QueryParam limit(int max) {
        return new QueryParam("limit", Kind.LIMIT, max);
    }
}
