package dev.parley.protocol.community;

import dev.parley.protocol.Id;

/** Creates a role below the caller's highest role, granting only permissions the caller has. */
public record CreateRoleRequest(String name, Integer color, Integer position, @Id Long permissions) {
}
