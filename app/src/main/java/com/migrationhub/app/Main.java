package com.migrationhub.app;

import com.migrationhub.app.cli.Cli;
import com.migrationhub.app.ui.WorkbenchLauncher;
import java.nio.file.Path;

/**
 * The application's entry point. {@code mhub} alone opens the workbench on the sample engagement;
 * {@code mhub open [FILE.mhub]} opens the workbench on a project (or on its welcome page); every
 * other command line is the {@code mhub} command line, which never loads JavaFX.
 */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        if (args.length == 0) {
            System.exit(WorkbenchLauncher.launch(new WorkbenchLauncher.Start(null, Path.of("sample-engagement.mhub")),
                    System.err));
        }
        if (args[0].equals("open") && args.length <= 2 && (args.length == 1 || !args[1].startsWith("-"))) {
            System.exit(WorkbenchLauncher.launch(args.length == 1 ? WorkbenchLauncher.Start.welcome()
                    : new WorkbenchLauncher.Start(Path.of(args[1]), null), System.err));
        }
        System.exit(Cli.run(args));
    }
}
