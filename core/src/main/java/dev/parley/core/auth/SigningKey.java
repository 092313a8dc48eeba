package dev.parley.core.auth;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.text.ParseException;
import java.util.Optional;
import java.util.UUID;
import java.time.InstantSource;
import dev.parley.store.Storage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The server's token signing key: an EC P-256 key pair (ES256), generated on first start. A single
 * node keeps it as a JWK in the data directory, readable only by its owner ({@link #loadOrCreate});
 * the nodes of a cluster keep it in their shared database ({@link #shared}), so that none needs a
 * copy of another's file.
 */
public final class SigningKey {
    public static final String FILE_NAME = "jwt-signing-key.json";
    private static final Logger log = LoggerFactory.getLogger(SigningKey.class);

    private SigningKey() {
    }

    /**
     * The key in the database: the one stored, or else this node's file's (so a cluster that copied
     * the file keeps its tokens valid), or else a new one; the first node to store one wins and
     * every node uses what is stored. A file that differs from the stored key is ignored.
     */
    public static ECKey shared(Storage storage, Path dataDir, InstantSource clock) {
        Optional<String> stored = storage.read(tx -> tx.signingKeys().current());
        Path file = dataDir.resolve(FILE_NAME);
        if (stored.isEmpty()) {
            String candidate = Files.exists(file) ? loadOrCreate(dataDir).toJSONString() : generate().toJSONString();
            stored = Optional.of(storage.write(tx -> tx.signingKeys().putIfAbsent(candidate, clock.instant())));
        }
        ECKey key = parse(stored.get(), "the signing key stored in the database");
        if (Files.exists(file) && !loadOrCreate(dataDir).getKeyID().equals(key.getKeyID())) {
            log.warn("{} differs from the signing key in the database; the database's is used", file);
        }
        return key;
    }

    public static ECKey loadOrCreate(Path dataDir) {
        Path file = dataDir.resolve(FILE_NAME);
        try {
            Files.createDirectories(dataDir);
            if (!Files.exists(file)) {
                ECKey key = generate();
                try {
                    Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
                    Files.writeString(file, key.toJSONString(), StandardCharsets.UTF_8, StandardOpenOption.TRUNCATE_EXISTING);
                    return key;
                } catch (FileAlreadyExistsException raced) {
                    // another process created it first: use theirs
                }
            }
            return parse(Files.readString(file, StandardCharsets.UTF_8), file.toString());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read or write " + file, e);
        }
    }

    private static ECKey generate() {
        try {
            return new ECKeyGenerator(Curve.P_256).keyID(UUID.randomUUID().toString()).generate();
        } catch (JOSEException e) {
            throw new IllegalStateException("cannot generate a signing key", e);
        }
    }

    private static ECKey parse(String jwk, String where) {
        try {
            ECKey key = ECKey.parse(jwk);
            if (!key.isPrivate()) {
                throw new IllegalStateException(where + " holds no private key");
            }
            return key;
        } catch (ParseException e) {
            throw new IllegalStateException(where + " is not a valid EC JWK", e);
        }
    }
}
