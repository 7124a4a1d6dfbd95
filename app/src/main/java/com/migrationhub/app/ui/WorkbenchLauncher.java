package com.migrationhub.app.ui;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import javafx.application.Application;

/**
 * Starts the workbench from the command line: {@code mhub} with no arguments opens it on the
 * sample engagement (built first when it is not there), {@code mhub open FILE.mhub} on a project.
 */
public final class WorkbenchLauncher {
    private WorkbenchLauncher() {
    }

    /**
     * What the workbench opens when it starts.
     *
     * @param project a project file to open, or null
     * @param sample where the sample engagement is (built there when missing), or null
     */
    public record Start(Path project, Path sample) {
        public static Start welcome() {
            return new Start(null, null);
        }
    }

    /**
     * Runs the workbench until its window closes; returns the exit code. Refuses, with one line on
     * {@code err}, where there is no display to show it on.
     */
    public static int launch(Start start, java.io.PrintStream err) {
        String problem = noDisplay();
        if (problem != null) {
            err.println("mhub: " + problem);
            return 1;
        }
        if (start.project() != null && !Files.isRegularFile(start.project())) {
            err.println("mhub: no project file " + start.project());
            return 1;
        }
        Workbench.startWith(start);
        Application.launch(Workbench.class);
        return 0;
    }

    /** Why the workbench cannot open a window here, or null when it can. */
    static String noDisplay() {
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        if (os.contains("linux") || os.contains("bsd")) {
            boolean monocle = "Monocle".equals(System.getProperty("glass.platform"));
            if (!monocle && isBlank(System.getenv("DISPLAY")) && isBlank(System.getenv("WAYLAND_DISPLAY"))) {
                return "no display to open the workbench on (DISPLAY is not set); run a command instead "
                        + "(mhub --help), or start it under a desktop session or Xvfb";
            }
        }
        return null;
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }

    /** Opens {@code file} with the system's program for it (a PDF viewer, a spreadsheet). */
    public static void openWithSystem(Path file) {
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        List<String> command;
        if (os.contains("win")) {
            command = List.of("cmd", "/c", "start", "\"\"", file.toAbsolutePath().toString());
        } else if (os.contains("mac")) {
            command = List.of("open", file.toAbsolutePath().toString());
        } else {
            command = List.of("xdg-open", file.toAbsolutePath().toString());
        }
        try {
            new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        } catch (IOException e) {
            throw new IllegalStateException("could not open " + file + " with the system's program ("
                    + e.getMessage() + ")", e);
        }
    }
}
