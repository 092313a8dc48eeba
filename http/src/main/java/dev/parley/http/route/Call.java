package dev.parley.http.route;

import dev.parley.core.Caller;

/**
 * What a handler may read of its request. Path parameters were checked before the handler runs
 * (see {@link ParamKind}), so {@link #id} and {@link #userId} only convert.
 */
public interface Call {
    /** The authenticated caller. @throws IllegalStateException on an open route */
    Caller caller();

    /** The client's IP address: the remote address of the connection. */
    String ip();

    /** A path parameter of kind ID. */
    long id(String param);

    /** A path parameter of kind USER: {@code @me} is the caller. */
    long userId(String param);

    /** A path parameter of kind TEXT. */
    String text(String param);

    /**
     * A query parameter holding an id (0 allowed), or {@code absent} when missing.
     *
     * @throws dev.parley.core.Failure VALIDATION_FAILED when it is not a decimal id
     */
    long queryId(String name, long absent);

    /**
     * A query parameter holding a positive id or seq, or null when missing.
     *
     * @throws dev.parley.core.Failure VALIDATION_FAILED when it is not a positive decimal long
     */
    Long queryPositive(String name);

    /** A query parameter holding an integer, or null when missing. @throws dev.parley.core.Failure VALIDATION_FAILED */
    Integer queryInt(String name);
}
