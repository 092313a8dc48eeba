package dev.parley.core.auth;

import dev.parley.domain.session.RefreshToken;
import dev.parley.domain.session.Session;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.Base64;
import java.util.HexFormat;

/**
 * Makes refresh tokens: 32 random bytes, base64url. Only the SHA-256 hash is stored, so a database
 * leak does not leak usable tokens. Each token lives {@code ttl} from its issue (rotation slides it).
 */
final class RefreshTokens {
    private final Duration ttl;
    private final InstantSource clock;
    private final SecureRandom random = new SecureRandom();

    RefreshTokens(Duration ttl, InstantSource clock) {
        this.ttl = ttl;
        this.clock = clock;
    }

    Issued issue(Session session) {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        String secret = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        Instant now = clock.instant();
        return new Issued(secret, new RefreshToken(hash(secret), session.id(), session.userId(), now, now.plus(ttl), null));
    }

    static String hash(String secret) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The secret goes to the client once; the token row goes to the store. */
    record Issued(String secret, RefreshToken token) {
    }
}
