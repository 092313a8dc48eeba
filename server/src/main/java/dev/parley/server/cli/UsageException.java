package dev.parley.server.cli;

/** Arguments that do not make a command. The message says what is wrong, in one line, without the usage text. */
public final class UsageException extends Exception {
    public UsageException(String message) {
        super(message);
    }
}
