package dev.parley.http.support;

/** A registered, logged-in user as tests hold it. Ids are the wire's decimal strings. */
public record Account(String id, String username, String password, String token, String refreshToken, String sessionId) {
    public Account withSession(String token, String refreshToken, String sessionId) {
        return new Account(id, username, password, token, refreshToken, sessionId);
    }
}
