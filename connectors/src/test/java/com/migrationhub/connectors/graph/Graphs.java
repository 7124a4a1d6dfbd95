package com.migrationhub.connectors.graph;

import com.migrationhub.domain.dependency.export.ExportGraph;
import com.migrationhub.domain.dependency.export.AttributeValue;

import java.util.LinkedHashMap;
import java.util.Map;

/** The graph the export tests write: awkward names, every attribute type, positions on some nodes. */
final class Graphs {
    static final String QUOTED = "web \"prod\" <01> & co";
    static final String UNICODE = "Ünïcødé-服务器-😀";
    static final String FORMULA = "=HYPERLINK(\"http://evil\",\"x\")";
    static final String BACKSLASH = "C:\\share\\";

    private Graphs() {
    }

    static ExportGraph sample() {
        return ExportGraph.builder().name("Estate \"A\" & <B>")
                .node(QUOTED, "Web, \"prod\"\nline two", attributes("os", AttributeValue.of("Windows <2019>"),
                        "vcpus", AttributeValue.of(4), "cpu %", AttributeValue.of(37.5), "critical",
                        AttributeValue.of(true)), 10.5, -20)
                .node(UNICODE, UNICODE, attributes("os", AttributeValue.of("Ubuntu"), "vcpus", AttributeValue.of(-2)),
                        0.000125, 1e7)
                .node(FORMULA, "+SUM(A1)", attributes("critical", AttributeValue.of(false)))
                .node(BACKSLASH, "\\N tab\there", Map.of())
                .node("lone", null, Map.of())
                .edge(QUOTED, UNICODE, attributes("port", AttributeValue.of(443), "bytes", AttributeValue.of(1.5e9),
                        "protocol", AttributeValue.of("-tcp, \"tls\""), "hard", AttributeValue.of(true)))
                .edge(UNICODE, FORMULA, attributes("port", AttributeValue.of(-1), "protocol",
                        AttributeValue.of("@udp\r\nnext")))
                .edge(FORMULA, BACKSLASH, attributes("bytes", AttributeValue.of(Double.POSITIVE_INFINITY)))
                .edge(BACKSLASH, QUOTED, Map.of())
                .edge(QUOTED, QUOTED, attributes("protocol", AttributeValue.of("\ttabbed")))
                .build();
    }

    static Map<String, AttributeValue> attributes(Object... pairs) {
        Map<String, AttributeValue> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put((String) pairs[i], (AttributeValue) pairs[i + 1]);
        }
        return map;
    }
}
