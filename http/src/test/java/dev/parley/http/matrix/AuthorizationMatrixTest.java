package dev.parley.http.matrix;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.http.route.Route;
import dev.parley.http.support.Res;
import dev.parley.http.support.TestServer;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;

/**
 * Every route × every actor × every target, against the real server: the status each cell
 * answers is written in the rows ({@link AccountRows}, {@link CommunityRows}, {@link MemberRows},
 * {@link MessageRows}, {@link ReactionRows}, {@link ConversationRows}), never computed. A route without a row fails the build.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AuthorizationMatrixTest {
    private final List<Row> rows = Stream.of(AccountRows.all(), CommunityRows.all(), MemberRows.all(), MessageRows.all(),
            ReactionRows.all(), ConversationRows.all())
            .flatMap(List::stream).toList();
    private TestServer server;
    private MatrixWorld world;

    @BeforeAll
    void buildWorld() {
        server = TestServer.start();
        world = new MatrixWorld(server.http, server.clock);
    }

    @AfterAll
    void stop() {
        server.close();
    }

    @Test
    void everyRouteHasARowAndEveryRowARoute() {
        Set<String> routes = server.api.routes().stream().map(Route::key).collect(Collectors.toCollection(TreeSet::new));
        Set<String> covered = rows.stream().map(Row::key).collect(Collectors.toCollection(TreeSet::new));
        assertThat(routes).as("routes without a row in the matrix").isSubsetOf(covered);
        assertThat(covered).as("rows for routes that do not exist").isSubsetOf(routes);
    }

    @TestFactory
    Stream<DynamicTest> everyCell() {
        List<DynamicTest> cells = new ArrayList<>();
        for (Row row : rows) {
            for (Actor actor : Actor.values()) {
                for (Target target : Target.values()) {
                    Integer expected = row.expected(actor, target);
                    if (expected != null) {
                        String name = row.key() + row.variant + " as " + actor + " on " + target + " -> " + expected;
                        cells.add(DynamicTest.dynamicTest(name, () -> run(new Cell(world, row, actor, target), expected)));
                    }
                }
            }
        }
        cells.add(DynamicTest.dynamicTest("the world is intact afterwards", () -> world.assertIntact()));
        return cells.stream();
    }

    private void run(Cell cell, int expected) {
        String path = cell.path();
        cell.row.setup.accept(cell);
        Object body = cell.row.body.apply(cell);
        Res res = server.http.send(cell.row.method, path, cell.token(), body);
        try {
            assertThat(res.status()).as("%s %s%n%s", cell.row.method, path, res).isEqualTo(expected);
            if (expected >= 400) {
                assertThat(res.header("Content-Type")).isEqualTo("application/problem+json");
            }
        } finally {
            cell.row.after.accept(cell, res);
        }
    }
}
