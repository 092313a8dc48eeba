package dev.parley.server.config;

/**
 * This node's place in a cluster.
 *
 * @param id the node number put into generated ids, 0..1023; every node of a cluster needs its own
 */
public record NodeConfig(int id) {
    public NodeConfig {
        Check.between("node.id", id, 0, 1023);
    }

    public static NodeConfig defaults() {
        return new NodeConfig(0);
    }

    static NodeConfig read(ConfigSource in) {
        return new NodeConfig(in.integer("node.id", defaults().id));
    }
}
