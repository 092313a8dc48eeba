package dev.parley.protocol.user;

/** The caller's privacy settings. */
public record SettingsView(boolean dmsFromStrangers, boolean readReceipts) {
}
