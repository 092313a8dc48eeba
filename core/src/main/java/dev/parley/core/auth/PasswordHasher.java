package dev.parley.core.auth;

import dev.parley.core.Failure;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.bouncycastle.crypto.generators.Argon2BytesGenerator;
import org.bouncycastle.crypto.params.Argon2Parameters;

/**
 * Argon2id password hashing in the PHC string format
 * ({@code $argon2id$v=19$m=19456,t=2,p=1$salt$hash}). Verification reads the parameters from the
 * stored string, so raising the cost later keeps old hashes valid.
 *
 * <p>Each derivation holds {@code m} KiB of memory, so at most a fixed number run at once
 * (max(2, processors)); the rest queue fairly for up to {@link #MAX_WAIT} and then fail with
 * RATE_LIMITED, so a burst of logins or registrations cannot exhaust the heap.
 */
public final class PasswordHasher {
    private static final int SALT_BYTES = 16;
    private static final int HASH_BYTES = 32;
    private static final Base64.Encoder B64 = Base64.getEncoder().withoutPadding();
    private static final Base64.Decoder B64D = Base64.getDecoder();
    static final Duration MAX_WAIT = Duration.ofSeconds(10);

    private final int memoryKib;
    private final int iterations;
    private final int parallelism;
    private final SecureRandom random = new SecureRandom();
    private final Semaphore slots;
    private final Duration maxWait;
    private final String dummyHash;

    public PasswordHasher(int memoryKib, int iterations, int parallelism) {
        this(memoryKib, iterations, parallelism,
                new Semaphore(Math.max(2, Runtime.getRuntime().availableProcessors()), true), MAX_WAIT);
    }

    /** For tests: the slots hashing runs in and how long a caller waits for one. */
    PasswordHasher(int memoryKib, int iterations, int parallelism, Semaphore slots, Duration maxWait) {
        this.memoryKib = memoryKib;
        this.iterations = iterations;
        this.parallelism = parallelism;
        this.slots = slots;
        this.maxWait = maxWait;
        this.dummyHash = hash("parley-timing-equalizer");
    }

    /** @throws Failure RATE_LIMITED when no hashing slot frees up in time */
    public String hash(String password) {
        byte[] salt = new byte[SALT_BYTES];
        random.nextBytes(salt);
        byte[] hash = derive(password, salt, memoryKib, iterations, parallelism, HASH_BYTES);
        return "$argon2id$v=19$m=" + memoryKib + ",t=" + iterations + ",p=" + parallelism
                + "$" + B64.encodeToString(salt) + "$" + B64.encodeToString(hash);
    }

    /**
     * True if {@code password} matches {@code phc}; false for a malformed or null hash.
     *
     * @throws Failure RATE_LIMITED when no hashing slot frees up in time
     */
    public boolean verify(String password, String phc) {
        if (phc == null) {
            return false;
        }
        String[] parts = phc.split("\\$");
        if (parts.length != 6 || !parts[1].equals("argon2id") || !parts[2].equals("v=19")) {
            return false;
        }
        try {
            int m = 0;
            int t = 0;
            int p = 0;
            for (String param : parts[3].split(",")) {
                String[] kv = param.split("=", 2);
                int value = Integer.parseInt(kv[1]);
                switch (kv[0]) {
                    case "m" -> m = value;
                    case "t" -> t = value;
                    case "p" -> p = value;
                    default -> {
                        return false;
                    }
                }
            }
            byte[] salt = B64D.decode(parts[4]);
            byte[] expected = B64D.decode(parts[5]);
            byte[] actual = derive(password, salt, m, t, p, expected.length);
            return MessageDigest.isEqual(expected, actual);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** Spends the same work as a real verification, for accounts that do not exist. */
    public void verifyNothing(String password) {
        verify(password, dummyHash);
    }

    private byte[] derive(String password, byte[] salt, int m, int t, int p, int length) {
        try {
            if (!slots.tryAcquire(maxWait.toMillis(), TimeUnit.MILLISECONDS)) {
                throw busy();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw busy();
        }
        try {
            return argon2(password, salt, m, t, p, length);
        } finally {
            slots.release();
        }
    }

    private static Failure busy() {
        // A slot frees up as soon as any running derivation ends, so a second is a fair retry hint.
        return Failure.rateLimited(1, "The server is busy hashing passwords; retry shortly.");
    }

    private static byte[] argon2(String password, byte[] salt, int m, int t, int p, int length) {
        Argon2Parameters params = new Argon2Parameters.Builder(Argon2Parameters.ARGON2_id)
                .withVersion(Argon2Parameters.ARGON2_VERSION_13)
                .withMemoryAsKB(m)
                .withIterations(t)
                .withParallelism(p)
                .withSalt(salt)
                .build();
        Argon2BytesGenerator generator = new Argon2BytesGenerator();
        generator.init(params);
        byte[] out = new byte[length];
        generator.generateBytes(password.getBytes(StandardCharsets.UTF_8), out);
        return out;
    }
}
