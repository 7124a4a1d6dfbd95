package com.migrationhub.app.ui.shell;

import com.migrationhub.app.ui.settings.UserSettings;
import com.migrationhub.app.ui.task.TaskList;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javax.imageio.ImageIO;

/**
 * Drives the real workbench without a hand on the mouse, for the screenshot command and the
 * start-up benchmark: prints when the window was first drawn and when the project was open and
 * idle (every job done), then optionally walks through every view, waits until each is idle,
 * writes a PNG of the window for each (light theme, then the dashboard in dark), and quits.
 * Switched on by system properties, so the shipped launcher and the workbench are the same code.
 */
public final class AutoPilot {
    /** Print start-up timings to standard error. */
    public static final String TIMINGS = "mhub.timings";
    /** Quit once the project is open and idle (after the screenshots, if any). */
    public static final String EXIT_WHEN_IDLE = "mhub.exitWhenIdle";
    /** Write a PNG of every view into this folder, then quit. */
    public static final String SCREENSHOTS = "mhub.screenshots";

    private static final long SETTLE_NANOS = 600_000_000L;

    private final MainWindow window;
    private final TaskList tasks;
    private final Scene scene;
    private final Consumer<UserSettings.Theme> theme;
    private final Runnable quit;
    private final PrintStream err = System.err;
    private final long jvmStart = ManagementFactory.getRuntimeMXBean().getStartTime();
    private long openAsked;

    private AutoPilot(MainWindow window, TaskList tasks, Scene scene, Consumer<UserSettings.Theme> theme,
            Runnable quit) {
        this.window = window;
        this.tasks = tasks;
        this.scene = scene;
        this.theme = theme;
        this.quit = quit;
    }

    /** Whether any of the switches is on. */
    public static boolean wanted() {
        return Boolean.getBoolean(TIMINGS) || Boolean.getBoolean(EXIT_WHEN_IDLE) || System.getProperty(SCREENSHOTS) != null;
    }

    /** Starts watching; call right after the stage is shown, on the FX thread. */
    public static void start(MainWindow window, TaskList tasks, Scene scene, Consumer<UserSettings.Theme> theme,
            Runnable quit, boolean projectComing) {
        AutoPilot pilot = new AutoPilot(window, tasks, scene, theme, quit);
        pilot.run(projectComing);
    }

    private void run(boolean projectComing) {
        // the project is asked for right after this, in the same call
        openAsked = System.nanoTime();
        // the first pulse after show() is the first frame drawn: the window is there and takes input
        new AnimationTimer() {
            @Override
            public void handle(long now) {
                stop();
                timing("window shown and interactive", System.currentTimeMillis() - jvmStart, "since the JVM started");
                if (projectComing) {
                    watchFirstFigures();
                    whenIdle(() -> window.currentView() != null, () -> {
                        timing("project open, dashboard loaded", (System.nanoTime() - openAsked) / 1_000_000,
                                "after the window asked for it (every job done)");
                        afterOpen();
                    });
                } else {
                    afterOpen();
                }
            }
        }.start();
    }

    /** Times the dashboard's first figure (the server count) appearing on screen. */
    private void watchFirstFigures() {
        new AnimationTimer() {
            @Override
            public void handle(long now) {
                javafx.scene.Node n = scene.lookup("#dashboard-card-servers");
                if (n instanceof javafx.scene.control.Labeled l && l.getText() != null
                        && l.getText().chars().anyMatch(Character::isDigit)) {
                    stop();
                    timing("project open, dashboard's first figures shown", (System.nanoTime() - openAsked) / 1_000_000,
                            "after the window asked for it");
                    timing("project open, dashboard's first figures shown", System.currentTimeMillis() - jvmStart,
                            "since the JVM started");
                }
            }
        }.start();
    }

    private void afterOpen() {
        String dir = System.getProperty(SCREENSHOTS);
        if (dir != null) {
            tour(Path.of(dir));
        } else if (Boolean.getBoolean(EXIT_WHEN_IDLE)) {
            quit.run();
        }
    }

    private void tour(Path dir) {
        Deque<Runnable> steps = new ArrayDeque<>();
        List<String> ids = window.viewIds();
        for (String id : ids) {
            steps.add(() -> window.show(id));
            steps.add(() -> shoot(dir.resolve(id + ".png")));
        }
        steps.add(() -> theme.accept(UserSettings.Theme.DARK));
        steps.add(() -> window.show(ids.get(0)));
        steps.add(() -> shoot(dir.resolve(ids.get(0) + "-dark.png")));
        steps.add(() -> theme.accept(UserSettings.Theme.LIGHT));
        steps.add(quit);
        next(steps);
    }

    private void next(Deque<Runnable> steps) {
        Runnable step = steps.poll();
        if (step == null) {
            return;
        }
        step.run();
        whenIdle(() -> true, () -> next(steps));
    }

    /** Runs {@code then} once {@code ready} holds and no job has run for a moment. */
    private void whenIdle(java.util.function.BooleanSupplier ready, Runnable then) {
        new AnimationTimer() {
            private long quietSince = -1;

            @Override
            public void handle(long now) {
                boolean idle = ready.getAsBoolean() && tasks.runningCount().get() == 0;
                if (!idle) {
                    quietSince = -1;
                    return;
                }
                if (quietSince < 0) {
                    quietSince = now;
                } else if (now - quietSince >= SETTLE_NANOS) {
                    stop();
                    Platform.runLater(then);
                }
            }
        }.start();
    }

    private void shoot(Path file) {
        WritableImage image = scene.snapshot(null);
        int w = (int) image.getWidth();
        int h = (int) image.getHeight();
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
        PixelReader pixels = image.getPixelReader();
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                out.setRGB(x, y, pixels.getArgb(x, y));
            }
        }
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            ImageIO.write(out, "png", file.toFile());
            err.println("mhub: wrote " + file);
        } catch (IOException e) {
            err.println("mhub: could not write " + file + ": " + e.getMessage());
        }
    }

    private void timing(String what, long millis, String since) {
        if (Boolean.getBoolean(TIMINGS)) {
            err.println(String.format(Locale.ROOT, "mhub: timing: %s: %,d ms %s", what, millis, since));
        }
    }
}
