package com.migrationhub.connectors.graph;

import com.migrationhub.domain.dependency.export.ExportGraph;
import com.migrationhub.domain.dependency.export.AttributeValue;
import com.migrationhub.domain.dependency.export.GraphExporter;

import java.io.IOException;
import java.io.Writer;
import java.util.HashMap;
import java.util.Map;

/**
 * Writes the edges as an RFC 4180 CSV table for spreadsheets: a header {@code source, target,
 * source_label, target_label} then one column per edge attribute, CRLF line ends, fields quoted
 * when they hold a comma, quote or line break (quotes doubled).
 *
 * <p>Against formula injection, every text cell (header, ids, labels, text attributes, and
 * numbers that are not finite) that starts with {@code = + - @}, a tab or a carriage return gets a
 * leading apostrophe, which spreadsheets show as text. Whole and finite real numbers are written
 * bare, so {@code -5} stays a number.
 */
public final class CsvEdgeListExporter implements GraphExporter {
    private final boolean byteOrderMark;

    /** Without a byte order mark. */
    public CsvEdgeListExporter() {
        this(false);
    }

    /** @param byteOrderMark whether to start with U+FEFF, which Excel needs to read UTF-8 */
    public CsvEdgeListExporter(boolean byteOrderMark) {
        this.byteOrderMark = byteOrderMark;
    }

    @Override
    public String format() {
        return "csv";
    }

    @Override
    public String extension() {
        return "csv";
    }

    @Override
    public void write(ExportGraph graph, Writer out) throws IOException {
        if (byteOrderMark) {
            out.write('\uFEFF');
        }
        StringBuilder line = new StringBuilder(256);
        line.append("source,target,source_label,target_label");
        for (String name : graph.edgeAttributes().keySet()) {
            line.append(',').append(text(name));
        }
        out.append(line).append("\r\n");
        Map<String, String> labels = new HashMap<>();
        for (ExportGraph.Node node : graph.nodes()) {
            labels.put(node.id(), node.label());
        }
        for (ExportGraph.Edge edge : graph.edges()) {
            line.setLength(0);
            line.append(text(edge.source())).append(',').append(text(edge.target())).append(',')
                    .append(text(labels.get(edge.source()))).append(',').append(text(labels.get(edge.target())));
            for (String name : graph.edgeAttributes().keySet()) {
                line.append(',');
                AttributeValue v = edge.attributes().get(name);
                if (v != null) {
                    line.append(cell(v));
                }
            }
            out.append(line).append("\r\n");
        }
        out.flush();
    }

    private static String cell(AttributeValue v) {
        if (v instanceof AttributeValue.Int || v instanceof AttributeValue.Bool) {
            return v.text();
        }
        if (v instanceof AttributeValue.Real r && Double.isFinite(r.value())) {
            return v.text();
        }
        return text(v.text());
    }

    /** A text cell: neutralised against formulas, then quoted if needed. */
    static String text(String s) {
        if (!s.isEmpty()) {
            char c = s.charAt(0);
            if (c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r') {
                s = "'" + s;
            }
        }
        boolean quote = false;
        for (int i = 0; i < s.length() && !quote; i++) {
            char c = s.charAt(i);
            quote = c == ',' || c == '"' || c == '\n' || c == '\r';
        }
        return quote ? '"' + s.replace("\"", "\"\"") + '"' : s;
    }
}
