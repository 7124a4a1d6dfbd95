package com.migrationhub.app;

import com.migrationhub.app.cli.Cli;

/** The application's entry point: the {@code mhub} command line (and, later, the workbench). */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        System.exit(Cli.run(args));
    }
}
