package com.migrationhub.bench;

import com.migrationhub.app.ui.dependencies.GraphCanvas;
import com.migrationhub.app.ui.dependencies.GraphGeometry;
import com.migrationhub.domain.dependency.layout.Layout;
import com.migrationhub.domain.dependency.layout.MultilevelForceLayout;
import com.migrationhub.domain.task.ProgressMonitor;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.event.Event;
import javafx.scene.Scene;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.StackPane;
import javafx.scene.paint.Color;
import javafx.stage.Stage;

/**
 * The dependency map's panning benchmark (not a test): lays out a generated dependency map of
 * 10,000 servers (the layout benchmark's generator: move groups, hubs, lone servers; 4 edges a
 * node, about what the 10,000-VM dependency benchmark's estate gives), shows it in the
 * workbench's {@link GraphCanvas} in a real window, and pans it continuously by firing mouse
 * drag events at the canvas (the code path a user's drag takes), first with the whole map in
 * view, then zoomed in 4 times. Prints, per phase, the frames per second (pulses that redrew the
 * canvas, and JavaFX's own count of rendered frames when its performance tracker is there), the
 * median and 95th percentile of the time between drawn frames, and the FX thread's share of a
 * frame.
 *
 * <p>Run under Xvfb with the software pipeline, as the target says:
 * {@code Xvfb :104 -screen 0 1440x900x24 &} then
 * {@code DISPLAY=:104 java -Dprism.order=sw -cp ... com.migrationhub.bench.GraphPanBenchmark
 * [--nodes 10000] [--edges-per-node 4] [--seconds 10]}.
 */
public final class GraphPanBenchmark {
    private static final Color[] COLOURS = {Color.web("#4e79a7"), Color.web("#f28e2b"), Color.web("#e15759"),
        Color.web("#76b7b2"), Color.web("#59a14f"), Color.web("#edc948"), Color.web("#b07aa1"), Color.web("#ff9da7"),
        Color.web("#9c755f")};

