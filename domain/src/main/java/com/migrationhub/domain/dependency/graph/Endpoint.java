package com.migrationhub.domain.dependency.graph;

/**
 * A node of the dependency graph: an inventory server, or an external endpoint (an address or
 * name no inventory server has), which is kept and shown, never dropped.
 *
 * @param node   its index in the graph: inventory servers first (by server id), then external
 *               endpoints (by key)
 * @param key    a stable key, the one user overrides name: {@code server:42} for an inventory
 *               server, {@code ip:10.1.2.3} or {@code name:partner.example.com} for an external one
 * @param server the inventory server, null for an external endpoint
 * @param label  the name to show (the server's name; for an external endpoint its name as first
 *               seen, else its IP)
 */
public record Endpoint(int node, String key, DependencyServer server, String label) {

    public boolean isExternal() {
        return server == null;
    }

    /** The key of an inventory server's node. */
    public static String serverKey(long serverId) {
        return "server:" + serverId;
    }
}
