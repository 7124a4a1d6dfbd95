package com.migrationhub.domain.dependency.export;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A directed graph as the exports see it: nodes with an id, a label, typed attributes and an
 * optional position, and edges between node ids with typed attributes. Built once through
 * {@link #builder()}, which checks what every format needs: unique node ids, edges between known
 * nodes, and one type per attribute name (per nodes and per edges). Attribute names keep the order
 * in which they first appear, so the files come out the same for the same input.
 */
public final class ExportGraph {
    private final String name;
    private final List<Node> nodes;
    private final List<Edge> edges;
    private final Map<String, AttributeValue.Type> nodeAttributes;
    private final Map<String, AttributeValue.Type> edgeAttributes;

    /** A node. {@code x}/{@code y} are NaN when the node has no position. */
    public record Node(String id, String label, Map<String, AttributeValue> attributes, double x, double y) {
        public Node {
            Objects.requireNonNull(id, "id");
            label = label == null ? id : label;
            attributes = Collections.unmodifiableMap(new LinkedHashMap<>(attributes));
        }

        public boolean hasPosition() {
            return Double.isFinite(x) && Double.isFinite(y);
        }
    }

    public record Edge(String source, String target, Map<String, AttributeValue> attributes) {
        public Edge {
            Objects.requireNonNull(source, "source");
            Objects.requireNonNull(target, "target");
            attributes = Collections.unmodifiableMap(new LinkedHashMap<>(attributes));
        }
    }

    private ExportGraph(Builder b) {
        this.name = b.name;
        this.nodes = List.copyOf(b.nodes);
        this.edges = List.copyOf(b.edges);
        this.nodeAttributes = Collections.unmodifiableMap(new LinkedHashMap<>(b.nodeAttributes));
        this.edgeAttributes = Collections.unmodifiableMap(new LinkedHashMap<>(b.edgeAttributes));
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The graph's name, written where a format has one; "dependencies" unless set. */
    public String name() {
        return name;
    }

    public List<Node> nodes() {
        return nodes;
    }

    public List<Edge> edges() {
        return edges;
    }

    /** Every node attribute name with its type, in order of first appearance. */
    public Map<String, AttributeValue.Type> nodeAttributes() {
        return nodeAttributes;
    }

    /** Every edge attribute name with its type, in order of first appearance. */
    public Map<String, AttributeValue.Type> edgeAttributes() {
        return edgeAttributes;
    }

    /** Collects nodes and edges; not thread-safe. */
    public static final class Builder {
        /** Names the writers use themselves. */
        private static final Set<String> RESERVED_NODE = Set.of("id", "label", "x", "y", "pos");
        private static final Set<String> RESERVED_EDGE = Set.of("id", "source", "target");

        private String name = "dependencies";
        private final List<Node> nodes = new ArrayList<>();
        private final List<Edge> edges = new ArrayList<>();
        private final Set<String> ids = new HashSet<>();
        private final Map<String, AttributeValue.Type> nodeAttributes = new LinkedHashMap<>();
        private final Map<String, AttributeValue.Type> edgeAttributes = new LinkedHashMap<>();

        private Builder() {
        }

        public Builder name(String graphName) {
            this.name = Objects.requireNonNull(graphName, "name");
            return this;
        }

        /** Adds a node without position. */
        public Builder node(String id, String label, Map<String, AttributeValue> attributes) {
            return node(id, label, attributes, Double.NaN, Double.NaN);
        }

        /**
         * Adds a node at a position (NaN for none).
         *
         * @throws IllegalArgumentException on a duplicate id, a reserved attribute name (id,
         *         label, x, y, pos) or an attribute whose type differs from earlier nodes'
         */
        public Builder node(String id, String label, Map<String, AttributeValue> attributes, double x, double y) {
            Node node = new Node(id, label, attributes, x, y);
            if (!ids.add(id)) {
                throw new IllegalArgumentException("duplicate node id '" + id + "'");
            }
            register(nodeAttributes, node.attributes(), RESERVED_NODE, "node " + id);
            nodes.add(node);
            return this;
        }

        /**
         * Adds an edge between nodes added before.
         *
         * @throws IllegalArgumentException on an unknown node, a reserved attribute name (id,
         *         source, target) or an attribute whose type differs from earlier edges'
         */
        public Builder edge(String source, String target, Map<String, AttributeValue> attributes) {
            Edge edge = new Edge(source, target, attributes);
            if (!ids.contains(source) || !ids.contains(target)) {
                throw new IllegalArgumentException("edge " + source + " -> " + target + " refers to an unknown node");
            }
            register(edgeAttributes, edge.attributes(), RESERVED_EDGE, "edge " + source + " -> " + target);
            edges.add(edge);
            return this;
        }

        private static void register(Map<String, AttributeValue.Type> schema, Map<String, AttributeValue> attributes,
                Set<String> reserved, String where) {
            for (Map.Entry<String, AttributeValue> a : attributes.entrySet()) {
                String key = Objects.requireNonNull(a.getKey(), "attribute name");
                Objects.requireNonNull(a.getValue(), "value of " + key);
                if (reserved.contains(key)) {
                    throw new IllegalArgumentException(where + ": attribute name '" + key + "' is reserved");
                }
                AttributeValue.Type known = schema.putIfAbsent(key, a.getValue().type());
                if (known != null && known != a.getValue().type()) {
                    throw new IllegalArgumentException(where + ": attribute '" + key + "' is " + a.getValue().type()
                            + " but was " + known + " before");
                }
            }
        }

        public ExportGraph build() {
            return new ExportGraph(this);
        }
    }
}
