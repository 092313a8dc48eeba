package dev.parley.http.openapi;

import dev.parley.protocol.Id;
import dev.parley.protocol.error.ErrorCode;
import dev.parley.protocol.error.Problem;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * JSON Schemas (2020-12, as OpenAPI 3.1 uses) for the protocol records, derived by reflection
 * with the codec's rules: snake_case names, {@link Id} longs as digit strings, instants as
 * date-time strings, primitives required, everything else optional (absent when null).
 */
final class JsonSchemas {
    static final String ID_PATTERN = "^[0-9]{1,19}$";
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final PropertyNamingStrategies.NamingBase SNAKE =
            (PropertyNamingStrategies.NamingBase) PropertyNamingStrategies.SNAKE_CASE;
    private final Map<String, ObjectNode> components = new TreeMap<>();

    /** The schema of a value of {@code type}: a $ref for records (registered once), inline otherwise. */
    ObjectNode of(Type type, boolean id) {
        if (type instanceof ParameterizedType p && p.getRawType() instanceof Class<?> raw
                && Iterable.class.isAssignableFrom(raw)) {
            return NODES.objectNode().put("type", "array").set("items", of(p.getActualTypeArguments()[0], id));
        }
        Class<?> c = (Class<?>) type;
        if (c.isRecord()) {
            return ref(c);
        }
        if (id && (c == Long.class || c == Long.TYPE)) {
            return NODES.objectNode().put("type", "string").put("pattern", ID_PATTERN)
                    .put("description", "A 64-bit integer as a decimal string.");
        }
        return scalar(c);
    }

    ObjectNode ref(Class<?> record) {
        String name = name(record);
        if (!components.containsKey(name)) {
            components.put(name, NODES.objectNode()); // placeholder against cycles
            components.put(name, object(record));
        }
        return NODES.objectNode().put("$ref", "#/components/schemas/" + name);
    }

    Map<String, ObjectNode> components() {
        return components;
    }

    private ObjectNode object(Class<?> record) {
        ObjectNode schema = NODES.objectNode().put("type", "object").put("additionalProperties", false);
        ObjectNode properties = schema.putObject("properties");
        ArrayNode required = NODES.arrayNode();
        for (RecordComponent rc : record.getRecordComponents()) {
            String name = SNAKE.nameForField(null, null, rc.getName());
            ObjectNode property = of(rc.getGenericType(), rc.isAnnotationPresent(Id.class));
            if (record == Problem.class && name.equals("code")) {
                ArrayNode codes = property.putArray("enum");
                for (ErrorCode code : ErrorCode.values()) {
                    codes.add(code.code());
                }
            }
            properties.set(name, property);
            if (rc.getType().isPrimitive()) {
                required.add(name);
            }
        }
        if (!required.isEmpty()) {
            schema.set("required", required);
        }
        return schema;
    }

    private static ObjectNode scalar(Class<?> c) {
        ObjectNode node = NODES.objectNode();
        if (c == String.class) {
            return node.put("type", "string");
        }
        if (c == Integer.class || c == Integer.TYPE) {
            return node.put("type", "integer").put("format", "int32");
        }
        if (c == Long.class || c == Long.TYPE) {
            return node.put("type", "integer").put("format", "int64");
        }
        if (c == Boolean.class || c == Boolean.TYPE) {
            return node.put("type", "boolean");
        }
        if (c == Instant.class) {
            return node.put("type", "string").put("format", "date-time");
        }
        if (JsonNode.class.isAssignableFrom(c)) {
            return node.put("type", "object");
        }
        throw new IllegalArgumentException("no JSON schema for " + c.getName());
    }

    /** {@code ReorderChannelsRequest.Entry} becomes {@code ReorderChannelsRequestEntry}. */
    private static String name(Class<?> c) {
        return c.getEnclosingClass() == null ? c.getSimpleName() : name(c.getEnclosingClass()) + c.getSimpleName();
    }
}
