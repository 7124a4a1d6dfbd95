package com.migrationhub.bench;

import com.migrationhub.domain.dependency.layout.Layout;
import com.migrationhub.domain.dependency.layout.LayoutGraph;
import com.migrationhub.domain.dependency.layout.MultilevelForceLayout;
import com.migrationhub.domain.task.ProgressMonitor;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;

/**
 * The layout benchmark (not a test): generates a dependency map with move groups, hubs and lone
 * servers (seeded), writes it as DOT to a temporary file, and times our
 * {@link MultilevelForceLayout} and Graphviz {@code sfdp} on it in the same run. Prints wall times,
 * our peak heap, sfdp's peak resident memory (when {@code /usr/bin/time} is there), the ratio
 * ours / sfdp, and the same quality figures for both drawings: how close group mates sit compared
 * with strangers, and how many nodes nearly sit on another.
 *
 * <p>Usage: {@code LayoutBenchmark [--sizes 10000,100000] [--edges-per-node 15] [--seed 42]
 * [--no-sfdp] [--sfdp-timeout 900]}; run with {@code -Xmx1g}. Our time is the layout alone, from
 * the in-memory arrays; sfdp's includes reading the DOT file and writing plain-text positions,
 * which {@code gc} (Graphviz's counter, which only parses) bounds from below, printed beside it.
 */
public final class LayoutBenchmark {

