package dev.parley.protocol.error;

/**
 * Stable, machine-readable error codes. {@link #code()} is what clients switch on; it never
 * changes once released. {@link #status()} is the HTTP status a REST response carries.
 */
public enum ErrorCode {
    VALIDATION_FAILED(400, "The request is not valid."),
    MALFORMED_JSON(400, "The body is not valid JSON of the expected shape."),
    UNKNOWN_FIELD(400, "The body has a field this endpoint does not accept."),
    MALFORMED_ID(400, "An id in the path is not a valid id."),
    PASSWORD_TOO_WEAK(400, "The password is too short or too common."),
    CONFIRMATION_MISMATCH(400, "The confirmation does not match."),
    UNAUTHENTICATED(401, "Authentication is required."),
    TOKEN_INVALID(401, "The access token is invalid."),
    TOKEN_EXPIRED(401, "The access token has expired."),
    INVALID_CREDENTIALS(401, "The login or password is wrong."),
    REFRESH_TOKEN_INVALID(401, "The refresh token is invalid or expired."),
    REFRESH_TOKEN_REUSED(401, "The refresh token was already used; the session has been revoked."),
    MISSING_PERMISSION(403, "You lack a permission this action needs."),
    HIERARCHY(403, "The target ranks at or above your highest role."),
    ORIGIN_NOT_ALLOWED(403, "Requests from this browser origin are not allowed."),
    DMS_CLOSED(403, "This user accepts direct messages only from people they share a community with."),
    NOT_FOUND(404, "There is no such resource."),
    METHOD_NOT_ALLOWED(405, "The resource does not support this method."),
    USERNAME_TAKEN(409, "The username is taken."),
    EMAIL_TAKEN(409, "The email address is already in use."),
    ALREADY_MEMBER(409, "The user is already a member."),
    OWNER_CANNOT_LEAVE(409, "The owner cannot leave; transfer ownership or delete the community."),
    CLIENT_MSG_ID_REUSED(409, "This client_msg_id was already used for a different message."),
    CONFLICT(409, "The request conflicts with the current state."),
    INVITE_EXPIRED(410, "The invite has expired."),
    INVITE_USED_UP(410, "The invite has reached its maximum number of uses."),
    PAYLOAD_TOO_LARGE(413, "The body is larger than this server accepts."),
    UNSUPPORTED_MEDIA_TYPE(415, "The body must be application/json."),
    RATE_LIMITED(429, "Too many requests; retry later."),
    INTERNAL(500, "Something went wrong on the server."),
    UNAVAILABLE(503, "The server cannot reach its database; retry later.");

    private final int status;
    private final String title;

    ErrorCode(int status, String title) {
        this.status = status;
        this.title = title;
    }

    public int status() {
        return status;
    }

    public String title() {
        return title;
    }

    /** The wire form: lower snake case of the constant name. */
    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
