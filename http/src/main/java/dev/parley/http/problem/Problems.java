package dev.parley.http.problem;

import dev.parley.core.Failure;
import dev.parley.protocol.error.ErrorCode;
import dev.parley.protocol.error.Problem;
import dev.parley.protocol.error.Problem.FieldError;
import dev.parley.store.StoreException;
import io.vertx.ext.web.handler.HttpException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.RejectedExecutionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one table from exceptions to RFC 9457 problem details. Every error the REST API answers
 * is built here: edge checks (path ids, bodies, tokens, unknown routes) and use cases refuse with
 * a {@link Failure} carrying its {@link ErrorCode}; everything else is classified below. No other
 * class picks a status for an exception or writes a problem body.
 *
 * <table>
 *   <tr><th>exception</th><th>answer</th></tr>
 *   <tr><td>{@link Failure}</td><td>its code, status, detail and field errors; Retry-After when rate limited</td></tr>
 *   <tr><td>{@link StoreException.Unavailable}, a refused task at shutdown</td><td>503 unavailable</td></tr>
 *   <tr><td>{@link StoreException.Conflict} (a race the use case did not foresee)</td><td>409 conflict</td></tr>
 *   <tr><td>{@link StoreException.NotFound} (likewise)</td><td>404 not_found</td></tr>
 *   <tr><td>Vert.x {@link HttpException} (the body handler's 413, ...)</td><td>the code of its status</td></tr>
 *   <tr><td>anything else</td><td>500 internal; the stack trace goes to the log under a reference the detail names</td></tr>
 * </table>
 *
 * Every 401 carries {@code WWW-Authenticate: Bearer} (RFC 6750), with {@code error="invalid_token"}
 * when a token was presented and refused.
 */
public final class Problems {
    private static final Logger log = LoggerFactory.getLogger(Problems.class);

    private Problems() {
    }

    public static ProblemResponse from(Throwable error, String instance) {
        return switch (error) {
            case Failure f -> of(f.code(), f.detail(), f.fieldErrors(), f.retryAfterSeconds(), instance);
            case StoreException.Unavailable u -> {
                log.warn("database unavailable at {}: {}", instance, u.getMessage());
                yield of(ErrorCode.UNAVAILABLE, instance);
            }
            case RejectedExecutionException r -> of(ErrorCode.UNAVAILABLE, "The server is shutting down; retry later.", instance);
            case StoreException.Conflict c -> of(ErrorCode.CONFLICT, instance);
            case StoreException.NotFound n -> of(ErrorCode.NOT_FOUND, instance);
            case HttpException h -> forStatus(h.getStatusCode(), instance);
            default -> internal(error, instance);
        };
    }

    /** A problem for a bare HTTP status (from Vert.x, which knows no error codes). */
    public static ProblemResponse forStatus(int status, String instance) {
        ErrorCode code = switch (status) {
            case 400 -> ErrorCode.VALIDATION_FAILED;
            case 401 -> ErrorCode.UNAUTHENTICATED;
            case 404 -> ErrorCode.NOT_FOUND;
            case 405 -> ErrorCode.METHOD_NOT_ALLOWED;
            case 413 -> ErrorCode.PAYLOAD_TOO_LARGE;
            case 415 -> ErrorCode.UNSUPPORTED_MEDIA_TYPE;
            case 429 -> ErrorCode.RATE_LIMITED;
            case 500 -> ErrorCode.INTERNAL;
            case 503 -> ErrorCode.UNAVAILABLE;
            default -> null;
        };
        if (code == null) {
            return internal(new IllegalStateException("unmapped HTTP status " + status), instance);
        }
        return of(code, instance);
    }

    public static ProblemResponse of(ErrorCode code, String instance) {
        return of(code, code.title(), instance);
    }

    public static ProblemResponse of(ErrorCode code, String detail, String instance) {
        return of(code, detail, List.of(), null, instance);
    }

    private static ProblemResponse of(ErrorCode code, String detail, List<FieldError> errors, Long retryAfter,
                                      String instance) {
        Problem problem = new Problem(Problem.typeOf(code), code.title(), code.status(), detail, code.code(), instance,
                errors.isEmpty() ? null : errors, retryAfter);
        Map<String, String> headers = new HashMap<>();
        if (retryAfter != null) {
            headers.put("Retry-After", Long.toString(retryAfter));
        }
        if (code.status() == 401) {
            boolean refused = code == ErrorCode.TOKEN_INVALID || code == ErrorCode.TOKEN_EXPIRED;
            headers.put("WWW-Authenticate", refused ? "Bearer error=\"invalid_token\"" : "Bearer");
        }
        return new ProblemResponse(problem, headers);
    }

    private static ProblemResponse internal(Throwable error, String instance) {
        String reference = UUID.randomUUID().toString();
        log.error("internal error {} at {}", reference, instance, error);
        return of(ErrorCode.INTERNAL, "Something went wrong on the server; reference " + reference + ".", instance);
    }
}
