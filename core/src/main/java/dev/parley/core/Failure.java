package dev.parley.core;

import dev.parley.protocol.error.ErrorCode;
import dev.parley.protocol.error.Problem.FieldError;
import java.util.List;

/**
 * Why a use case refused. The message ({@link #detail()}) is safe to show to the caller: it never
 * carries internals. {@code retryAfterSeconds} is set for RATE_LIMITED.
 */
public final class Failure extends RuntimeException {
    private final ErrorCode code;
    private final List<FieldError> fieldErrors;
    private final Long retryAfterSeconds;

    private Failure(ErrorCode code, String detail, List<FieldError> fieldErrors, Long retryAfterSeconds) {
        super(detail, null, false, false);
        this.code = code;
        this.fieldErrors = List.copyOf(fieldErrors);
        this.retryAfterSeconds = retryAfterSeconds;
    }

    public static Failure of(ErrorCode code, String detail) {
        return new Failure(code, detail, List.of(), null);
    }

    /** A failure about particular fields that is not a plain validation failure (e.g. UNKNOWN_FIELD). */
    public static Failure of(ErrorCode code, String detail, List<FieldError> fieldErrors) {
        return new Failure(code, detail, fieldErrors, null);
    }

    public static Failure of(ErrorCode code) {
        return new Failure(code, code.title(), List.of(), null);
    }

    public static Failure invalid(List<FieldError> errors) {
        String detail = errors.size() == 1
                ? errors.getFirst().field() + ": " + errors.getFirst().message()
                : errors.size() + " fields are invalid.";
        return new Failure(ErrorCode.VALIDATION_FAILED, detail, errors, null);
    }

    public static Failure invalid(String field, String message) {
        return invalid(List.of(new FieldError(field, message)));
    }

    public static Failure notFound(String what) {
        return of(ErrorCode.NOT_FOUND, "Unknown " + what + ".");
    }

    public static Failure rateLimited(long retryAfterSeconds) {
        return new Failure(ErrorCode.RATE_LIMITED, "Too many attempts; retry in " + retryAfterSeconds + " s.",
                List.of(), retryAfterSeconds);
    }

    /** A RATE_LIMITED failure with a reason of its own (e.g. the server is busy). */
    public static Failure rateLimited(long retryAfterSeconds, String detail) {
        return new Failure(ErrorCode.RATE_LIMITED, detail, List.of(), retryAfterSeconds);
    }

    public ErrorCode code() {
        return code;
    }

    public String detail() {
        return getMessage();
    }

    public List<FieldError> fieldErrors() {
        return fieldErrors;
    }

    public Long retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
