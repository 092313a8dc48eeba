package dev.parley.http.route;

import java.util.List;

/**
 * The vocabulary of the route table: one factory per method and shape, so each row reads
 * {@code post(path, BodyType.class, created(ViewType.class), handler)}. Rows require a bearer
 * token unless {@link Route#open()} is called. Handlers that answer nothing are {@code void}
 * and the route answers 204.
 */
public final class Verbs {
    private Verbs() {
    }

    /** A handler without a body that answers a value. */
    @FunctionalInterface
    public interface Fn0<R> {
        R apply(Call call);
    }

    /** A handler with a body that answers a value. */
    @FunctionalInterface
    public interface Fn1<B, R> {
        R apply(Call call, B body);
    }

    /** A handler without a body that answers 204. */
    @FunctionalInterface
    public interface Do0 {
        void apply(Call call);
    }

    /** A handler with a body that answers 204. */
    @FunctionalInterface
    public interface Do1<B> {
        void apply(Call call, B body);
    }

    public static <R> Route get(String path, Out<R> out, Fn0<R> fn) {
        return reading(Method.GET, path, out, fn);
    }

    public static <B, R> Route post(String path, Class<B> body, Out<R> out, Fn1<B, R> fn) {
        return sending(Method.POST, path, body, out, fn);
    }

    public static <B> Route post(String path, Class<B> body, Do1<B> fn) {
        return sending(Method.POST, path, body, fn);
    }

    public static <R> Route post(String path, Out<R> out, Fn0<R> fn) {
        return reading(Method.POST, path, out, fn);
    }

    public static Route post(String path, Do0 fn) {
        return doing(Method.POST, path, fn);
    }

    public static <B, R> Route patch(String path, Class<B> body, Out<R> out, Fn1<B, R> fn) {
        return sending(Method.PATCH, path, body, out, fn);
    }

    public static <B, R> Route put(String path, Class<B> body, Out<R> out, Fn1<B, R> fn) {
        return sending(Method.PUT, path, body, out, fn);
    }

    public static <R> Route put(String path, Out<R> out, Fn0<R> fn) {
        return reading(Method.PUT, path, out, fn);
    }

    public static Route put(String path, Do0 fn) {
        return doing(Method.PUT, path, fn);
    }

    public static Route delete(String path, Do0 fn) {
        return doing(Method.DELETE, path, fn);
    }

    public static <B> Route delete(String path, Class<B> body, Do1<B> fn) {
        return sending(Method.DELETE, path, body, fn);
    }

    public static <R> Route delete(String path, Out<R> out, Fn0<R> fn) {
        return reading(Method.DELETE, path, out, fn);
    }

    private static <R> Route reading(Method method, String path, Out<R> out, Fn0<R> fn) {
        return new Route(method, PathTemplate.parse(path), true, null, false, List.of(), out, (call, body) -> fn.apply(call));
    }

    private static <B, R> Route sending(Method method, String path, Class<B> type, Out<R> out, Fn1<B, R> fn) {
        return new Route(method, PathTemplate.parse(path), true, type, false, List.of(), out,
                (call, body) -> fn.apply(call, type.cast(body)));
    }

    private static <B> Route sending(Method method, String path, Class<B> type, Do1<B> fn) {
        return new Route(method, PathTemplate.parse(path), true, type, false, List.of(), Out.NO_CONTENT, (call, body) -> {
            fn.apply(call, type.cast(body));
            return null;
        });
    }

    private static Route doing(Method method, String path, Do0 fn) {
        return new Route(method, PathTemplate.parse(path), true, null, false, List.of(), Out.NO_CONTENT, (call, body) -> {
            fn.apply(call);
            return null;
        });
    }
}
