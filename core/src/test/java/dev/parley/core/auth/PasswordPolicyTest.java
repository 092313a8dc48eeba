package dev.parley.core.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.core.Failure;
import dev.parley.protocol.error.ErrorCode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class PasswordPolicyTest {
    @Test
    void the_bundled_list_is_loaded() {
        assertThat(PasswordPolicy.commonCount()).isGreaterThan(1000);
    }

    @ParameterizedTest
    @ValueSource(strings = {"short", "nine char", "qwertyuiop", "1234567890", "QWERTYUIOP", "iloveyou12"})
    void refuses_short_and_common_passwords(String password) {
        assertThatThrownBy(() -> PasswordPolicy.check("password", password))
                .isInstanceOfSatisfying(Failure.class, f -> assertThat(f.code()).isEqualTo(ErrorCode.PASSWORD_TOO_WEAK));
    }

    @Test
    void refuses_overlong_and_missing_passwords() {
        assertThatThrownBy(() -> PasswordPolicy.check("password", "x".repeat(257))).isInstanceOf(Failure.class);
        assertThatThrownBy(() -> PasswordPolicy.check("password", null))
                .isInstanceOfSatisfying(Failure.class, f -> assertThat(f.code()).isEqualTo(ErrorCode.VALIDATION_FAILED));
    }

    @Test
    void accepts_long_uncommon_passwords() {
        assertThatCode(() -> PasswordPolicy.check("password", "violet submarine 42")).doesNotThrowAnyException();
    }
}
