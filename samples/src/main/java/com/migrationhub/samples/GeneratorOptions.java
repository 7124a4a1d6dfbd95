package com.migrationhub.samples;

import java.nio.file.Path;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * What to generate: how many VMs, from which seed, in which formats, where, under which file-name
 * prefix. {@link #parse(String[])} reads them from the command line.
 *
 * @param vms the number of VMs, templates included (1 to 1,000,000)
 * @param seed the estate seed: the same seed and count give the same estate
 * @param outDir the folder the files are written to (created if missing)
 * @param formats the formats to write
 * @param namePrefix put before every file name ("contoso" gives "contoso-rvtools.xlsx"); may be ""
 * @param connections the rows wanted in the dependency export, 0 for the default of
 *     20 per VM (at most {@value #MAX_CONNECTIONS})
 */
public record GeneratorOptions(int vms, long seed, Path outDir, Set<ExportFormat> formats, String namePrefix,
        long connections) {

    public static final int DEFAULT_VMS = 300;
    public static final long DEFAULT_SEED = 42;
    public static final String DEFAULT_PREFIX = "estate";
    /** 100 million rows are about 17 GB of CSV. */
    public static final long MAX_CONNECTIONS = 100_000_000L;

    public static final String USAGE = String.join("\n",
            "Usage: InventoryGenerator --out DIR [--vms N] [--seed S] [--formats LIST] [--name PREFIX]",
            "                          [--connections N]",
            "",
            "Writes a synthetic but realistic vSphere estate in the export formats of migration tools.",
            "",
            "  --out DIR        folder to write to (created if missing)",
            "  --vms N          number of VMs, templates included, 1 to " + Estate.MAX_VMS + " (default "
                    + DEFAULT_VMS + ")",
            "  --seed S         estate seed; the same seed and N give the same files (default " + DEFAULT_SEED + ")",
            "  --formats LIST   comma-separated: rvtools, rvtools3, azure-migrate, aws-mhub, gcp-mc, vrops,",
            "                   generic-csv, azure-migrate-deps, ipam, or all (default all)",
            "  --name PREFIX    file-name prefix (default " + DEFAULT_PREFIX + "; \"\" for none)",
            "  --connections N  rows in the dependency export (azure-migrate-deps), at least one per",
            "                   dependency (default " + AzureMigrateDependencyWriter.DEFAULT_ROWS_PER_VM
                    + " per VM)",
            "  --help           show this text");

    public GeneratorOptions {
        if (vms < 1 || vms > Estate.MAX_VMS) {
            throw new IllegalArgumentException("--vms must be between 1 and " + Estate.MAX_VMS + ": " + vms);
        }
        if (outDir == null) {
            throw new IllegalArgumentException("--out is required");
        }
        if (formats == null || formats.isEmpty()) {
            throw new IllegalArgumentException("no format to write");
        }
        formats = Collections.unmodifiableSet(EnumSet.copyOf(formats));
        if (namePrefix == null || namePrefix.contains("/") || namePrefix.contains("\\")) {
            throw new IllegalArgumentException("--name must be a plain file-name prefix: " + namePrefix);
        }
        if (connections < 0 || connections > MAX_CONNECTIONS) {
            throw new IllegalArgumentException("--connections must be between 1 and " + MAX_CONNECTIONS + ": "
                    + connections);
        }
    }

    /** Options with the default number of dependency rows. */
    public GeneratorOptions(int vms, long seed, Path outDir, Set<ExportFormat> formats, String namePrefix) {
        this(vms, seed, outDir, formats, namePrefix, 0);
    }

    /** Options with every default and all formats, writing to {@code outDir}. */
    public static GeneratorOptions defaults(Path outDir) {
        return new GeneratorOptions(DEFAULT_VMS, DEFAULT_SEED, outDir, EnumSet.allOf(ExportFormat.class),
                DEFAULT_PREFIX);
    }

    /**
     * Reads options from command-line arguments ({@code --vms 300} or {@code --vms=300}).
     *
     * @return null when help was asked for
     * @throws IllegalArgumentException with a message for the user when the arguments are wrong
     */
    public static GeneratorOptions parse(String[] args) {
        int vms = DEFAULT_VMS;
        long seed = DEFAULT_SEED;
        Path out = null;
        Set<ExportFormat> formats = EnumSet.allOf(ExportFormat.class);
        String prefix = DEFAULT_PREFIX;
        long connections = 0;
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (arg.equals("--help") || arg.equals("-h")) {
                return null;
            }
            String name = arg;
            String value;
            int eq = arg.indexOf('=');
            if (arg.startsWith("--") && eq > 0) {
                name = arg.substring(0, eq);
                value = arg.substring(eq + 1);
            } else if (i + 1 < args.length) {
                value = args[++i];
            } else {
                throw new IllegalArgumentException(arg.startsWith("--") ? arg + " needs a value"
                        : "unexpected argument: " + arg);
            }
            switch (name) {
                case "--vms" -> vms = integer(name, value);
                case "--seed" -> seed = longValue(name, value);
                case "--out" -> out = Path.of(value);
                case "--formats" -> formats = formats(value);
                case "--name" -> prefix = value;
                case "--connections" -> {
                    connections = longValue(name, value.replace("_", ""));
                    if (connections < 1) {
                        throw new IllegalArgumentException("--connections must be between 1 and " + MAX_CONNECTIONS
                                + ": " + value);
                    }
                }
                default -> throw new IllegalArgumentException("unknown option: " + name);
            }
        }
        return new GeneratorOptions(vms, seed, out, formats, prefix, connections);
    }

    private static Set<ExportFormat> formats(String list) {
        Set<ExportFormat> result = EnumSet.noneOf(ExportFormat.class);
        for (String part : list.split(",")) {
            String name = part.trim();
            if (name.equals("all")) {
                result.addAll(EnumSet.allOf(ExportFormat.class));
            } else if (!name.isEmpty()) {
                result.add(ExportFormat.fromCliName(name));
            }
        }
        return result;
    }

    private static int integer(String option, String value) {
        try {
            return Integer.parseInt(value.replace("_", ""));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(option + " must be a whole number: " + value, e);
        }
    }

    private static long longValue(String option, String value) {
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(option + " must be a whole number: " + value, e);
        }
    }
}
