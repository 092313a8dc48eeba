package dev.parley.protocol.community;

import dev.parley.protocol.Id;

/** Sets a channel's overwrite for one role or member ({@code type}: role or member). */
public record PutOverwriteRequest(String type, @Id Long allow, @Id Long deny) {
}