    private GraphPanBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int nodes = 10_000;
        int edgesPerNode = 4;
        double seconds = 10;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--nodes" -> nodes = Integer.parseInt(args[++i].replace("_", ""));
                case "--edges-per-node" -> edgesPerNode = Integer.parseInt(args[++i]);
                case "--seconds" -> seconds = Double.parseDouble(args[++i]);
                default -> {
                    System.err.println("usage: GraphPanBenchmark [--nodes 10000] [--edges-per-node 4] [--seconds 10]");
                    System.exit(2);
                }
            }
        }
        System.out.printf(Locale.ROOT, "machine: %d cores, %s %s, Java %s, prism.order=%s, max heap %d MiB%n",
                Runtime.getRuntime().availableProcessors(), System.getProperty("os.name"), System.getProperty("os.arch"),
                System.getProperty("java.version"), System.getProperty("prism.order", "(default)"),
                Runtime.getRuntime().maxMemory() >> 20);

        LayoutBenchmark.Generated g = LayoutBenchmark.generate(nodes, edgesPerNode, 42);
        long t = System.nanoTime();
        Layout layout = new MultilevelForceLayout().layout(g.graph(), ProgressMonitor.NONE);
        System.out.printf(Locale.ROOT, "graph: %,d nodes, %,d edges; layout %.2f s%n", nodes, g.source().length,
                (System.nanoTime() - t) / 1e9);
        int hubsFrom = (int) (nodes * 0.7);
        int hubsTo = hubsFrom + Math.max(1, nodes / 50);
        boolean[] hard = new boolean[g.source().length];
        int soft = 0;
        for (int e = 0; e < hard.length; e++) {
            // traffic to the hubs (DNS, directory, monitoring) is what the rules call soft
            hard[e] = !(g.target()[e] >= hubsFrom && g.target()[e] < hubsTo);
            if (!hard[e]) {
                soft++;
            }
        }
        String[] labels = new String[nodes];
        boolean[] external = new boolean[nodes];
        int[] colour = new int[nodes];
        for (int v = 0; v < nodes; v++) {
            labels[v] = String.format(Locale.ROOT, "srv-%05d", v);
            colour[v] = g.group()[v] < 0 ? -1 : g.group()[v] % COLOURS.length;
        }
        GraphGeometry geometry = new GraphGeometry(layout.xs(), layout.ys(), labels, external, g.source(), g.target(),
                hard);
        System.out.printf(Locale.ROOT, "        %,d hard, %,d soft dependencies%n", hard.length - soft, soft);

        CountDownLatch started = new CountDownLatch(1);
        Platform.startup(started::countDown);
        started.await();
        Run run = new Run(geometry, colour, seconds);
        Platform.runLater(run::begin);
        if (!run.done.await((long) (seconds * 2 + 60), TimeUnit.SECONDS)) {
            System.out.println("did not finish in time");
        }
        Platform.exit();
        System.exit(0);
    }

    /** One window, two phases of panning, figures printed at the end. */
    private static final class Run {
        final CountDownLatch done = new CountDownLatch(1);
        private final GraphGeometry geometry;
        private final int[] colour;
        private final double seconds;
        private GraphCanvas canvas;
        private Scene scene;
        private Object tracker;
        private List<Phase> phases = List.of();

        Run(GraphGeometry geometry, int[] colour, double seconds) {
            this.geometry = geometry;
            this.colour = colour;
            this.seconds = seconds;
        }

        void begin() {
            canvas = new GraphCanvas();
            canvas.setGraph(geometry);
            canvas.setColours(colour, COLOURS);
            Stage stage = new Stage();
            scene = new Scene(new StackPane(canvas), 1400, 850);
            stage.setScene(scene);
            stage.setTitle("GraphPanBenchmark");
            stage.show();
            tracker = tracker(scene);
            phases = List.of(new Phase("whole map in view", 1, seconds / 2),
                    new Phase("zoomed in 4x", 4, seconds / 2));
            new Driver().start();
        }

        private final class Phase {
            final String name;
            final double zoom;
            final double seconds;
            final List<Long> frameGaps = new ArrayList<>();
            final List<Long> fxTimes = new ArrayList<>();
            long firstNanos;
            long fxCpuStart;
            long renderCpuStart;
            long fxCpu;
            long renderCpu;
            long lastNanos;
            long frames;
            long pulses;
            double trackerFps = Double.NaN;

            Phase(String name, double zoom, double seconds) {
                this.name = name;
                this.zoom = zoom;
                this.seconds = seconds;
            }
        }

        /** Warms up, then per phase: press, drag along a circle every pulse, release; prints. */
        private final class Driver extends AnimationTimer {
            private int index = -1;
            private long phaseStart;
            private long warmUntil;
            private long lastRedraws;
            private long lastFrameAt;
            private double cx;
            private double cy;
            private double angle;

            Driver() {
            }

            @Override
            public void handle(long now) {
                if (index < 0) {
                    if (warmUntil == 0) {
                        warmUntil = now + 3_000_000_000L;
                    }
                    if (now < warmUntil) {
                        drag(now);
                        return;
                    }
                    release();
                    next(now);
                    return;
                }
                Phase p = phases.get(index);
                long r = canvas.redraws();
                if (r != lastRedraws) {
                    if (lastFrameAt != 0) {
                        p.frameGaps.add(now - lastFrameAt);
                        p.fxTimes.add(canvas.lastFrameNanos());
                    }
                    lastFrameAt = now;
                    lastRedraws = r;
                    p.frames++;
                }
                p.pulses++;
                if (now - phaseStart >= (long) (p.seconds * 1e9)) {
                    p.lastNanos = now;
                    p.trackerFps = trackerFps();
                    p.fxCpu = cpu("JavaFX Application Thread") - p.fxCpuStart;
                    p.renderCpu = cpu("QuantumRenderer") - p.renderCpuStart;
                    release();
                    next(now);
                    return;
                }
                drag(now);
            }

            private void next(long now) {
                index++;
                if (index >= phases.size()) {
                    stop();
                    print();
                    done.countDown();
                    return;
                }
                Phase p = phases.get(index);
                canvas.fit();
                canvas.zoomBy(p.zoom);
                cx = canvas.getWidth() / 2;
                cy = canvas.getHeight() / 2;
                angle = 0;
                fire(MouseEvent.MOUSE_PRESSED, cx + 120, cy);
                phaseStart = now;
                p.firstNanos = now;
                p.fxCpuStart = cpu("JavaFX Application Thread");
                p.renderCpuStart = cpu("QuantumRenderer");
                lastFrameAt = 0;
                lastRedraws = canvas.redraws();
                resetTracker();
            }

            private void drag(long now) {
                // one full circle of 120 px radius every 4 s: every pulse moves the map
                angle += 2 * Math.PI / 240;
                if (cx == 0) {
                    cx = canvas.getWidth() / 2;
                    cy = canvas.getHeight() / 2;
                    fire(MouseEvent.MOUSE_PRESSED, cx + 120, cy);
                }
                fire(MouseEvent.MOUSE_DRAGGED, cx + 120 * Math.cos(angle), cy + 120 * Math.sin(angle));
            }

            private void release() {
                fire(MouseEvent.MOUSE_RELEASED, cx + 120 * Math.cos(angle), cy + 120 * Math.sin(angle));
            }
        }

        private void fire(javafx.event.EventType<MouseEvent> type, double x, double y) {
            javafx.geometry.Point2D screen = canvas.localToScreen(x, y);
            MouseEvent e = new MouseEvent(type, x, y, screen.getX(), screen.getY(), MouseButton.PRIMARY, 1, false, false,
                    false, false, true, false, false, false, false, false, null);
            Event.fireEvent(canvas, e);
        }

        private void print() {
            System.out.printf(Locale.ROOT, "window %.0f x %.0f, canvas %.0f x %.0f%n", scene.getWindow().getWidth(),
                    scene.getWindow().getHeight(), canvas.getWidth(), canvas.getHeight());
            System.out.println("phase                 seconds  frames  fps (redrawn pulses)  fps (JavaFX tracker)  "
                    + "frame gap median / p95  FX-thread draw median / p95");
            for (Phase p : phases) {
                double s = (p.lastNanos - p.firstNanos) / 1e9;
                long[] gaps = p.frameGaps.stream().mapToLong(Long::longValue).sorted().toArray();
                long[] fx = p.fxTimes.stream().mapToLong(Long::longValue).sorted().toArray();
                System.out.printf(Locale.ROOT, "%-20s  %7.2f  %6d  %20.1f  %20s  %9.1f ms / %6.1f ms  %9.2f ms / %6.2f ms%n",
                        p.name, s, p.frames, p.frames / s,
                        Double.isNaN(p.trackerFps) ? "n/a" : String.format(Locale.ROOT, "%.1f", p.trackerFps),
                        pct(gaps, 0.5) / 1e6, pct(gaps, 0.95) / 1e6, pct(fx, 0.5) / 1e6, pct(fx, 0.95) / 1e6);
            }
            System.out.println("CPU per drawn frame (independent of other load on the machine; the FX thread draws,"
                    + " the renderer shows):");
            for (Phase p : phases) {
                double fx = p.frames == 0 ? 0 : p.fxCpu / 1e6 / p.frames;
                double render = p.frames == 0 ? 0 : p.renderCpu / 1e6 / p.frames;
                System.out.printf(Locale.ROOT, "  %-20s FX thread %6.2f ms + renderer %6.2f ms = %6.2f ms"
                        + "  (on two free cores: about %.0f frames per second, at most the 60 of the pulse)%n",
                        p.name, fx, render, fx + render, Math.min(60, 1000 / Math.max(fx, render)));
            }
            System.out.printf(Locale.ROOT, "load average while running: %.1f on %d cores%n",
                    java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
                    Runtime.getRuntime().availableProcessors());
            System.out.printf(Locale.ROOT, "last frame: %,d nodes and %,d edges drawn%n", canvas.drawnNodes(),
                    canvas.drawnEdges().cardinality());
            System.out.println("target: at least 30 frames per second while panning 10,000 nodes (software rendering)");
        }

        /** CPU time of the first live thread whose name starts with {@code prefix}, in nanoseconds. */
        private static long cpu(String prefix) {
            java.lang.management.ThreadMXBean mx = java.lang.management.ManagementFactory.getThreadMXBean();
            for (Thread t : Thread.getAllStackTraces().keySet()) {
                if (t.getName().startsWith(prefix)) {
                    long c = mx.getThreadCpuTime(t.getId());
                    return Math.max(0, c);
                }
            }
            return 0;
        }

        private static long pct(long[] sorted, double q) {
            if (sorted.length == 0) {
                return 0;
            }
            return sorted[Math.min(sorted.length - 1, (int) Math.ceil(q * sorted.length) - 1)];
        }

        // JavaFX's own frame counter (com.sun.javafx.perf), when the runtime lets us reach it
        private static Object tracker(Scene scene) {
            try {
                Class<?> c = Class.forName("com.sun.javafx.perf.PerformanceTracker");
                return c.getMethod("getSceneTracker", Scene.class).invoke(null, scene);
            } catch (ReflectiveOperationException | RuntimeException | LinkageError e) {
                return null;
            }
        }

        private void resetTracker() {
            if (tracker != null) {
                try {
                    tracker.getClass().getMethod("resetAverageFPS").invoke(tracker);
                } catch (ReflectiveOperationException | RuntimeException e) {
                    tracker = null;
                }
            }
        }

        private double trackerFps() {
            if (tracker != null) {
                try {
                    return ((Number) tracker.getClass().getMethod("getAverageFPS").invoke(tracker)).doubleValue();
                } catch (ReflectiveOperationException | RuntimeException e) {
                    tracker = null;
                }
            }
            return Double.NaN;
        }
    }

}
