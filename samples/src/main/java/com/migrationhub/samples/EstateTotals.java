package com.migrationhub.samples;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Properties;

/**
 * What an importer must find in a generated estate: the number of servers and templates and the
 * sums of their vCPUs, memory, storage, disks and NICs, taken from the values the generator wrote
 * to RVTools' vInfo sheet (which every other format agrees with). Sums are over servers, that is
 * non-template VMs; memory and storage are in MiB.
 *
 * <p>Written next to the generated files as {@code totals.properties}; importer tests elsewhere
 * read it with {@link #read(Path)} and compare their import against it.
 */
public final class EstateTotals {
    /** The file name the generator writes the totals under. */
    public static final String FILE_NAME = "totals.properties";

    private long servers;
    private long templates;
    private long vcpus;
    private long memoryMiB;
    private long provisionedMiB;
    private long inUseMiB;
    private long poweredOn;
    private long disks;
    private long nics;

    public EstateTotals() {
    }

    void add(VirtualMachine vm) {
        if (vm.template) {
            templates++;
            return;
        }
        servers++;
        vcpus += vm.vcpus;
        memoryMiB += vm.memoryMiB;
        provisionedMiB += vm.provisionedMiB;
        inUseMiB += vm.inUseMiB;
        if (vm.poweredOn()) {
            poweredOn++;
        }
        disks += vm.disks.size();
        nics += vm.nics.size();
    }

    /** Non-template VMs: the rows an import should turn into servers. */
    public long servers() {
        return servers;
    }

    public long templates() {
        return templates;
    }

    public long vcpus() {
        return vcpus;
    }

    public long memoryMiB() {
        return memoryMiB;
    }

    /** The sum of vInfo "Provisioned MiB" over servers. */
    public long provisionedMiB() {
        return provisionedMiB;
    }

    /** The sum of vInfo "In Use MiB" over servers. */
    public long inUseMiB() {
        return inUseMiB;
    }

    public long poweredOn() {
        return poweredOn;
    }

    /** Virtual disks of servers (vDisk rows less the templates' ones). */
    public long disks() {
        return disks;
    }

    /** Network adapters of servers (vNetwork rows less the templates' ones). */
    public long nics() {
        return nics;
    }

    /** Writes the totals as properties, in a fixed order and without the date {@link Properties} adds. */
    public void write(Path file) throws IOException {
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write("# What an importer must find in this generated estate.\n");
            w.write("# Sums over servers (non-template VMs) of the values written to RVTools vInfo; MiB are base 2.\n");
            w.write("servers=" + servers + "\n");
            w.write("templates=" + templates + "\n");
            w.write("vcpus=" + vcpus + "\n");
            w.write("memoryMiB=" + memoryMiB + "\n");
            w.write("provisionedMiB=" + provisionedMiB + "\n");
            w.write("inUseMiB=" + inUseMiB + "\n");
            w.write("poweredOn=" + poweredOn + "\n");
            w.write("disks=" + disks + "\n");
            w.write("nics=" + nics + "\n");
        }
    }

    /** Reads totals written by {@link #write(Path)}. */
    public static EstateTotals read(Path file) throws IOException {
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(r);
        }
        EstateTotals t = new EstateTotals();
        t.servers = number(p, "servers");
        t.templates = number(p, "templates");
        t.vcpus = number(p, "vcpus");
        t.memoryMiB = number(p, "memoryMiB");
        t.provisionedMiB = number(p, "provisionedMiB");
        t.inUseMiB = number(p, "inUseMiB");
        t.poweredOn = number(p, "poweredOn");
        t.disks = number(p, "disks");
        t.nics = number(p, "nics");
        return t;
    }

    private static long number(Properties p, String key) throws IOException {
        String value = p.getProperty(key);
        if (value == null) {
            throw new IOException("totals file lacks " + key);
        }
        try {
            return Long.parseLong(value.trim());
        } catch (NumberFormatException e) {
            throw new IOException("totals file has a bad " + key + ": " + value, e);
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof EstateTotals t && servers == t.servers && templates == t.templates && vcpus == t.vcpus
                && memoryMiB == t.memoryMiB && provisionedMiB == t.provisionedMiB && inUseMiB == t.inUseMiB
                && poweredOn == t.poweredOn && disks == t.disks && nics == t.nics;
    }

    @Override
    public int hashCode() {
        return Objects.hash(servers, templates, vcpus, memoryMiB, provisionedMiB, inUseMiB, poweredOn,
                disks, nics);
    }

    @Override
    public String toString() {
        return "EstateTotals[servers=" + servers + ", templates=" + templates + ", vcpus=" + vcpus + ", memoryMiB="
                + memoryMiB + ", provisionedMiB=" + provisionedMiB + ", inUseMiB=" + inUseMiB + ", poweredOn="
                + poweredOn + ", disks=" + disks + ", nics=" + nics + "]";
    }
}
