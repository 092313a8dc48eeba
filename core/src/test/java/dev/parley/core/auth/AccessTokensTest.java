package dev.parley.core.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import dev.parley.core.Failure;
import dev.parley.core.MutableClock;
import dev.parley.protocol.error.ErrorCode;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class AccessTokensTest {
    private final MutableClock clock = new MutableClock(Instant.parse("2026-06-01T12:00:00Z"));

    private static ECKey key() throws Exception {
        return new ECKeyGenerator(Curve.P_256).keyID("k").generate();
    }

    private static void assertCode(Runnable action, ErrorCode code) {
        assertThatThrownBy(action::run).isInstanceOfSatisfying(Failure.class, f -> assertThat(f.code()).isEqualTo(code));
    }

    @Test
    void a_fresh_token_names_its_user_and_session() throws Exception {
        AccessTokens tokens = new AccessTokens(key(), "http://a", Duration.ofMinutes(15), clock);
        assertThat(tokens.verify(tokens.issue(42, 7))).isEqualTo(new AccessTokens.Claims(42, 7));
    }

    @Test
    void an_expired_token_is_refused_as_expired() throws Exception {
        AccessTokens tokens = new AccessTokens(key(), "http://a", Duration.ofMinutes(15), clock);
        String token = tokens.issue(42, 7);
        clock.advance(Duration.ofMinutes(15));
        assertCode(() -> tokens.verify(token), ErrorCode.TOKEN_EXPIRED);
    }

    @Test
    void a_token_verified_before_still_expires() throws Exception {
        AccessTokens tokens = new AccessTokens(key(), "http://a", Duration.ofMinutes(15), clock);
        String token = tokens.issue(42, 7);
        assertThat(tokens.verify(token)).isEqualTo(new AccessTokens.Claims(42, 7));
        clock.advance(Duration.ofMinutes(14));
        assertThat(tokens.verify(token)).isEqualTo(new AccessTokens.Claims(42, 7));
        clock.advance(Duration.ofMinutes(1));
        assertCode(() -> tokens.verify(token), ErrorCode.TOKEN_EXPIRED);
    }

    @Test
    void tokens_signed_by_another_key_or_issuer_are_refused() throws Exception {
        AccessTokens ours = new AccessTokens(key(), "http://a", Duration.ofMinutes(15), clock);
        AccessTokens forger = new AccessTokens(key(), "http://a", Duration.ofMinutes(15), clock);
        assertCode(() -> ours.verify(forger.issue(42, 7)), ErrorCode.TOKEN_INVALID);

        ECKey shared = key();
        AccessTokens otherIssuer = new AccessTokens(shared, "http://b", Duration.ofMinutes(15), clock);
        AccessTokens sameKey = new AccessTokens(shared, "http://a", Duration.ofMinutes(15), clock);
        assertCode(() -> sameKey.verify(otherIssuer.issue(42, 7)), ErrorCode.TOKEN_INVALID);
    }

    @Test
    void a_token_changed_after_signing_is_refused() throws Exception {
        AccessTokens tokens = new AccessTokens(key(), "http://a", Duration.ofMinutes(15), clock);
        String[] parts = tokens.issue(42, 7).split("\\.");
        String otherUser = Base64.getUrlEncoder().withoutPadding().encodeToString(
                new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8).replace("\"42\"", "\"43\"")
                        .getBytes(StandardCharsets.UTF_8));
        byte[] signature = Base64.getUrlDecoder().decode(parts[2]);
        signature[signature.length - 1] ^= 1;
        String flipped = Base64.getUrlEncoder().withoutPadding().encodeToString(signature);
        assertThat(otherUser).isNotEqualTo(parts[1]);

        assertCode(() -> tokens.verify(parts[0] + "." + otherUser + "." + parts[2]), ErrorCode.TOKEN_INVALID);
        assertCode(() -> tokens.verify(parts[0] + "." + parts[1] + "." + flipped), ErrorCode.TOKEN_INVALID);
        assertThat(tokens.verify(String.join(".", parts))).isEqualTo(new AccessTokens.Claims(42, 7));
    }

    @Test
    void garbage_and_unsigned_tokens_are_refused() throws Exception {
        AccessTokens tokens = new AccessTokens(key(), "http://a", Duration.ofMinutes(15), clock);
        assertCode(() -> tokens.verify("not a jwt"), ErrorCode.TOKEN_INVALID);
        assertCode(() -> tokens.verify(""), ErrorCode.TOKEN_INVALID);
        String header = Base64.getUrlEncoder().withoutPadding().encodeToString("{\"alg\":\"none\"}".getBytes(StandardCharsets.UTF_8));
        String body = Base64.getUrlEncoder().withoutPadding()
                .encodeToString("{\"sub\":\"42\",\"sid\":\"7\",\"iss\":\"http://a\",\"exp\":9999999999}".getBytes(StandardCharsets.UTF_8));
        assertCode(() -> tokens.verify(header + "." + body + "."), ErrorCode.TOKEN_INVALID);
    }
}
