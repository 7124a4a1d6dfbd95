package com.migrationhub.connectors.graph;

import com.migrationhub.domain.dependency.export.ExportGraph;
import com.migrationhub.domain.dependency.export.AttributeValue;
import com.migrationhub.domain.dependency.export.GraphExporter;

import java.io.IOException;
import java.io.Writer;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Writes GraphML 1.0 (graphml.graphdrawing.org), valid against its schema: a directed graph with a
 * {@code <key>} per attribute carrying {@code attr.name} and {@code attr.type} (string, long,
 * double, boolean), read by yEd, Gephi, Cytoscape and NetworkX.
 *
 * <p>The schema only allows XML name tokens as ids and attribute names, so nodes get the ids
 * n0, n1, ... in model order and keep their own id in the {@code id} attribute; attribute names
 * are reduced to ASCII letters, digits and {@code . - _ :} (made unique with a suffix), the name as
 * given going into the key's {@code <desc>}. Positions go into {@code x} and {@code y} doubles.
 */
public final class GraphMlExporter implements GraphExporter {
    private static final String NS = "http://graphml.graphdrawing.org/xmlns";

    @Override
    public String format() {
        return "graphml";
    }

    @Override
    public String extension() {
        return "graphml";
    }

    @Override
    public void write(ExportGraph graph, Writer out) throws IOException {
        out.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        out.write("<graphml xmlns=\"" + NS + "\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\""
                + " xsi:schemaLocation=\"" + NS + " " + NS + "/1.0/graphml.xsd\">\n");
        out.write("  <desc>" + Text.xml(graph.name()) + "</desc>\n");
        boolean positions = graph.nodes().stream().anyMatch(ExportGraph.Node::hasPosition);
        Set<String> nodeNames = new HashSet<>();
        key(out, "id", "node", unique("id", nodeNames), "string", null);
        key(out, "label", "node", unique("label", nodeNames), "string", null);
        if (positions) {
            key(out, "x", "node", unique("x", nodeNames), "double", null);
            key(out, "y", "node", unique("y", nodeNames), "double", null);
        }
        Map<String, String> nodeKeys = keys(out, graph.nodeAttributes(), "node", "n", nodeNames);
        Map<String, String> edgeKeys = keys(out, graph.edgeAttributes(), "edge", "e", new HashSet<>());

        out.write("  <graph id=\"G\" edgedefault=\"directed\">\n");
        Map<String, Integer> index = new LinkedHashMap<>();
        for (ExportGraph.Node node : graph.nodes()) {
            int i = index.size();
            index.put(node.id(), i);
            out.write("    <node id=\"n" + i + "\">");
            data(out, "id", node.id());
            data(out, "label", node.label());
            if (node.hasPosition()) {
                data(out, "x", Double.toString(node.x()));
                data(out, "y", Double.toString(node.y()));
            }
            for (Map.Entry<String, AttributeValue> a : node.attributes().entrySet()) {
                data(out, nodeKeys.get(a.getKey()), value(a.getValue()));
            }
            out.write("</node>\n");
        }
        for (ExportGraph.Edge edge : graph.edges()) {
            out.write("    <edge source=\"n" + index.get(edge.source()) + "\" target=\"n" + index.get(edge.target()) + "\"");
            if (edge.attributes().isEmpty()) {
                out.write("/>\n");
                continue;
            }
            out.write(">");
            for (Map.Entry<String, AttributeValue> a : edge.attributes().entrySet()) {
                data(out, edgeKeys.get(a.getKey()), value(a.getValue()));
            }
            out.write("</edge>\n");
        }
        out.write("  </graph>\n</graphml>\n");
        out.flush();
    }

    private static Map<String, String> keys(Writer out, Map<String, AttributeValue.Type> schema, String domain,
            String prefix, Set<String> names) throws IOException {
        Map<String, String> ids = new LinkedHashMap<>();
        for (Map.Entry<String, AttributeValue.Type> a : schema.entrySet()) {
            String id = prefix + ids.size();
            ids.put(a.getKey(), id);
            String name = unique(token(a.getKey()), names);
            key(out, id, domain, name, type(a.getValue()), name.equals(a.getKey()) ? null : a.getKey());
        }
        return ids;
    }

    private static void key(Writer out, String id, String domain, String name, String type, String description)
            throws IOException {
        out.write("  <key id=\"" + id + "\" for=\"" + domain + "\" attr.name=\"" + name + "\" attr.type=\"" + type + "\"");
        if (description == null) {
            out.write("/>\n");
        } else {
            out.write("><desc>" + Text.xml(description) + "</desc></key>\n");
        }
    }

    private static void data(Writer out, String key, String value) throws IOException {
        out.write("<data key=\"" + key + "\">" + Text.xml(value) + "</data>");
    }

    private static String type(AttributeValue.Type type) {
        return switch (type) {
            case STRING -> "string";
            case INT -> "long";
            case DOUBLE -> "double";
            case BOOLEAN -> "boolean";
        };
    }

    /** The value in XML Schema's lexical form (INF, not Infinity). */
    private static String value(AttributeValue v) {
        if (v instanceof AttributeValue.Real r) {
            double d = r.value();
            if (Double.isInfinite(d)) {
                return d > 0 ? "INF" : "-INF";
            }
        }
        return v.text();
    }

    /** An XML name token of ASCII letters, digits and . - _ : (every other character becomes _). */
    static String token(String name) {
        StringBuilder b = new StringBuilder(name.length());
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            boolean ok = c < 128 && (Character.isLetterOrDigit(c) || c == '.' || c == '-' || c == '_' || c == ':');
            b.append(ok ? c : '_');
        }
        return b.length() == 0 ? "_" : b.toString();
    }

    private static String unique(String name, Set<String> taken) {
        String candidate = name;
        for (int k = 2; !taken.add(candidate); k++) {
            candidate = name + "_" + k;
        }
        return candidate;
    }
}
