package dev.parley.protocol.community;

import dev.parley.protocol.Id;

/** A permission overwrite: {@code type} is role or member; allow and deny are decimal bit fields. */
public record OverwriteView(@Id long targetId, String type, @Id long allow, @Id long deny) {
}
