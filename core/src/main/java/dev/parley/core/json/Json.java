package dev.parley.core.json;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.parley.core.Failure;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.cfg.CoercionAction;
import tools.jackson.databind.cfg.CoercionInputShape;
import tools.jackson.databind.cfg.DateTimeFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.databind.type.LogicalType;

/**
 * The REST API's JSON codec, as {@code protocol} describes the wire: snake_case names, ids as
 * strings of digits ({@link dev.parley.protocol.Id}), instants as ISO-8601 strings, nulls left
 * out of responses. Reading is strict: unknown fields, duplicate keys, trailing content and
 * every coercion between JSON types (a number for a string, a string for a number, a float for
 * an integer, ...) are refused.
 */
public final class Json {
    private static final JsonMapper MAPPER = build();

    private Json() {
    }

    /** The configured mapper, for tests and other transports that speak the same wire. */
    public static JsonMapper mapper() {
        return MAPPER;
    }

    /**
     * Reads a request body.
     *
     * @throws Failure MALFORMED_JSON (naming the field) or UNKNOWN_FIELD
     */
    public static <T> T read(byte[] body, Class<T> type) {
        T value;
        try {
            value = MAPPER.readValue(body, type);
        } catch (JacksonException e) {
            throw JsonFailures.from(e);
        }
        if (value == null) {
            throw JsonFailures.notAnObject();
        }
        return value;
    }

    public static byte[] write(Object value) {
        return MAPPER.writeValueAsBytes(value);
    }

    private static JsonMapper build() {
        SimpleModule longs = new SimpleModule("parley-strict-longs")
                .addDeserializer(Long.class, new StrictLongDeserializer(false, false))
                .addDeserializer(Long.TYPE, new StrictLongDeserializer(true, false));
        return JsonMapper.builder()
                .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES,
                        DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES,
                        DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT,
                        DeserializationFeature.ACCEPT_SINGLE_VALUE_AS_ARRAY,
                        DeserializationFeature.ACCEPT_EMPTY_STRING_AS_NULL_OBJECT)
                .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .disable(DateTimeFeature.WRITE_DATES_AS_TIMESTAMPS)
                .withCoercionConfigDefaults(c -> c
                        .setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.EmptyArray, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.EmptyObject, CoercionAction.Fail))
                .withCoercionConfig(LogicalType.Textual, c -> c
                        .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
                .changeDefaultPropertyInclusion(v -> v.withValueInclusion(JsonInclude.Include.NON_NULL))
                .addModule(longs)
                .build();
    }
}
