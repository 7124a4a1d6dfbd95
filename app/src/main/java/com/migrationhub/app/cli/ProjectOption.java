package com.migrationhub.app.cli;

import com.migrationhub.domain.store.ProjectFile;
import com.migrationhub.domain.store.ProjectFileException;
import java.nio.file.Path;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * The {@code -p/--project FILE} option every project command takes. Checked when the command
 * runs rather than by the parser, so that a parent command such as {@code inventory} does not
 * demand it before its subcommand ({@code mhub inventory show -p FILE SERVER}).
 */
final class ProjectOption {

    @Spec(Spec.Target.MIXEE)
    CommandSpec mixee;

    @Option(names = {"-p", "--project"}, paramLabel = "FILE", description = "The project file (.mhub); required.")
    Path file;

    ProjectFile open() throws ProjectFileException {
        if (file == null) {
            throw new ParameterException(mixee.commandLine(), "Missing required option: '--project=FILE'");
        }
        return ProjectFile.open(file);
    }
}
