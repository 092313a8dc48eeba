package dev.parley.protocol.user;

/** Changes the settings given. */
public record UpdateSettingsRequest(Boolean dmsFromStrangers, Boolean readReceipts) {
}
