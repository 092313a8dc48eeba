package dev.parley.http.matrix;

import dev.parley.http.support.Res;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * One row of the authorization matrix: a route (method and path template, exactly as in the
 * route table), the expected status for each actor and target, written out by hand, and how to
 * build a cell's request. The expectations are a text block, one line per actor:
 * {@code member 403 404 404} gives the statuses for the own, other and missing targets;
 * {@code -} marks a target the route has no use for (it has no path parameter).
 */
final class Row {
    final String method;
    final String path;
    final Map<Actor, Integer[]> expected = new EnumMap<>(Actor.class);
    final Map<String, String> fixed = new HashMap<>();
    final Map<String, Function<Cell, String>> own = new HashMap<>();
    final Map<String, Function<Cell, String>> other = new HashMap<>();
    String variant = "";
    Function<Cell, Object> body = c -> null;
    boolean disposableActor;
    boolean freshSession;
    boolean freshCommunity;
    Consumer<Cell> setup = c -> { };
    BiConsumer<Cell, Res> after = (c, r) -> { };

    private Row(String method, String path, String table) {
        this.method = method;
        this.path = path;
        for (String line : table.strip().split("\n")) {
            List<String> words = List.of(line.strip().split("\\s+"));
            if (words.size() != 4) {
                throw new IllegalArgumentException(key() + ": a line is an actor and three statuses: " + line);
            }
            Integer[] statuses = words.subList(1, 4).stream().map(w -> w.equals("-") ? null : Integer.valueOf(w))
                    .toArray(Integer[]::new);
            if (expected.put(Actor.named(words.getFirst()), statuses) != null) {
                throw new IllegalArgumentException(key() + ": actor listed twice: " + line);
            }
        }
        if (expected.size() != Actor.values().length) {
            throw new IllegalArgumentException(key() + ": every actor needs a line");
        }
    }

    static Row row(String method, String path, String table) {
        return new Row(method, path, table);
    }

    String key() {
        return method + " " + path;
    }

    Integer expected(Actor actor, Target target) {
        return expected.get(actor)[target.ordinal()];
    }

    /** A second row for the same route, told apart by its label. */
    Row variant(String label) {
        this.variant = " [" + label + "]";
        return this;
    }

    Row body(Function<Cell, Object> body) {
        this.body = body;
        return this;
    }

    /** A path parameter that is always this value ({@code @me}, say); MISSING then applies to the one before. */
    Row fixed(String param, String value) {
        fixed.put(param, value);
        return this;
    }

    /** How this row makes the OWN value of a path parameter (or body id), instead of the default for its name. */
    Row own(String param, Function<Cell, String> make) {
        own.put(param, make);
        return this;
    }

    /** How this row makes the OTHER value of a path parameter, instead of the default for its name. */
    Row other(String param, Function<Cell, String> make) {
        other.put(param, make);
        return this;
    }

    /** The route destroys or changes its caller: act through a fresh user of the same standing. */
    Row disposableActor() {
        this.disposableActor = true;
        return this;
    }

    /** The route ends the caller's session: act through a fresh session. */
    Row freshSession() {
        this.freshSession = true;
        return this;
    }

    /** The route deletes or hands over A: act on a fresh community where the actors stand as in A. */
    Row freshCommunity() {
        this.freshCommunity = true;
        return this;
    }

    Row setup(Consumer<Cell> setup) {
        this.setup = setup;
        return this;
    }

    Row after(BiConsumer<Cell, Res> after) {
        this.after = after;
        return this;
    }
}
