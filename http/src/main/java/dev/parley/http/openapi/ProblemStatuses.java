package dev.parley.http.openapi;

import dev.parley.http.route.Route;
import java.util.List;
import java.util.TreeSet;

/**
 * Which problem statuses an operation documents, derived from what the route does: inputs can
 * be malformed (400), tokens refused (401), community, message and group rules or a user's
 * privacy deny (403), ids miss (404), changes collide (409), invites lapse (410), bodies be too
 * large or not JSON (413, 415), logins and message sends be throttled (429: password hashing,
 * the send budget and slowmode); anything may fail inside (500) or lose its database (503).
 */
final class ProblemStatuses {
    /** Routes that hash a password or post a message: their callers are throttled. */
    private static final List<String> RATE_LIMITED = List.of("/auth/login", "/auth/register", "/auth/password",
            "/users/@me", "/messages");

    /** DMs and groups: opening one names a user who may not exist or may refuse DMs (dms_closed). */
    private static final String CONVERSATIONS = "/api/v1/conversations/";

    static final List<Integer> ALL = List.of(400, 401, 403, 404, 405, 409, 410, 413, 415, 429, 500, 503);

    private ProblemStatuses() {
    }

    static List<Integer> of(Route route) {
        TreeSet<Integer> statuses = new TreeSet<>(List.of(500, 503));
        String path = route.path();
        boolean params = !route.template().params().isEmpty();
        if (params || route.body() != null || !route.query().isEmpty()) {
            statuses.add(400);
        }
        if (route.authenticated()) {
            statuses.add(401);
        }
        boolean conversations = path.startsWith(CONVERSATIONS);
        if (route.authenticated() && (path.contains("{cid}") || path.contains("{chid}") || path.contains("{mid}")
                || path.contains("/invites/") || conversations)) {
            statuses.add(403);
        }
        if (params || path.endsWith("/@me") || conversations) {
            statuses.add(404);
        }
        if (OpenApiDocument.mutates(route) && (route.authenticated() || path.endsWith("/register"))) {
            statuses.add(409);
        }
        if ((path.contains("/invites/{code}") && !route.authenticated()) || path.endsWith("/accept")) {
            statuses.add(410);
        }
        if (route.body() != null) {
            statuses.addAll(List.of(413, 415));
        }
        if (RATE_LIMITED.stream().anyMatch(path::endsWith) && OpenApiDocument.mutates(route)) {
            statuses.add(429);
        }
        return List.copyOf(statuses);
    }

    static String describe(int status) {
        return switch (status) {
            case 400 -> "validation_failed, malformed_json, unknown_field, malformed_id, password_too_weak, "
                    + "confirmation_mismatch";
            case 401 -> "unauthenticated, token_invalid, token_expired, invalid_credentials, refresh_token_invalid, "
                    + "refresh_token_reused";
            case 403 -> "missing_permission, hierarchy, origin_not_allowed or dms_closed";
            case 404 -> "not_found: unknown, or not visible to the caller";
            case 405 -> "method_not_allowed";
            case 409 -> "username_taken, email_taken, already_member, owner_cannot_leave, client_msg_id_reused, conflict";
            case 410 -> "invite_expired or invite_used_up";
            case 413 -> "payload_too_large";
            case 415 -> "unsupported_media_type: the body must be application/json";
            case 429 -> "rate_limited; see Retry-After";
            case 500 -> "internal";
            case 503 -> "unavailable: the database cannot be reached";
            default -> throw new IllegalArgumentException("undocumented status " + status);
        };
    }
}
