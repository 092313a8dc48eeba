/**
 * Accounts and sessions: registration, login, token issue and rotation, logout and revocation.
 *
 * <p>Contracts: passwords are stored only as Argon2id hashes; access tokens are short-lived ES256
 * JWTs that name their session, and a token of a revoked session is refused at once; refresh
 * tokens are opaque, stored as SHA-256 hashes, single-use, and replaying a spent one revokes its
 * whole session. Login answers the same way, after the same hashing work, whether or not the
 * account exists, and is rate limited per account and per IP.
 */
package dev.parley.core.auth;
