package dev.parley.http;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.http.route.Route;
import dev.parley.http.support.Res;
import dev.parley.http.support.TestServer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import tools.jackson.databind.JsonNode;

/** The served OpenAPI document describes exactly the route table, completely. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OpenApiTest {
    private static final Set<String> METHODS = Set.of("get", "post", "put", "patch", "delete");
    private TestServer server;
    private JsonNode doc;

    @BeforeAll
    void fetch() {
        server = TestServer.start();
        Res res = server.http.get("/api/v1/openapi.json", null);
        assertThat(res.status()).isEqualTo(200);
        assertThat(res.header("Content-Type")).isEqualTo("application/json");
        doc = res.json();
    }

    @AfterAll
    void stop() {
        server.close();
    }

    @Test
    void isOpenApi31WithTheBearerScheme() {
        assertThat(doc.path("openapi").asString()).isEqualTo("3.1.0");
        JsonNode bearer = doc.path("components").path("securitySchemes").path("bearer");
        assertThat(bearer.path("type").asString()).isEqualTo("http");
        assertThat(bearer.path("scheme").asString()).isEqualTo("bearer");
        assertThat(doc.path("servers").get(0).path("url").asString()).isEqualTo("http://localhost:8080");
    }

    @Test
    void documentsEveryRouteAndNothingElse() {
        Set<String> table = server.api.routes().stream().map(Route::key).collect(Collectors.toCollection(TreeSet::new));
        Set<String> documented = new TreeSet<>();
        for (String path : doc.path("paths").propertyNames()) {
            for (String method : doc.path("paths").path(path).propertyNames()) {
                if (METHODS.contains(method)) {
                    documented.add(method.toUpperCase(Locale.ROOT) + " " + path);
                }
            }
        }
        assertThat(documented).as("documented but not routed").isSubsetOf(table);
        assertThat(table).as("routed but not documented").isSubsetOf(documented);
    }

    @Test
    void eachOperationDescribesItsInputsOutputsAndSecurity() {
        for (Route route : server.api.routes()) {
            JsonNode op = operation(route);
            List<String> params = new ArrayList<>();
            op.path("parameters").forEach(p -> {
                if (p.path("in").asString().equals("path")) {
                    assertThat(p.path("required").asBoolean()).isTrue();
                    params.add(p.path("name").asString());
                }
            });
            assertThat(params).as(route.key()).isEqualTo(route.template().params());
            assertThat(op.has("requestBody")).as(route.key()).isEqualTo(route.body() != null);
            if (route.body() != null) {
                assertThat(op.path("requestBody").path("required").asBoolean()).isEqualTo(!route.emptyBodyAllowed());
                assertThat(op.path("requestBody").path("content").path("application/json").path("schema").path("$ref").asString())
                        .isEqualTo("#/components/schemas/" + route.body().getSimpleName());
            }
            JsonNode responses = op.path("responses");
            assertThat(responses.has(Integer.toString(route.out().status()))).as(route.key()).isTrue();
            assertThat(responses.path("500").path("$ref").asString()).isEqualTo("#/components/responses/Problem500");
            assertThat(responses.has("401")).as(route.key()).isEqualTo(route.authenticated());
            assertThat(op.has("security")).as(route.key() + " opts out of bearer").isEqualTo(!route.authenticated());
        }
    }

    @Test
    void everyReferenceResolves() {
        List<String> refs = new ArrayList<>();
        collectRefs(doc, refs);
        assertThat(refs).isNotEmpty();
        for (String ref : refs) {
            assertThat(ref).startsWith("#/");
            JsonNode target = doc.at(ref.substring(1));
            assertThat(target.isMissingNode()).as(ref).isFalse();
        }
    }

    @Test
    void schemasFollowTheWire() {
        JsonNode schemas = doc.path("components").path("schemas");
        JsonNode community = schemas.path("CommunityView").path("properties");
        assertThat(community.path("id").path("type").asString()).isEqualTo("string");
        assertThat(community.path("owner_id").path("pattern").asString()).isEqualTo("^[0-9]{1,19}$");
        assertThat(community.path("member_count").path("type").asString()).isEqualTo("integer");
        assertThat(community.path("created_at").path("format").asString()).isEqualTo("date-time");
        assertThat(schemas.path("RegisterRequest").path("properties").has("display_name")).isTrue();
        assertThat(schemas.path("ReorderChannelsRequestEntry").path("properties").path("id").path("type").asString())
                .isEqualTo("string");
        JsonNode problem = schemas.path("Problem").path("properties");
        assertThat(problem.path("code").path("enum").toString()).contains("\"malformed_id\"", "\"invite_used_up\"");
        assertThat(problem.has("retry_after_seconds")).isTrue();
    }

    @Test
    void messagingOperationsDescribeTheirQueriesAndProblems() {
        JsonNode history = doc.path("paths").path("/api/v1/channels/{chid}/messages").path("get");
        List<String> names = new ArrayList<>();
        history.path("parameters").forEach(p -> {
            if (p.path("in").asString().equals("query")) {
                names.add(p.path("name").asString());
                if (p.path("name").asString().equals("limit")) {
                    assertThat(p.path("schema").path("maximum").asInt()).isEqualTo(100);
                } else {
                    assertThat(p.path("schema").path("pattern").asString()).isEqualTo("^[1-9][0-9]{0,18}$");
                }
            }
        });
        assertThat(names).containsExactly("before", "after", "around", "from_seq", "to_seq", "limit");
        JsonNode members = doc.path("paths").path("/api/v1/communities/{cid}/members").path("get").path("parameters");
        assertThat(members.toString()).contains("\"maximum\":1000", "^(0|[1-9][0-9]{0,18})$");

        JsonNode send = doc.path("paths").path("/api/v1/channels/{chid}/messages").path("post").path("responses");
        assertThat(send.propertyNames()).contains("201", "400", "403", "404", "409", "429");
        JsonNode dm = doc.path("paths").path("/api/v1/conversations/dm").path("post").path("responses");
        assertThat(dm.propertyNames()).contains("201", "403", "404");
        JsonNode react = doc.path("paths").path("/api/v1/messages/{mid}/reactions/{emoji}/@me").path("put");
        assertThat(react.path("responses").has("204")).isTrue();
        assertThat(react.path("parameters").get(1).path("schema").path("minLength").asInt()).isEqualTo(1);
        assertThat(doc.path("paths").path("/api/v1/channels/{chid}/messages/bulk-delete").path("post").path("responses")
                .path("200").toString()).contains("#/components/schemas/BulkDeleteResponse");
        JsonNode schemas = doc.path("components").path("schemas");
        assertThat(schemas.path("BulkDeleteResponse").path("properties").path("deleted").path("type").asString())
                .isEqualTo("array");
        assertThat(schemas.path("MessageView").path("properties").path("seq").path("type").asString()).isEqualTo("string");
        assertThat(schemas.path("Problem").path("properties").path("code").path("enum").toString())
                .contains("\"client_msg_id_reused\"", "\"dms_closed\"");
    }

    private JsonNode operation(Route route) {
        return doc.path("paths").path(route.path()).path(route.method().name().toLowerCase(Locale.ROOT));
    }

    private static void collectRefs(JsonNode node, List<String> refs) {
        if (node.isObject()) {
            if (node.has("$ref")) {
                refs.add(node.path("$ref").asString());
            }
            node.forEach(child -> collectRefs(child, refs));
        } else if (node.isArray()) {
            node.forEach(child -> collectRefs(child, refs));
        }
    }
}
