package dev.parley.http.matrix;

import static dev.parley.http.matrix.Row.row;

import dev.parley.http.support.Api;
import java.util.List;
import java.util.Map;

/** Expected statuses for health, auth and user routes. Columns: own, other, missing. */
final class AccountRows {
    private AccountRows() {
    }

    static List<Row> all() {
        return List.of(
                row("GET", "/health", """
                        anonymous   200 - -
                        non_member  200 - -
                        member      200 - -
                        moderator   200 - -
                        owner       200 - -
                        """),
                row("GET", "/ready", """
                        anonymous   200 - -
                        non_member  200 - -
                        member      200 - -
                        moderator   200 - -
                        owner       200 - -
                        """),
                row("GET", "/api/v1/openapi.json", """
                        anonymous   200 - -
                        non_member  200 - -
                        member      200 - -
                        moderator   200 - -
                        owner       200 - -
                        """),
                row("GET", "/api/v1/gateway", """
                        anonymous   200 - -
                        non_member  200 - -
                        member      200 - -
                        moderator   200 - -
                        owner       200 - -
                        """),
                row("POST", "/api/v1/auth/register", """
                        anonymous   201 - -
                        non_member  201 - -
                        member      201 - -
                        moderator   201 - -
                        owner       201 - -
                        """).body(c -> Map.of("username", Api.uniqueName("reg"), "display_name", "R", "password", Api.PASSWORD)),
                row("POST", "/api/v1/auth/login", """
                        anonymous   200 - -
                        non_member  200 - -
                        member      200 - -
                        moderator   200 - -
                        owner       200 - -
                        """).body(c -> Map.of("login", c.accountOrMember().username(), "password", Api.PASSWORD)),
                row("POST", "/api/v1/auth/refresh", """
                        anonymous   200 - -
                        non_member  200 - -
                        member      200 - -
                        moderator   200 - -
                        owner       200 - -
                        """).body(c -> Map.of("refresh_token", c.world.api.login(c.accountOrMember()).refreshToken())),
                row("POST", "/api/v1/auth/logout", """
                        anonymous   401 - -
                        non_member  204 - -
                        member      204 - -
                        moderator   204 - -
                        owner       204 - -
                        """).freshSession(),
                row("GET", "/api/v1/auth/sessions", """
                        anonymous   401 - -
                        non_member  200 - -
                        member      200 - -
                        moderator   200 - -
                        owner       200 - -
                        """),
                row("DELETE", "/api/v1/auth/sessions/{sid}", """
                        anonymous   401 401 401
                        non_member  204 404 404
                        member      204 404 404
                        moderator   204 404 404
                        owner       204 404 404
                        """),
                row("POST", "/api/v1/auth/sessions/revoke-others", """
                        anonymous   401 - -
                        non_member  204 - -
                        member      204 - -
                        moderator   204 - -
                        owner       204 - -
                        """),
                row("POST", "/api/v1/auth/password", """
                        anonymous   401 - -
                        non_member  204 - -
                        member      204 - -
                        moderator   204 - -
                        owner       204 - -
                        """).body(c -> Map.of("current_password", Api.PASSWORD, "new_password", Api.PASSWORD)),
                row("GET", "/api/v1/users/@me", """
                        anonymous   401 - -
                        non_member  200 - -
                        member      200 - -
                        moderator   200 - -
                        owner       200 - -
                        """),
                row("PATCH", "/api/v1/users/@me", """
                        anonymous   401 - -
                        non_member  200 - -
                        member      200 - -
                        moderator   200 - -
                        owner       200 - -
                        """).body(c -> Map.of("bio", "cell")),
                row("DELETE", "/api/v1/users/@me", """
                        anonymous   401 - -
                        non_member  204 - -
                        member      204 - -
                        moderator   204 - -
                        owner       409 - -
                        """).disposableActor().body(c -> Map.of("password", Api.PASSWORD)),
                row("GET", "/api/v1/users/by-username/{username}", """
                        anonymous   401 401 401
                        non_member  200 200 404
                        member      200 200 404
                        moderator   200 200 404
                        owner       200 200 404
                        """),
                row("GET", "/api/v1/users/{uid}", """
                        anonymous   401 401 401
                        non_member  200 200 404
                        member      200 200 404
                        moderator   200 200 404
                        owner       200 200 404
                        """));
    }
}
