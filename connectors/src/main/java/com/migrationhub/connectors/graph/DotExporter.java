package com.migrationhub.connectors.graph;

import com.migrationhub.domain.dependency.export.ExportGraph;
import com.migrationhub.domain.dependency.export.AttributeValue;
import com.migrationhub.domain.dependency.export.GraphExporter;

import java.io.IOException;
import java.io.Writer;
import java.util.Map;

/**
 * Writes Graphviz DOT: a {@code digraph} whose ids, labels, attribute names and values are all
 * double-quoted, so any text is safe; attributes become DOT attributes as they are named (a name
 * Graphviz knows, such as {@code color}, takes effect). Positions are written as pinned
 * {@code pos="x,y!"}, in points as Graphviz reads them (so {@code neato -n} keeps the layout).
 *
 * <p>Inside quotes, {@code "} becomes {@code \"}, a backslash {@code \\} (so labels show it and
 * {@code \N}-style escapes stay text), line breaks {@code \n}; characters Graphviz cannot take
 * (other control characters, unpaired surrogates) become U+FFFD. Graphviz keeps both backslashes
 * in an id (so {@code C:\x} is the node {@code C:\\x} there, still one node per id) while it
 * shows one in a label.
 */
public final class DotExporter implements GraphExporter {

    @Override
    public String format() {
        return "dot";
    }

    @Override
    public String extension() {
        return "dot";
    }

    @Override
    public void write(ExportGraph graph, Writer out) throws IOException {
        out.write("digraph " + quote(graph.name()) + " {\n");
        out.write("  graph [charset=\"UTF-8\"];\n");
        for (ExportGraph.Node node : graph.nodes()) {
            out.write("  " + quote(node.id()) + " [label=" + quote(node.label()));
            if (node.hasPosition()) {
                out.write(", pos=\"" + Text.plain(node.x()) + "," + Text.plain(node.y()) + "!\"");
            }
            attributes(out, node.attributes());
            out.write("];\n");
        }
        for (ExportGraph.Edge edge : graph.edges()) {
            out.write("  " + quote(edge.source()) + " -> " + quote(edge.target()));
            if (!edge.attributes().isEmpty()) {
                out.write(" [");
                boolean first = true;
                for (Map.Entry<String, AttributeValue> a : edge.attributes().entrySet()) {
                    out.write((first ? "" : ", ") + quote(a.getKey()) + "=" + quote(a.getValue().text()));
                    first = false;
                }
                out.write("]");
            }
            out.write(";\n");
        }
        out.write("}\n");
        out.flush();
    }

    private static void attributes(Writer out, Map<String, AttributeValue> attributes) throws IOException {
        for (Map.Entry<String, AttributeValue> a : attributes.entrySet()) {
            out.write(", " + quote(a.getKey()) + "=" + quote(a.getValue().text()));
        }
    }

    /** A DOT double-quoted string. */
    static String quote(String s) {
        StringBuilder b = new StringBuilder(s.length() + 2).append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\r' -> {
                    if (i + 1 >= s.length() || s.charAt(i + 1) != '\n') {
                        b.append("\\n");
                    }
                }
                default -> {
                    boolean broken = c < 0x20 && c != '\t'
                            || Character.isHighSurrogate(c) && (i + 1 >= s.length() || !Character.isLowSurrogate(s.charAt(i + 1)))
                            || Character.isLowSurrogate(c) && (i == 0 || !Character.isHighSurrogate(s.charAt(i - 1)));
                    b.append(broken ? '\uFFFD' : c);
                }
            }
        }
        return b.append('"').toString();
    }
}
