package com.migrationhub.connectors.graph;

import com.migrationhub.domain.dependency.export.ExportGraph;
import com.migrationhub.domain.dependency.export.AttributeValue;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CsvEdgeListExporterTest {

    private static String write(ExportGraph graph, boolean bom) throws IOException {
        StringWriter out = new StringWriter();
        new CsvEdgeListExporter(bom).write(graph, out);
        return out.toString();
    }

    @Test
    void readsBackCellForCell() throws IOException {
        String csv = write(Graphs.sample(), false);
        assertThat(csv).endsWith("\r\n");
        List<List<String>> rows = parse(csv);
        assertThat(rows).hasSize(6);
        assertThat(rows.get(0)).containsExactly("source", "target", "source_label", "target_label", "port", "bytes",
                "protocol", "hard");
        assertThat(rows.get(1)).containsExactly(Graphs.QUOTED, Graphs.UNICODE, "Web, \"prod\"\nline two", Graphs.UNICODE,
                "443", "1.5E9", "'-tcp, \"tls\"", "true");
        // a typed negative number stays a number; text starting with @ or = is neutralised
        assertThat(rows.get(2)).containsExactly(Graphs.UNICODE, "'" + Graphs.FORMULA, Graphs.UNICODE, "'+SUM(A1)", "-1",
                "", "'@udp\r\nnext", "");
        // an infinite number is not a number to a spreadsheet: written as text
        assertThat(rows.get(3)).containsExactly("'" + Graphs.FORMULA, Graphs.BACKSLASH, "'+SUM(A1)", "\\N tab\there", "",
                "Infinity", "", "");
        assertThat(rows.get(4)).containsExactly(Graphs.BACKSLASH, Graphs.QUOTED, "\\N tab\there",
                "Web, \"prod\"\nline two", "", "", "", "");
        assertThat(rows.get(5).get(6)).isEqualTo("'\ttabbed");
    }

    @Test
    void neutralisesEveryDangerousFirstCharacterAndQuotesWhatNeedsIt() throws IOException {
        ExportGraph.Builder b = ExportGraph.builder().node("a", null, Map.of()).node("b", null, Map.of());
        String[] values = {"=1+2", "+1", "-1", "@SUM(A1)", "\tx", "\rx", "plain", "a,b", "say \"hi\"", "two\nlines", "",
            "-Infinity text", " =spaced"};
        for (String v : values) {
            b.edge("a", "b", Map.of("v", AttributeValue.of(v)));
        }
        b.edge("a", "b", Map.of("n", AttributeValue.of(Double.NEGATIVE_INFINITY)));
        List<List<String>> rows = parse(write(b.build(), false));
        assertThat(rows.get(0)).containsExactly("source", "target", "source_label", "target_label", "v", "n");
        List<String> cells = rows.stream().skip(1).map(r -> r.get(4)).toList();
        assertThat(cells).containsExactly("'=1+2", "'+1", "'-1", "'@SUM(A1)", "'\tx", "'\rx", "plain", "a,b",
                "say \"hi\"", "two\nlines", "", "'-Infinity text", " =spaced", "");
        assertThat(rows.get(rows.size() - 1).get(5)).isEqualTo("'-Infinity");
        assertThat(write(b.build(), false)).contains("\"say \"\"hi\"\"\"").contains("\"two\nlines\"");
    }

    @Test
    void headerNamesAreNeutralisedToo() throws IOException {
        ExportGraph graph = ExportGraph.builder().node("a", null, Map.of()).node("b", null, Map.of())
                .edge("a", "b", Map.of("=cmd", AttributeValue.of(1))).build();
        assertThat(parse(write(graph, false)).get(0)).endsWith("'=cmd");
    }

    @Test
    void startsWithAByteOrderMarkWhenAsked() throws IOException {
        assertThat(write(Graphs.sample(), true)).startsWith("\uFEFFsource,target");
        assertThat(write(Graphs.sample(), false)).startsWith("source,target");
    }

    /** A strict RFC 4180 reader: CRLF records, quoted fields may hold commas, quotes and line breaks. */
    static List<List<String>> parse(String csv) {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        int i = 0;
        boolean quoted = false;
        boolean wasQuoted = false;
        while (i < csv.length()) {
            char c = csv.charAt(i);
            if (quoted) {
                if (c == '"') {
                    if (i + 1 < csv.length() && csv.charAt(i + 1) == '"') {
                        cell.append('"');
                        i += 2;
                        continue;
                    }
                    quoted = false;
                } else {
                    cell.append(c);
                }
                i++;
                continue;
            }
            if (c == '"') {
                if (cell.length() > 0 || wasQuoted) {
                    throw new IllegalArgumentException("quote inside an unquoted field at " + i);
                }
                quoted = true;
                wasQuoted = true;
                i++;
            } else if (c == ',') {
                row.add(cell.toString());
                cell.setLength(0);
                wasQuoted = false;
                i++;
            } else if (c == '\r' && i + 1 < csv.length() && csv.charAt(i + 1) == '\n') {
                row.add(cell.toString());
                rows.add(row);
                row = new ArrayList<>();
                cell.setLength(0);
                wasQuoted = false;
                i += 2;
            } else if (c == '\r' || c == '\n') {
                throw new IllegalArgumentException("bare line break outside quotes at " + i);
            } else {
                cell.append(c);
                i++;
            }
        }
        if (quoted || cell.length() > 0 || !row.isEmpty()) {
            throw new IllegalArgumentException("last record not ended by CRLF");
        }
        return rows;
    }
}
