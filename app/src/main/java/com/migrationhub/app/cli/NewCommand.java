package com.migrationhub.app.cli;

import com.migrationhub.domain.store.ProjectFile;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "new", mixinStandardHelpOptions = true, description = "Create a new, empty project file.")
final class NewCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = {"-p", "--project"}, required = true, paramLabel = "FILE",
            description = "The project file to create; its name must end in .mhub.")
    Path file;

    @Option(names = "--client", paramLabel = "NAME", description = "The client's name, as reports will show it.")
    String client;

    @Option(names = "--engagement", paramLabel = "NAME", description = "The engagement's name.")
    String engagement;

    @Override
    public Integer call() throws Exception {
        try (ProjectFile project = ProjectFile.create(file, client, engagement)) {
            spec.commandLine().getOut().println("Created " + project.path());
        }
        return 0;
    }
}
