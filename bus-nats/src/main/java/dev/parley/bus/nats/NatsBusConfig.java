package dev.parley.bus.nats;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Where a node's bus meets the others: the NATS server URL(s), comma-separated
 * ({@code nats://10.0.0.5:4222,nats://10.0.0.6:4222}); the subject prefix that keeps clusters
 * sharing one NATS apart; and the node id, shown as the NATS connection name.
 */
public record NatsBusConfig(String url, String subjectPrefix, String nodeId) {
    private static final Pattern SUBJECT_TOKENS = Pattern.compile("[A-Za-z0-9_-]+(\\.[A-Za-z0-9_-]+)*");

    public NatsBusConfig {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(nodeId, "nodeId");
        if (url.isBlank()) {
            throw new IllegalArgumentException("the NATS URL is empty");
        }
        if (!isSubjectPrefix(subjectPrefix)) {
            throw new IllegalArgumentException("a subject prefix is dot-separated tokens of letters, digits, '_' and '-': "
                    + subjectPrefix);
        }
    }

    /** Whether {@code prefix} may start subjects: dot-separated tokens of letters, digits, '_' and '-'. */
    public static boolean isSubjectPrefix(String prefix) {
        return SUBJECT_TOKENS.matcher(prefix).matches();
    }

    /** The subject that carries ephemeral signals (typing). */
    String signalSubject() {
        return subjectPrefix + ".signal";
    }

    /** The subject that carries log-position doorbells. */
    String logSubject() {
        return subjectPrefix + ".log";
    }
}