    private LayoutBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int[] sizes = {10_000, 100_000};
        int edgesPerNode = 15;
        long seed = 42;
        boolean sfdp = true;
        long timeoutSeconds = 900;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--sizes" -> sizes = Arrays.stream(args[++i].replace("_", "").split(",")).mapToInt(Integer::parseInt)
                        .toArray();
                case "--edges-per-node" -> edgesPerNode = Integer.parseInt(args[++i]);
                case "--seed" -> seed = Long.parseLong(args[++i]);
                case "--no-sfdp" -> sfdp = false;
                case "--sfdp-timeout" -> timeoutSeconds = Long.parseLong(args[++i]);
                default -> {
                    System.err.println("usage: LayoutBenchmark [--sizes 10000,100000] [--edges-per-node 15] [--seed 42]"
                            + " [--no-sfdp] [--sfdp-timeout 900]");
                    System.exit(2);
                }
            }
        }
        System.out.printf(Locale.ROOT, "machine: %d cores, %s %s, Java %s, max heap %d MiB%n",
                Runtime.getRuntime().availableProcessors(), System.getProperty("os.name"), System.getProperty("os.arch"),
                System.getProperty("java.version"), Runtime.getRuntime().maxMemory() >> 20);
        String sfdpVersion = sfdp ? version("sfdp") : null;
        if (sfdp && sfdpVersion == null) {
            System.out.println("sfdp not found on the PATH: install Graphviz (apt-get install graphviz) to compare;"
                    + " timing our layout only");
        } else if (sfdpVersion != null) {
            System.out.println(sfdpVersion);
        }
        boolean timeTool = Files.isExecutable(Path.of("/usr/bin/time"));
        // warm-up on a small graph, so the series shows the work rather than the JIT settling
        new MultilevelForceLayout().layout(generate(2_000, edgesPerNode, seed + 1).graph(), ProgressMonitor.NONE);

        for (int n : sizes) {
            Generated g = generate(n, edgesPerNode, seed);
            System.out.printf(Locale.ROOT, "%n%,d nodes, %,d edges, %,d move groups, %,d lone nodes%n", n,
                    g.graph().edgeCount(), g.graph().groupCount(), g.lone());
            Path dot = Files.createTempFile("layout-bench-", ".dot");
            Path plain = Files.createTempFile("layout-bench-", ".plain");
            try {
                writeDot(g, dot);
                for (int run = 1; run <= 2; run++) {
                    System.gc();
                    ImportBenchmark.HeapWatch heap = new ImportBenchmark.HeapWatch();
                    heap.start();
                    long t = System.nanoTime();
                    Layout layout = new MultilevelForceLayout().layout(g.graph(), ProgressMonitor.NONE);
                    double ours = (System.nanoTime() - t) / 1e9;
                    long peak = heap.finish();
                    if (run == 1) {
                        System.out.printf(Locale.ROOT, "  ours (run 1):  %8.2f s  peak heap %,d MiB  %s%n", ours, peak >> 20,
                                quality(g, layout.xs(), layout.ys()));
                        continue;
                    }
                    System.out.printf(Locale.ROOT, "  ours (run 2):  %8.2f s  peak heap %,d MiB%n", ours, peak >> 20);
                    if (sfdpVersion == null) {
                        break;
                    }
                    double parse = timed(List.of("gc", "-n", dot.toString()), timeoutSeconds, false).seconds;
                    List<String> command = new ArrayList<>();
                    if (timeTool) {
                        command.addAll(List.of("/usr/bin/time", "-f", "%M"));
                    }
                    command.addAll(List.of("sfdp", "-Tplain", "-o", plain.toString(), dot.toString()));
                    Timed s = timed(command, timeoutSeconds, timeTool);
                    if (s.seconds < 0) {
                        System.out.printf(Locale.ROOT, "  sfdp:          did not finish in %d s (ratio ours/sfdp < %.3f)%n",
                                timeoutSeconds, ours / timeoutSeconds);
                        break;
                    }
                    double[][] xy = readPlain(plain, n);
                    System.out.printf(Locale.ROOT, "  sfdp:          %8.2f s  peak RSS %s  (of which parsing the DOT >= %.2f s)  %s%n",
                            s.seconds, s.peakKiB < 0 ? "n/a" : String.format(Locale.ROOT, "%,d MiB", s.peakKiB >> 10), parse,
                            xy == null ? "" : quality(g, xy[0], xy[1]));
                    System.out.printf(Locale.ROOT, "  ratio ours/sfdp: %.3f  (run 2; the lower the better, target <= 1)%n",
                            ours / s.seconds);
                }
            } finally {
                Files.deleteIfExists(dot);
                Files.deleteIfExists(plain);
            }
        }
    }

    /** A generated dependency map and the move group of each node. */
    record Generated(LayoutGraph graph, int[] source, int[] target, int[] group, int lone) {
    }

    /**
     * A dependency map as discovery tools report it, the same for the same arguments: 70 % of the
     * servers in move groups of 3 to 60, 2 % hubs (DNS, directory, databases) taking a third of
     * the traffic between groups, 3 % lone servers without connections; 60 % of the edges inside
     * groups.
     */
    static Generated generate(int n, int edgesPerNode, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        int[] group = new int[n];
        Arrays.fill(group, -1);
        List<int[]> groups = new ArrayList<>();
        int next = 0;
        int grouped = (int) (n * 0.7);
        while (next < grouped) {
            int size = Math.min(grouped - next, 3 + random.nextInt(58));
            int[] members = new int[size];
            for (int k = 0; k < size; k++) {
                members[k] = next;
                group[next++] = groups.size();
            }
            groups.add(members);
        }
        int lone = (int) (n * 0.03);
        int connected = n - lone;
        int hubs = Math.max(1, n / 50);
        int m = n * edgesPerNode;
        int[] source = new int[m];
        int[] target = new int[m];
        double[] weight = new double[m];
        for (int e = 0; e < m; e++) {
            int s;
            int t;
            double kind = random.nextDouble();
            if (kind < 0.6) {
                int[] members = groups.get(random.nextInt(groups.size()));
                s = members[random.nextInt(members.length)];
                t = members[random.nextInt(members.length)];
            } else if (kind < 0.73) {
                s = random.nextInt(connected);
                t = grouped + random.nextInt(Math.min(hubs, connected - grouped));
            } else {
                s = random.nextInt(connected);
                t = random.nextInt(connected);
            }
            source[e] = s;
            target[e] = t;
            weight[e] = 1 + random.nextInt(100);
        }
        return new Generated(LayoutGraph.of(n, source, target, weight, group), source, target, group, lone);
    }

    private static void writeDot(Generated g, Path file) throws IOException {
        LayoutGraph graph = g.graph();
        try (Writer out = new BufferedWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8), 1 << 16)) {
            out.write("digraph deps {\n  node [shape=point];\n");
            // every node, lone ones too, so both tools lay out the same set
            for (int i = 0; i < graph.nodeCount(); i++) {
                out.write("  n" + i + ";\n");
            }
            for (int e = 0; e < g.source().length; e++) {
                out.write("  n" + g.source()[e] + " -> n" + g.target()[e] + ";\n");
            }
            out.write("}\n");
        }
    }

    private record Timed(double seconds, long peakKiB) {
    }

    private static Timed timed(List<String> command, long timeoutSeconds, boolean peakOnStderr)
            throws IOException, InterruptedException {
        Path err = Files.createTempFile("layout-bench-", ".err");
        try {
            long t = System.nanoTime();
            Process p = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .redirectError(err.toFile()).start();
            if (!p.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
                p.destroyForcibly().waitFor();
                return new Timed(-1, -1);
            }
            double seconds = (System.nanoTime() - t) / 1e9;
            List<String> lines = Files.readAllLines(err);
            if (p.exitValue() != 0) {
                throw new IOException(String.join(" ", command) + " failed: " + String.join("\n", lines));
            }
            long peak = -1;
            if (peakOnStderr && !lines.isEmpty()) {
                try {
                    peak = Long.parseLong(lines.get(lines.size() - 1).trim());
                } catch (NumberFormatException e) {
                    peak = -1;
                }
            }
            return new Timed(seconds, peak);
        } finally {
            Files.deleteIfExists(err);
        }
    }

    private static String version(String tool) {
        try {
            Process p = new ProcessBuilder(tool, "-V").redirectErrorStream(true).start();
            String text = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
            return p.waitFor() == 0 ? text : null;
        } catch (IOException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    /** Positions from sfdp's {@code -Tplain} output: "node n42 x y ...". */
    private static double[][] readPlain(Path plain, int n) throws IOException {
        double[] x = new double[n];
        double[] y = new double[n];
        int seen = 0;
        for (String line : Files.readAllLines(plain, StandardCharsets.UTF_8)) {
            if (line.startsWith("node ")) {
                String[] f = line.split(" ", 5);
                int i = Integer.parseInt(f[1].substring(1));
                x[i] = Double.parseDouble(f[2]);
                y[i] = Double.parseDouble(f[3]);
                seen++;
            }
        }
        return seen == n ? new double[][] {x, y} : null;
    }

    /**
     * Scale-free quality figures: mean distance between group mates over mean distance between
     * nodes of different groups (sampled; lower keeps groups together), and the share of nodes
     * closer to another than a tenth of the spacing they would have if spread evenly over the
     * core of the drawing.
     */
    static String quality(Generated g, double[] x, double[] y) {
        int[] group = g.group();
        int n = group.length;
        SplittableRandom random = new SplittableRandom(7);
        double same = 0;
        int sameCount = 0;
        double other = 0;
        int otherCount = 0;
        int groups = 0;
        for (int i = 0; i < n; i++) {
            groups = Math.max(groups, group[i] + 1);
        }
        int[] first = new int[groups + 1];
        Arrays.fill(first, -1);
        for (int i = n - 1; i >= 0; i--) {
            if (group[i] >= 0) {
                first[group[i]] = i;
            }
        }
        for (int k = 0; k < 200_000; k++) {
            int a = random.nextInt(n);
            if (group[a] < 0) {
                continue;
            }
            int b = random.nextInt(n);
            if (group[b] >= 0 && group[b] != group[a]) {
                other += Math.hypot(x[a] - x[b], y[a] - y[b]);
                otherCount++;
            }
            // a mate: members of a generated group are consecutive
            int lo = first[group[a]];
            int hi = lo;
            while (hi + 1 < n && group[hi + 1] == group[a]) {
                hi++;
            }
            int c = lo + random.nextInt(hi - lo + 1);
            if (c != a) {
                same += Math.hypot(x[a] - x[c], y[a] - y[c]);
                sameCount++;
            }
        }
        // a tenth of the spacing the nodes would have if spread evenly over the drawing's core
        // (2nd to 98th percentile in each axis, so a few far-flung nodes do not set the scale)
        double[] sx = x.clone();
        double[] sy = y.clone();
        Arrays.sort(sx);
        Arrays.sort(sy);
        int lo = n / 50;
        int hi = n - 1 - n / 50;
        double threshold = Math.sqrt((sx[hi] - sx[lo]) * (sy[hi] - sy[lo]) / (hi - lo + 1)) / 10;
        Map<Long, List<Integer>> grid = new HashMap<>();
        for (int i = 0; i < n; i++) {
            long key = ((long) Math.floor(x[i] / threshold) << 32) ^ (Math.floorMod((long) Math.floor(y[i] / threshold), 1L << 32));
            grid.computeIfAbsent(key, k -> new ArrayList<>()).add(i);
        }
        int close = 0;
        for (int i = 0; i < n; i++) {
            long cx = (long) Math.floor(x[i] / threshold);
            long cy = (long) Math.floor(y[i] / threshold);
            search:
            for (long dx = -1; dx <= 1; dx++) {
                for (long dy = -1; dy <= 1; dy++) {
                    List<Integer> cell = grid.get(((cx + dx) << 32) ^ Math.floorMod(cy + dy, 1L << 32));
                    if (cell == null) {
                        continue;
                    }
                    for (int j : cell) {
                        if (j != i && Math.hypot(x[i] - x[j], y[i] - y[j]) < threshold) {
                            close++;
                            break search;
                        }
                    }
                }
            }
        }
        return String.format(Locale.ROOT, "[group mates / strangers distance %.3f, nodes nearly overlapping %.1f %%]",
                (same / sameCount) / (other / otherCount), 100.0 * close / n);
    }
}
