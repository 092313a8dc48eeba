package dev.parley.core.json;

import com.fasterxml.jackson.annotation.JsonFormat;
import dev.parley.protocol.Id;
import java.util.regex.Pattern;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.BeanProperty;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.deser.std.StdScalarDeserializer;

/**
 * Reads 64-bit integers strictly. A property marked {@link Id} (any long shaped as a string)
 * accepts only a JSON string of decimal digits, as the protocol promises; every other long
 * accepts only a JSON integer. Jackson's own reader would coerce either way.
 */
final class StrictLongDeserializer extends StdScalarDeserializer<Long> {
    private static final Pattern DIGITS = Pattern.compile("[0-9]{1,19}");
    private final boolean id;
    private final boolean primitive;

    StrictLongDeserializer(boolean primitive, boolean id) {
        super(primitive ? Long.TYPE : Long.class);
        this.primitive = primitive;
        this.id = id;
    }

    @Override
    public ValueDeserializer<?> createContextual(DeserializationContext ctxt, BeanProperty property) {
        boolean isId = property != null && (property.getAnnotation(Id.class) != null
                || property.findPropertyFormat(ctxt.getConfig(), handledType()).getShape() == JsonFormat.Shape.STRING);
        return isId == id ? this : new StrictLongDeserializer(primitive, isId);
    }

    @Override
    public Long deserialize(JsonParser p, DeserializationContext ctxt) {
        if (id) {
            if (p.currentToken() == JsonToken.VALUE_STRING && DIGITS.matcher(p.getString()).matches()) {
                try {
                    return Long.parseLong(p.getString());
                } catch (NumberFormatException tooLarge) {
                    throw new WrongShape(p, "must be an id of at most 19 digits that fits in 64 bits", handledType());
                }
            }
            throw new WrongShape(p, "must be a string of decimal digits", handledType());
        }
        if (p.currentToken() == JsonToken.VALUE_NUMBER_INT) {
            return p.getLongValue();
        }
        throw new WrongShape(p, "must be an integer", handledType());
    }

    @Override
    public Object getNullValue(DeserializationContext ctxt) {
        if (primitive) {
            throw new WrongShape(ctxt.getParser(), "must not be null", handledType());
        }
        return null;
    }
}
