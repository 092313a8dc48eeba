package dev.parley.store.sql;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;

/**
 * Where a PostgreSQL database is and who logs in: {@code jdbcUrl} for the driver, with the user
 * and password taken out of a libpq-style URL ({@code postgresql://user:secret@host:5432/parley})
 * because the JDBC driver does not read them there. A {@code jdbc:postgresql:} URL is used as
 * given (user and password may then be its {@code user} and {@code password} parameters).
 *
 * @param user null when the URL names none (the driver then asks for the OS user's name)
 * @param password null when the URL holds none
 */
record PostgresUrl(String jdbcUrl, String user, String password) {
    static final String JDBC = "jdbc:postgresql:";

    /** True for the URL forms {@link #parse} takes. */
    static boolean accepts(String url) {
        return url.startsWith(JDBC) || url.startsWith("postgresql://") || url.startsWith("postgres://");
    }

    /**
     * @throws IllegalArgumentException when {@code url} is not a PostgreSQL URL; the message never
     *     repeats the URL, which may hold a password
     */
    static PostgresUrl parse(String url) {
        if (url.startsWith(JDBC)) {
            return new PostgresUrl(url, null, null);
        }
        if (!accepts(url)) {
            throw new IllegalArgumentException("not a PostgreSQL URL: expected jdbc:postgresql://, postgresql:// or postgres://");
        }
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("malformed PostgreSQL URL (at index " + e.getIndex() + ")");
        }
        if (uri.getHost() == null) {
            throw new IllegalArgumentException("a PostgreSQL URL needs a host: postgresql://host[:port]/database");
        }
        String user = null;
        String password = null;
        if (uri.getRawUserInfo() != null) {
            String[] parts = uri.getRawUserInfo().split(":", 2);
            user = decode(parts[0]);
            password = parts.length > 1 ? decode(parts[1]) : null;
        }
        String host = uri.getHost() + (uri.getPort() < 0 ? "" : ":" + uri.getPort());
        String path = uri.getRawPath() == null ? "/" : uri.getRawPath();
        String query = uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery();
        return new PostgresUrl(JDBC + "//" + host + path + query, user, password);
    }

    /** Host, port and database only: safe to log. */
    String display() {
        int query = jdbcUrl.indexOf('?');
        return query < 0 ? jdbcUrl : jdbcUrl.substring(0, query);
    }

    @Override
    public String toString() {
        return "PostgresUrl[" + display() + ", user=" + user + "]";
    }

    private static String decode(String s) {
        return URLDecoder.decode(s, StandardCharsets.UTF_8);
    }
}
