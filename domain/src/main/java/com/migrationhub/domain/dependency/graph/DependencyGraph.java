package com.migrationhub.domain.dependency.graph;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jgrapht.Graph;
import org.jgrapht.graph.AsUnmodifiableGraph;
import org.jgrapht.graph.DirectedMultigraph;

/**
 * The dependency graph of an estate: nodes are endpoints (inventory servers first, ordered by
 * server id, then external endpoints ordered by key), edges aggregate all traffic from a caller
 * to a callee and say whether it is a hard or a soft dependency and why. Every inventory server
 * is a node, with or without traffic.
 *
 * <p>Two views: objects ({@link #endpoints()}, {@link #edges()}, {@link #asGraph()} for JGraphT
 * algorithms) and compact arrays behind index methods ({@link #source(int)},
 * {@link #outEdge(int, int)}...) for the engines that walk large graphs. Immutable.
 */
public final class DependencyGraph {

    /**
     * How the connection rows' endpoints resolved. Counts are of endpoints as they occur in rows
     * (two per row).
     *
     * @param rows              connection rows read
     * @param byName            endpoints resolved to an inventory server by name
     * @param byIp              by an IP the inventory knows
     * @param byIpam            through the IP address plan
     * @param external          left external
     * @param externalEndpoints distinct external endpoints (nodes)
     * @param selfConnections   rows from a server to itself, left out of the graph
     */
    public record Resolution(long rows, long byName, long byIp, long byIpam, long external, int externalEndpoints,
            long selfConnections) {
    }

    /**
     * A server detected as a shared service by the shape of the graph.
     *
     * @param node         its node
     * @param inbound      true when many servers call it; false when it calls many
     * @param servers      how many inventory servers call it (or it calls)
     * @param sharePercent those as a percentage of the active servers
     * @param applications the distinct applications among them
     */
    public record Hub(int node, boolean inbound, int servers, double sharePercent, int applications) {
        /** "412 servers call it (38 % of active servers, 57 applications)". */
        public String describe() {
            String share = sharePercent >= 10 ? String.valueOf(Math.round(sharePercent))
                    : String.format(java.util.Locale.ROOT, "%.1f", sharePercent);
            return (inbound ? servers + " servers call it" : "it calls " + servers + " servers") + " (" + share
                    + " % of active servers, " + applications + " applications)";
        }
    }

    private final List<Endpoint> endpoints;
    private final int serverCount;
    private final Map<Long, Integer> nodeByServerId;
    private final List<DependencyEdge> edges;
    private final int[] src;
    private final int[] dst;
    private final boolean[] hard;
    private final long[] slots;
    private final long[] connections;
    private final int[] outStart;
    private final int[] outEdges;
    private final int[] inStart;
    private final int[] inEdges;
    private final Resolution resolution;
    private final List<Hub> hubs;
    private final int activeServers;
    private volatile Graph<Integer, DependencyEdge> jgrapht;

    DependencyGraph(List<Endpoint> endpoints, int serverCount, List<DependencyEdge> edges, Resolution resolution,
            List<Hub> hubs, int activeServers) {
        this.endpoints = List.copyOf(endpoints);
        this.serverCount = serverCount;
        this.edges = List.copyOf(edges);
        this.resolution = resolution;
        this.hubs = List.copyOf(hubs);
        this.activeServers = activeServers;
        this.nodeByServerId = new HashMap<>(serverCount * 2);
        for (int i = 0; i < serverCount; i++) {
            nodeByServerId.put(endpoints.get(i).server().id(), i);
        }
        int m = edges.size();
        int n = endpoints.size();
        src = new int[m];
        dst = new int[m];
        hard = new boolean[m];
        slots = new long[m];
        connections = new long[m];
        outStart = new int[n + 1];
        inStart = new int[n + 1];
        for (int e = 0; e < m; e++) {
            DependencyEdge d = edges.get(e);
            src[e] = d.source();
            dst[e] = d.target();
            hard[e] = d.isHard();
            slots[e] = d.slots();
            connections[e] = d.connections();
            outStart[src[e] + 1]++;
            inStart[dst[e] + 1]++;
        }
        for (int i = 0; i < n; i++) {
            outStart[i + 1] += outStart[i];
            inStart[i + 1] += inStart[i];
        }
        outEdges = new int[m];
        inEdges = new int[m];
        int[] o = java.util.Arrays.copyOf(outStart, n);
        int[] in = java.util.Arrays.copyOf(inStart, n);
        for (int e = 0; e < m; e++) {
            outEdges[o[src[e]]++] = e;
            inEdges[in[dst[e]]++] = e;
        }
    }

