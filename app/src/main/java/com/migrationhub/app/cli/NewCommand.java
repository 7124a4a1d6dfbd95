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

    @Option(names = "--regions", paramLabel = "LIST", split = ",",
            description = "The default region of each cloud for assessments (e.g. eu-central-1,westeurope,europe-west3);"
                    + " otherwise us-east-1, eastus and us-central1.")
    java.util.List<String> regions;

    @Override
    public Integer call() throws Exception {
        java.util.Map<String, String> defaults = regions == null ? java.util.Map.of()
                : SettingsCommand.regionSettings(regions);
        try (ProjectFile project = ProjectFile.create(file, client, engagement)) {
            project.settings().putAll(defaults);
            spec.commandLine().getOut().println("Created " + project.path());
        }
        return 0;
    }
}
