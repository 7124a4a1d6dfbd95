package com.migrationhub.connectors.graph;

import com.migrationhub.domain.dependency.export.ExportGraph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DotExporterTest {

    private static String write(ExportGraph graph) throws IOException {
        StringWriter out = new StringWriter();
        new DotExporter().write(graph, out);
        return out.toString();
    }

    @Test
    void quotesAndEscapesEveryName() throws IOException {
        String dot = write(Graphs.sample());
        assertThat(dot).startsWith("digraph \"Estate \\\"A\\\" & <B>\" {\n");
        assertThat(dot).contains("\"web \\\"prod\\\" <01> & co\" [label=\"Web, \\\"prod\\\"\\nline two\", pos=\"10.5,-20!\","
                + " \"os\"=\"Windows <2019>\", \"vcpus\"=\"4\", \"cpu %\"=\"37.5\", \"critical\"=\"true\"];");
        assertThat(dot).contains("pos=\"0.000125,10000000!\"");
        assertThat(dot).contains("\"C:\\\\share\\\\\" [label=\"\\\\N tab\there\"];");
        assertThat(dot).contains("\"web \\\"prod\\\" <01> & co\" -> \"" + Graphs.UNICODE + "\" [\"port\"=\"443\"");
        assertThat(dot).contains("\"protocol\"=\"@udp\\nnext\"");
        assertThat(dot).doesNotContain("\r");
    }

    @Test
    void graphvizRendersIt(@TempDir Path dir) throws Exception {
        assumeTrue(installed("dot"), "Graphviz 'dot' is not on the PATH: skipping the rendering check "
                + "(apt-get install graphviz to run it)");
        Path file = dir.resolve("map.dot");
        new DotExporter().write(Graphs.sample(), file);
        Path svg = dir.resolve("map.svg");
        Path err = dir.resolve("err.txt");
        Process p = new ProcessBuilder("dot", "-Tsvg", "-o", svg.toString(), file.toString())
                .redirectError(err.toFile()).start();
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(Files.readString(err)).isZero();
        String out = Files.readString(svg, StandardCharsets.UTF_8);
        // svg writes "-" as &#45;
        assertThat(out).contains("<svg").contains("Ünïcødé&#45;服务器&#45;😀").contains("Web, &quot;prod&quot;")
                .contains("\\N tab");
        assertThat(out.split("class=\"node\"", -1)).hasSize(6);
        assertThat(out.split("class=\"edge\"", -1)).hasSize(6);
    }

    @Test
    void neatoKeepsThePinnedPositions(@TempDir Path dir) throws Exception {
        assumeTrue(installed("neato"), "Graphviz 'neato' is not on the PATH: skipping the position check");
        ExportGraph graph = ExportGraph.builder()
                .node("a", "A", Map.of(), 0, 0)
                .node("b \"2\"", "B", Map.of(), 144, 72)
                .edge("a", "b \"2\"", Map.of())
                .build();
        Path file = dir.resolve("pinned.dot");
        new DotExporter().write(graph, file);
        Process p = new ProcessBuilder("neato", "-n", "-Tplain", file.toString()).redirectErrorStream(true).start();
        String plain = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(plain).isZero();
        // plain output is in inches, relative to the drawing's corner: 144 pt apart = 2 in, 72 pt = 1 in
        List<double[]> at = plain.lines().filter(l -> l.startsWith("node ")).map(l -> {
            String[] f = l.split(" (?=(?:[^\"]*\"[^\"]*\")*[^\"]*$)");
            return new double[] {Double.parseDouble(f[2]), Double.parseDouble(f[3])};
        }).toList();
        assertThat(at).hasSize(2);
        assertThat(at.get(1)[0] - at.get(0)[0]).isEqualTo(2.0, org.assertj.core.data.Offset.offset(0.01));
        assertThat(at.get(1)[1] - at.get(0)[1]).isEqualTo(1.0, org.assertj.core.data.Offset.offset(0.01));
    }

    static boolean installed(String tool) {
        try {
            Process p = new ProcessBuilder(tool, "-V").redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
