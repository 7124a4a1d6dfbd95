package com.migrationhub.app.cli;

import com.migrationhub.samples.EstateTotals;
import com.migrationhub.samples.ExportFormat;
import com.migrationhub.samples.GeneratorOptions;
import com.migrationhub.samples.InventoryGenerator;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

@Command(name = "generate", mixinStandardHelpOptions = true,
        description = {"Write a realistic synthetic estate in the export formats of migration tools.", "",
            "For trying MigrationHub, training and tests. The same seed and size give the same files; "
                + "totals.properties beside them says what an import must find."})
final class GenerateCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "The folder to write to (created if missing).")
    Path out;

    @Option(names = "--vms", paramLabel = "N", description = "Number of VMs, templates included (default 300).")
    int vms = GeneratorOptions.DEFAULT_VMS;

    @Option(names = "--seed", paramLabel = "S", description = "The estate's seed (default 42).")
    long seed = GeneratorOptions.DEFAULT_SEED;

    @Option(names = "--formats", split = ",", paramLabel = "FORMAT",
            description = "rvtools, rvtools3, azure-migrate, aws-mhub, gcp-mc, vrops, generic-csv, azure-migrate-deps "
                    + "(Azure Migrate dependency export and its truth file), ipam (IP address plan) (default: all).")
    List<String> formats;

    @Option(names = "--connections", paramLabel = "N",
            description = "Rows in the dependency export (default 20 per VM; at least one per dependency).")
    long connections;

    @Option(names = "--name", paramLabel = "PREFIX", description = "File-name prefix (default estate).")
    String name = GeneratorOptions.DEFAULT_PREFIX;

    @Override
    public Integer call() throws Exception {
        Set<ExportFormat> chosen = EnumSet.noneOf(ExportFormat.class);
        try {
            if (formats == null || formats.isEmpty()) {
                chosen = EnumSet.allOf(ExportFormat.class);
            } else {
                for (String f : formats) {
                    chosen.add(ExportFormat.fromCliName(f.trim()));
                }
            }
            GeneratorOptions options = connections > 0
                    ? new GeneratorOptions(vms, seed, out, chosen, name, connections)
                    : new GeneratorOptions(vms, seed, out, chosen, name);
            InventoryGenerator.Result result = InventoryGenerator.generate(options);
            PrintWriter o = spec.commandLine().getOut();
            for (Path file : result.files()) {
                o.println("Wrote " + file);
            }
            EstateTotals t = result.totals();
            o.printf("%,d servers, %,d templates, %,d vCPUs, %,d MiB memory (totals in %s)%n", t.servers(),
                    t.templates(), t.vcpus(), t.memoryMiB(), result.totalsFile());
            return 0;
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
    }
}
