package dev.parley.server.config;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * This node's place in a cluster.
 *
 * @param id the node number put into generated ids, 0..1023; every node of a cluster needs its own
 * @param roles what this node runs: {@code api}, {@code gateway} and/or {@code worker} (all three
 *     by default); {@code parley serve --roles api,gateway} overrides the config
 */
public record NodeConfig(int id, Set<Role> roles) {
    public NodeConfig {
        Check.between("node.id", id, 0, 1023);
        if (Check.present("node.roles", roles).isEmpty()) {
            throw new ConfigException("node.roles", "needs at least one of api, gateway, worker");
        }
        roles = Set.copyOf(EnumSet.copyOf(roles));
    }

    public static NodeConfig defaults() {
        return new NodeConfig(0, EnumSet.allOf(Role.class));
    }

    static NodeConfig read(ConfigSource in) {
        NodeConfig d = defaults();
        int id = in.integer("node.id", d.id);
        List<String> names = in.list("node.roles", d.roles.stream().sorted().map(Role::key).toList());
        List<Role> roles = new ArrayList<>();
        for (String name : names) {
            Role role = Role.of(name, "node.roles");
            if (roles.contains(role)) {
                throw new ConfigException("node.roles", "lists '" + role.key() + "' twice");
            }
            roles.add(role);
        }
        return new NodeConfig(id, roles.isEmpty() ? Set.of() : EnumSet.copyOf(roles));
    }

    public boolean runs(Role role) {
        return roles.contains(role);
    }
}
