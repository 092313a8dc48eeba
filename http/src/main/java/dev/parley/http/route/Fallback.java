package dev.parley.http.route;

import dev.parley.http.problem.ProblemResponse;
import dev.parley.http.problem.Problems;
import dev.parley.protocol.error.ErrorCode;
import java.util.List;
import java.util.TreeSet;

/**
 * Answers requests no route took: 405 with an {@code Allow} header when the path is in the
 * table under other methods, else 404.
 */
public final class Fallback {
    private final List<Route> routes;

    public Fallback(List<Route> routes) {
        this.routes = List.copyOf(routes);
    }

    public Outgoing answer(String method, String path) {
        TreeSet<String> allowed = new TreeSet<>();
        for (Route route : routes) {
            if (route.template().matches(path)) {
                allowed.add(route.method().name());
            }
        }
        if (allowed.isEmpty()) {
            return Outgoing.problem(Problems.of(ErrorCode.NOT_FOUND, "No route for " + method + " " + path + ".", path));
        }
        ProblemResponse problem = Problems.of(ErrorCode.METHOD_NOT_ALLOWED,
                path + " supports " + String.join(", ", allowed) + ", not " + method + ".", path);
        return Outgoing.problem(problem.withHeader("Allow", String.join(", ", allowed)));
    }
}