    /** All nodes, by index. */
    public List<Endpoint> endpoints() {
        return endpoints;
    }

    public Endpoint endpoint(int node) {
        return endpoints.get(node);
    }

    public int nodeCount() {
        return endpoints.size();
    }

    /** Nodes 0 to serverCount - 1 are the inventory servers, by ascending id. */
    public int serverCount() {
        return serverCount;
    }

    public boolean isServer(int node) {
        return node < serverCount;
    }

    /** The node of an inventory server, -1 when the graph does not have it. */
    public int nodeOf(long serverId) {
        Integer n = nodeByServerId.get(serverId);
        return n == null ? -1 : n;
    }

    /** The inventory server of a node, null for an external endpoint. */
    public DependencyServer server(int node) {
        return endpoints.get(node).server();
    }

    /** All edges, ordered by caller node then callee node. */
    public List<DependencyEdge> edges() {
        return edges;
    }

    public int edgeCount() {
        return src.length;
    }

    public DependencyEdge edge(int e) {
        return edges.get(e);
    }

    /** The edge from one node to another, or null. Cost: O(out-degree). */
    public DependencyEdge edge(int sourceNode, int targetNode) {
        for (int i = outStart[sourceNode]; i < outStart[sourceNode + 1]; i++) {
            if (dst[outEdges[i]] == targetNode) {
                return edges.get(outEdges[i]);
            }
        }
        return null;
    }

    public int source(int e) {
        return src[e];
    }

    public int target(int e) {
        return dst[e];
    }

    public boolean isHard(int e) {
        return hard[e];
    }

    public long slots(int e) {
        return slots[e];
    }

    public long connections(int e) {
        return connections[e];
    }

    public int outDegree(int node) {
        return outStart[node + 1] - outStart[node];
    }

    /** The i-th edge leaving a node (0 &lt;= i &lt; outDegree), ordered by callee. */
    public int outEdge(int node, int i) {
        return outEdges[outStart[node] + i];
    }

    public int inDegree(int node) {
        return inStart[node + 1] - inStart[node];
    }

    /** The i-th edge entering a node (0 &lt;= i &lt; inDegree), ordered by caller. */
    public int inEdge(int node, int i) {
        return inEdges[inStart[node] + i];
    }

    public Resolution resolution() {
        return resolution;
    }

    /** The servers detected as hubs (by node), inbound before outbound. */
    public List<Hub> hubs() {
        return hubs;
    }

    /** Inventory servers seen in at least one connection (the base of the hub share). */
    public int activeServers() {
        return activeServers;
    }

    public long hardEdgeCount() {
        long c = 0;
        for (boolean h : hard) {
            if (h) {
                c++;
            }
        }
        return c;
    }

    /**
     * The graph as a JGraphT directed graph: vertices are node indices, edges the
     * {@link DependencyEdge}s. Built on first use (O(nodes + edges)), then shared; unmodifiable.
     */
    public Graph<Integer, DependencyEdge> asGraph() {
        Graph<Integer, DependencyEdge> g = jgrapht;
        if (g == null) {
            DirectedMultigraph<Integer, DependencyEdge> m = new DirectedMultigraph<>(null, null, false);
            for (int i = 0; i < endpoints.size(); i++) {
                m.addVertex(i);
            }
            for (DependencyEdge e : edges) {
                m.addEdge(e.source(), e.target(), e);
            }
            g = new AsUnmodifiableGraph<>(m);
            jgrapht = g;
        }
        return g;
    }
}
