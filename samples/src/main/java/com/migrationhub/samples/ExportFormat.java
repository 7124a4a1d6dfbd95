package com.migrationhub.samples;

import java.io.IOException;
import java.nio.file.Path;

/**
 * The export formats the generator writes (inventories, and the dependency and IPAM files that go
 * with them), with their command-line names and file names.
 */
public enum ExportFormat {
    /** RVTools 4.x workbook (MiB headers). */
    RVTOOLS("rvtools"),
    /** RVTools 3.x workbook (MB headers over MiB values). */
    RVTOOLS3("rvtools3"),
    /** Azure Migrate "Import using CSV" template. */
    AZURE_MIGRATE("azure-migrate"),
    /** AWS Migration Hub import template. */
    AWS_MHUB("aws-mhub"),
    /** Google Migration Center manual import tables, in a folder of their own. */
    GCP_MC("gcp-mc"),
    /** VMware Aria Operations (vROps) utilization export. */
    VROPS("vrops"),
    /** A plain CMDB extract that needs a column mapping. */
    GENERIC_CSV("generic-csv"),
    /** Azure Migrate dependency-analysis export, with the truth it was drawn from beside it. */
    AZURE_MIGRATE_DEPS("azure-migrate-deps"),
    /** IPAM extract: every server address with its host name, subnet and VLAN. */
    IPAM("ipam");

    private final String cliName;

    ExportFormat(String cliName) {
        this.cliName = cliName;
    }

    /** The name used on the command line: "azure-migrate". */
    public String cliName() {
        return cliName;
    }

    /** The format with this command-line name. */
    public static ExportFormat fromCliName(String name) {
        for (ExportFormat f : values()) {
            if (f.cliName.equals(name)) {
                return f;
            }
        }
        throw new IllegalArgumentException("unknown format: " + name);
    }

    /**
     * The file (or, for {@link #GCP_MC}, folder) this format is written to, under {@code prefix}:
     * "contoso-rvtools.xlsx", "contoso-gcp-mc".
     */
    public String fileName(String prefix) {
        String base = switch (this) {
            case RVTOOLS -> "rvtools.xlsx";
            case RVTOOLS3 -> "rvtools3.xlsx";
            case AZURE_MIGRATE -> "azure-migrate.csv";
            case AWS_MHUB -> "aws-mhub.csv";
            case GCP_MC -> "gcp-mc";
            case VROPS -> "vrops.csv";
            case GENERIC_CSV -> "cmdb.csv";
            case AZURE_MIGRATE_DEPS -> "dependencies.csv";
            case IPAM -> "ipam.csv";
        };
        return prefix.isEmpty() ? base : prefix + "-" + base;
    }

    /** @param connections the dependency rows wanted, 0 for the default (only {@link #AZURE_MIGRATE_DEPS} reads it) */
    InventoryWriter writer(Estate estate, Path directory, String prefix, long connections) throws IOException {
        Path target = directory.resolve(fileName(prefix));
        return switch (this) {
            case RVTOOLS -> new RvTools4Writer(estate, target);
            case RVTOOLS3 -> new RvTools3Writer(estate, target);
            case AZURE_MIGRATE -> new AzureMigrateWriter(target);
            case AWS_MHUB -> new AwsMigrationHubWriter(estate, target);
            case GCP_MC -> new GcpMigrationCenterWriter(estate, target);
            case VROPS -> new VropsWriter(estate, target);
            case GENERIC_CSV -> new GenericCmdbWriter(target);
            case AZURE_MIGRATE_DEPS -> new AzureMigrateDependencyWriter(estate, target, connections);
            case IPAM -> new IpamWriter(target);
        };
    }
}
