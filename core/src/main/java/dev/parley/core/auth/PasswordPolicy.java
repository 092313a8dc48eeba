package dev.parley.core.auth;

import dev.parley.core.Failure;
import dev.parley.protocol.error.ErrorCode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Passwords are 10 to 256 characters and not in the bundled list of common passwords
 * ({@code common-passwords.txt}: the entries of 10 or more characters of the zxcvbn-ts common
 * password list, MIT licence), compared case-insensitively.
 */
public final class PasswordPolicy {
    public static final int MIN_LENGTH = 10;
    public static final int MAX_LENGTH = 256;
    private static final Set<String> COMMON = load();

    private PasswordPolicy() {
    }

    /** @throws Failure PASSWORD_TOO_WEAK (or VALIDATION_FAILED when missing) */
    public static void check(String field, String password) {
        if (password == null) {
            throw Failure.invalid(field, "is required");
        }
        int length = password.codePointCount(0, password.length());
        if (length < MIN_LENGTH || length > MAX_LENGTH) {
            throw Failure.of(ErrorCode.PASSWORD_TOO_WEAK,
                    field + ": must be " + MIN_LENGTH + " to " + MAX_LENGTH + " characters");
        }
        if (COMMON.contains(password.toLowerCase(Locale.ROOT))) {
            throw Failure.of(ErrorCode.PASSWORD_TOO_WEAK, field + ": is one of the most common passwords");
        }
    }

    static int commonCount() {
        return COMMON.size();
    }

    private static Set<String> load() {
        try (InputStream in = PasswordPolicy.class.getResourceAsStream("common-passwords.txt")) {
            if (in == null) {
                throw new IllegalStateException("common-passwords.txt missing from the classpath");
            }
            return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines()
                    .map(String::strip).filter(s -> !s.isEmpty())
                    .map(s -> s.toLowerCase(Locale.ROOT))
                    .collect(Collectors.toUnmodifiableSet());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
