package dev.parley.http.openapi;

import dev.parley.http.route.Method;
import dev.parley.http.route.ParamKind;
import dev.parley.http.route.QueryParam;
import dev.parley.http.route.Route;
import dev.parley.protocol.error.Problem;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The OpenAPI 3.1 document of the REST API, built from the route table and the protocol
 * records, so it cannot drift from either. Every operation lists its path and query parameters,
 * its request body, its success answer and the problem answers it may give (see
 * {@link ProblemStatuses}); authenticated operations require the bearer scheme.
 */
public final class OpenApiDocument {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final String POSITIVE = "^[1-9][0-9]{0,18}$";

    private OpenApiDocument() {
    }

    public static ObjectNode build(List<Route> routes, String publicUrl) {
        JsonSchemas schemas = new JsonSchemas();
        ObjectNode doc = NODES.objectNode().put("openapi", "3.1.0");
        doc.putObject("info").put("title", "Parley REST API").put("version", "1")
                .put("description", "Errors are RFC 9457 problem details (application/problem+json) with a stable `code`. "
                        + "Ids are 64-bit integers sent as decimal strings.");
        doc.putArray("servers").addObject().put("url", publicUrl);
        doc.putArray("security").addObject().putArray("bearer");
        Map<String, ObjectNode> paths = new TreeMap<>();
        for (Route route : routes) {
            ObjectNode item = paths.computeIfAbsent(route.path(), p -> NODES.objectNode());
            item.set(route.method().name().toLowerCase(Locale.ROOT), operation(route, schemas));
        }
        ObjectNode pathsNode = doc.putObject("paths");
        paths.forEach(pathsNode::set);
        ObjectNode components = doc.putObject("components");
        components.putObject("securitySchemes").putObject("bearer")
                .put("type", "http").put("scheme", "bearer").put("bearerFormat", "JWT");
        ObjectNode responses = components.putObject("responses");
        ObjectNode problem = schemas.ref(Problem.class);
        for (int status : ProblemStatuses.ALL) {
            responses.putObject("Problem" + status).put("description", ProblemStatuses.describe(status))
                    .putObject("content").putObject("application/problem+json").set("schema", problem);
        }
        ObjectNode schemaNode = components.putObject("schemas");
        schemas.components().forEach(schemaNode::set);
        return doc;
    }

    private static ObjectNode operation(Route route, JsonSchemas schemas) {
        ObjectNode op = NODES.objectNode().put("operationId", operationId(route));
        op.putArray("tags").add(tag(route.path()));
        if (!route.authenticated()) {
            op.putArray("security");
        }
        ArrayNode parameters = op.putArray("parameters");
        for (String param : route.template().params()) {
            parameters.addObject().put("name", param).put("in", "path").put("required", true)
                    .set("schema", pathSchema(ParamKind.of(param)));
        }
        for (QueryParam query : route.query()) {
            parameters.addObject().put("name", query.name()).put("in", "query").put("required", false)
                    .set("schema", querySchema(query));
        }
        if (route.body() != null) {
            op.putObject("requestBody").put("required", !route.emptyBodyAllowed())
                    .putObject("content").putObject("application/json").set("schema", schemas.of(route.body(), false));
        }
        ObjectNode responses = op.putObject("responses");
        ObjectNode success = responses.putObject(Integer.toString(route.out().status()))
                .put("description", route.out().status() == 201 ? "Created" : route.out().hasBody() ? "OK" : "No content");
        if (route.out().hasBody()) {
            ObjectNode schema = schemas.of(route.out().type(), false);
            if (route.out().list()) {
                schema = NODES.objectNode().put("type", "array").set("items", schema);
            }
            success.putObject("content").putObject("application/json").set("schema", schema);
        }
        for (int status : ProblemStatuses.of(route)) {
            responses.putObject(Integer.toString(status)).put("$ref", "#/components/responses/Problem" + status);
        }
        return op;
    }

    private static ObjectNode pathSchema(ParamKind kind) {
        return switch (kind) {
            case ID -> NODES.objectNode().put("type", "string").put("pattern", POSITIVE);
            case USER -> NODES.objectNode().put("type", "string").put("pattern", "^(@me|[1-9][0-9]{0,18})$");
            case TEXT -> NODES.objectNode().put("type", "string").put("minLength", 1);
        };
    }

    private static ObjectNode querySchema(QueryParam query) {
        return switch (query.kind()) {
            case CURSOR -> NODES.objectNode().put("type", "string").put("pattern", "^(0|[1-9][0-9]{0,18})$");
            case POSITIVE -> NODES.objectNode().put("type", "string").put("pattern", POSITIVE);
            case LIMIT -> NODES.objectNode().put("type", "integer").put("minimum", 1).put("maximum", query.max());
        };
    }

    /** {@code DELETE /api/v1/communities/{cid}/members/{uid}} becomes {@code deleteCommunitiesCidMembersUid}. */
    static String operationId(Route route) {
        StringBuilder id = new StringBuilder(route.method().name().toLowerCase(Locale.ROOT));
        for (String segment : route.path().replace("/api/v1/", "/").split("[/{}@.\\-]+")) {
            if (!segment.isEmpty()) {
                id.append(Character.toUpperCase(segment.charAt(0))).append(segment.substring(1));
            }
        }
        return id.toString();
    }

    private static String tag(String path) {
        String rest = path.startsWith("/api/v1/") ? path.substring("/api/v1/".length()) : "health";
        String first = rest.split("/")[0];
        return first.equals("openapi.json") ? "health" : first;
    }

    static boolean mutates(Route route) {
        return route.method() != Method.GET;
    }
}
