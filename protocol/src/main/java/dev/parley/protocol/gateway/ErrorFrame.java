package dev.parley.protocol.gateway;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.parley.protocol.error.ErrorCode;
import dev.parley.protocol.error.Problem;
import java.util.List;

/**
 * ERROR (server → client): {@code op} failed and changed nothing; the connection stays open.
 * {@code code}, {@code status}, {@code title}, {@code errors} and {@code retryAfterSeconds} mean
 * what they mean in a REST problem; {@code nonce} names the request (the {@code client_msg_id} of
 * a SEND_MESSAGE, the {@code nonce} of a REQUEST_MEMBERS).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ErrorFrame(
        Op op,
        String nonce,
        String code,
        int status,
        String title,
        String detail,
        List<Problem.FieldError> errors,
        Long retryAfterSeconds) {

    public static ErrorFrame of(Op op, String nonce, ErrorCode code, String detail) {
        return new ErrorFrame(op, nonce, code.code(), code.status(), code.title(), detail, null, null);
    }

    /** The frame for a failure REST would answer with {@code problem}. */
    public static ErrorFrame of(Op op, String nonce, Problem problem) {
        return new ErrorFrame(op, nonce, problem.code(), problem.status(), problem.title(), problem.detail(),
                problem.errors(), problem.retryAfterSeconds());
    }
}
