package dev.parley.core.json;

import dev.parley.core.Failure;
import dev.parley.protocol.error.ErrorCode;
import dev.parley.protocol.error.Problem.FieldError;
import java.time.temporal.Temporal;
import java.util.Collection;
import java.util.List;
import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.InputCoercionException;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.exc.InvalidNullException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

/**
 * Turns Jackson's reading errors into the client's words: which field, and what it must be.
 * Jackson's own messages name Java classes and are never passed on. Every reading error is the
 * client's (400), including bodies beyond the parser's limits (too long a number, too deep a
 * nesting); none is a server error.
 */
final class JsonFailures {
    private JsonFailures() {
    }

    static Failure from(JacksonException e) {
        String field = path(e);
        return switch (e) {
            case UnrecognizedPropertyException u ->
                    Failure.of(ErrorCode.UNKNOWN_FIELD, "Unknown field: " + field + ".",
                            List.of(new FieldError(field, "is not accepted here")));
            case WrongShape w -> malformed(field, w.rule());
            case InvalidNullException n -> malformed(field, "must not be null");
            case MismatchedInputException m when field.isEmpty() -> notAnObject();
            case MismatchedInputException m -> malformed(field, expected(m.getTargetType()));
            case InputCoercionException c -> malformed(field, "is out of range");
            case StreamConstraintsException s ->
                    Failure.of(ErrorCode.MALFORMED_JSON, "The body exceeds the JSON reading limits (number length, "
                            + "string length or nesting depth)" + where(s.getLocation()) + ".");
            case StreamReadException s ->
                    Failure.of(ErrorCode.MALFORMED_JSON, "The body is not valid JSON" + where(s.getLocation()) + ".");
            default -> Failure.of(ErrorCode.MALFORMED_JSON, "The body could not be read as JSON" + where(e.getLocation()) + ".");
        };
    }

    static Failure notAnObject() {
        return Failure.of(ErrorCode.MALFORMED_JSON, "The body must be a JSON object.");
    }

    private static Failure malformed(String field, String rule) {
        if (field.isEmpty()) {
            return notAnObject();
        }
        return Failure.of(ErrorCode.MALFORMED_JSON, field + ": " + rule + ".", List.of(new FieldError(field, rule)));
    }

    /** The JSON path of the error in snake_case: {@code channels[0].position}. */
    static String path(JacksonException e) {
        StringBuilder out = new StringBuilder();
        for (JacksonException.Reference ref : e.getPath()) {
            if (ref.getPropertyName() != null) {
                out.append(out.isEmpty() ? "" : ".").append(ref.getPropertyName());
            } else if (ref.getIndex() >= 0) {
                out.append('[').append(ref.getIndex()).append(']');
            }
        }
        return out.toString();
    }

    private static String expected(Class<?> type) {
        if (type == null) {
            return "has the wrong type";
        }
        if (CharSequence.class.isAssignableFrom(type)) {
            return "must be a string";
        }
        if (type == Integer.class || type == Integer.TYPE || type == Long.class || type == Long.TYPE
                || type == Short.class || type == Short.TYPE) {
            return "must be an integer";
        }
        if (type == Boolean.class || type == Boolean.TYPE) {
            return "must be true or false";
        }
        if (Collection.class.isAssignableFrom(type) || type.isArray()) {
            return "must be an array";
        }
        if (Temporal.class.isAssignableFrom(type)) {
            return "must be an ISO-8601 timestamp";
        }
        return "must be an object";
    }

    private static String where(TokenStreamLocation location) {
        if (location == null || location.getLineNr() < 1) {
            return "";
        }
        return " (line " + location.getLineNr() + ", column " + location.getColumnNr() + ")";
    }
}
