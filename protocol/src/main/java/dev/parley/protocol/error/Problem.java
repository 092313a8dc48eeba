package dev.parley.protocol.error;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * An RFC 9457 problem details body ({@code application/problem+json}). {@code code} is the
 * stable {@link ErrorCode#code()}; {@code errors} lists per-field problems of a validation failure;
 * {@code retryAfterSeconds} is set on rate limits.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(
        String type,
        String title,
        int status,
        String detail,
        String code,
        String instance,
        List<FieldError> errors,
        Long retryAfterSeconds) {

    /** One invalid field: its JSON pointer-ish path (e.g. {@code username}) and what is wrong. */
    public record FieldError(String field, String message) {
    }

    public static String typeOf(ErrorCode code) {
        return "https://parley.dev/problems/" + code.code().replace('_', '-');
    }
}
