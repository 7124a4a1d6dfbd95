package com.migrationhub.domain.dependency.groups;

import com.migrationhub.domain.dependency.graph.DependencyGraph;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The move groups of an estate: the groups (sorted by name), their hard dependencies on each
 * other, the server-level edges behind them, and warnings (an oversized application kept whole,
 * a pin naming an unknown server). Immutable.
 */
public final class MoveGroups {
    private final DependencyGraph graph;
    private final GroupingOptions options;
    private final List<MoveGroup> groups;
    private final List<GroupDependency> dependencies;
    private final List<GroupLink> links;
    private final List<String> warnings;
    private final Map<String, MoveGroup> byName = new HashMap<>();
    private final Map<Long, MoveGroup> byServer = new HashMap<>();

    public MoveGroups(DependencyGraph graph, GroupingOptions options, List<MoveGroup> groups,
            List<GroupDependency> dependencies, List<GroupLink> links, List<String> warnings) {
        this.graph = graph;
        this.options = options;
        this.groups = List.copyOf(groups);
        this.dependencies = List.copyOf(dependencies);
        this.links = List.copyOf(links);
        this.warnings = List.copyOf(warnings);
        for (MoveGroup g : this.groups) {
            byName.put(g.name().toLowerCase(Locale.ROOT), g);
            for (Long id : g.serverIds()) {
                byServer.put(id, g);
            }
        }
    }

    /** The graph the groups were computed from (may be null for groups built by hand in tests). */
    public DependencyGraph graph() {
        return graph;
    }

    public GroupingOptions options() {
        return options;
    }

    /** All groups, by name (case-insensitive, then exact). */
    public List<MoveGroup> groups() {
        return groups;
    }

    /** A group by name (case-insensitive), or null. */
    public MoveGroup group(String name) {
        return name == null ? null : byName.get(name.toLowerCase(Locale.ROOT));
    }

    /** The group of a server, or null when the server is not in the graph. */
    public MoveGroup groupOf(long serverId) {
        return byServer.get(serverId);
    }

    /** Group-to-group hard dependencies, by consumer then provider. */
    public List<GroupDependency> dependencies() {
        return dependencies;
    }

    /** Every hard server-to-server edge between different groups, in graph edge order. */
    public List<GroupLink> links() {
        return links;
    }

    public List<String> warnings() {
        return warnings;
    }
}
