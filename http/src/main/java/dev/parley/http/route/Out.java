package dev.parley.http.route;

import java.util.List;

/**
 * What a route answers on success: its status and the shape of its JSON body ({@code type}, or
 * a list of {@code type}), for the dispatcher and the OpenAPI document. 204 carries no body.
 *
 * @param <R> the handler's result type, so the table cannot pair a handler with the wrong shape
 */
public record Out<R>(int status, Class<?> type, boolean list) {
    public static final Out<Void> NO_CONTENT = new Out<>(204, Void.class, false);

    public static <T> Out<T> ok(Class<T> type) {
        return new Out<>(200, type, false);
    }

    public static <T> Out<T> created(Class<T> type) {
        return new Out<>(201, type, false);
    }

    public static <T> Out<List<T>> listOf(Class<T> type) {
        return new Out<>(200, type, true);
    }

    public boolean hasBody() {
        return status != 204;
    }
}
