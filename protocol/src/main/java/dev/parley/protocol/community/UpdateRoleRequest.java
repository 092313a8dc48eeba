package dev.parley.protocol.community;

import dev.parley.protocol.Id;

/** Changes the fields given. */
public record UpdateRoleRequest(String name, Integer color, Integer position, @Id Long permissions) {
}
