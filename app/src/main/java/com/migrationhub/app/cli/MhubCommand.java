package com.migrationhub.app.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code mhub}: the command line of MigrationHub Workbench. */
@Command(name = "mhub", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = {"MigrationHub Workbench: cloud-migration assessment for AWS, Azure and GCP, offline.", "",
            "One engagement is one project file (.mhub). Create one, import the client's inventory exports "
                + "(RVTools, Azure Migrate, AWS Migration Hub, Google Migration Center, vROps, any CSV) and inspect it."},
        subcommands = {NewCommand.class, ImportCommand.class, InventoryCommand.class, ImportsCommand.class,
            InfoCommand.class, SettingsCommand.class, SampleCommand.class, GenerateCommand.class, AssessCommand.class, AssessmentCommand.class, CatalogCommand.class, DepsCommand.class, GroupsCommand.class, WavesCommand.class, GraphCommand.class, ReportCommand.class, CommandLine.HelpCommand.class},
        footer = {"", "Exit codes: 0 ok, 1 bad input (the message names the file and the place), 2 wrong usage."})
public final class MhubCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        // The workbench opens here once it exists; until then, the help.
        PrintWriter out = spec.commandLine().getOut();
        spec.commandLine().usage(out);
        return 0;
    }
}
