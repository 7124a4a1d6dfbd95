package com.migrationhub.domain.dependency.graph;

import java.util.Map;
import java.util.TreeMap;

/**
 * The consultant's corrections to the hard/soft classification, which survive re-computation.
 * Precedence: an edge's own override, then the callee's server override, then the caller's; then
 * the rules and hub shape.
 *
 * @param edges   per edge, by the endpoints' keys ({@link Endpoint#key()}), caller then callee
 * @param servers per inventory server id: SOFT marks it a shared service (every edge to or from it
 *                is soft), HARD marks it an ordinary server (every edge to or from it is hard,
 *                whatever rule or hub shape says)
 */
public record DependencyOverrides(Map<EdgeKey, Strength> edges, Map<Long, Strength> servers) {

    public static final DependencyOverrides NONE = new DependencyOverrides(Map.of(), Map.of());

    public DependencyOverrides {
        edges = Map.copyOf(edges == null ? Map.of() : edges);
        servers = Map.copyOf(servers == null ? Map.of() : servers);
    }

    /** An edge override's key: the caller's and the callee's endpoint keys. */
    public record EdgeKey(String sourceKey, String destinationKey) {
    }

    public DependencyOverrides withEdge(String sourceKey, String destinationKey, Strength s) {
        Map<EdgeKey, Strength> m = new TreeMap<>(java.util.Comparator.comparing(EdgeKey::sourceKey)
                .thenComparing(EdgeKey::destinationKey));
        m.putAll(edges);
        m.put(new EdgeKey(sourceKey, destinationKey), s);
        return new DependencyOverrides(m, servers);
    }

    public DependencyOverrides withServer(long serverId, Strength s) {
        Map<Long, Strength> m = new TreeMap<>(servers);
        m.put(serverId, s);
        return new DependencyOverrides(edges, m);
    }
}
