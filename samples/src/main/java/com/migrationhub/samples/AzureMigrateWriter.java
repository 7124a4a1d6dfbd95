package com.migrationhub.samples;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes the estate as the CSV that Azure Migrate's "Import using CSV" discovery takes: the
 * portal template's columns, with one block of five disk columns per disk up to the most disks a
 * VM has. Templates are left out (they are not servers); a VM that was not running has empty
 * utilization cells, as a consultant converting RVTools would leave them.
 */
final class AzureMigrateWriter implements InventoryWriter {
    private final CsvFile csv;

    AzureMigrateWriter(Path file) throws IOException {
        csv = new CsvFile(file, headers(), false, "\r\n", false);
    }

    /** The template's header, verified against Microsoft's tutorial and public templates. */
    static List<String> headers() {
        List<String> h = new ArrayList<>(List.of("*Server name", "IP addresses", "*Cores", "*Memory (In MB)",
                "*OS name", "OS version", "OS architecture", "Server type", "Hypervisor", "CPU utilization percentage",
                "Memory utilization percentage", "Network adapters", "Network In throughput", "Network Out throughput",
                "Boot type", "Number of disks", "Storage in use (In GB)"));
        for (int d = 1; d <= Estate.MAX_DISKS_PER_VM; d++) {
            h.add("Disk " + d + " size (In GB)");
            h.add("Disk " + d + " read throughput (MB per second)");
            h.add("Disk " + d + " write throughput (MB per second)");
            h.add("Disk " + d + " read ops (operations per second)");
            h.add("Disk " + d + " write ops (operations per second)");
        }
        return List.copyOf(h);
    }

    @Override
    public void write(VirtualMachine vm) throws IOException {
        if (vm.template) {
            return;
        }
        Utilization u = vm.utilization;
        boolean m = u.measured();
        csv.add(vm.name).add(String.join(", ", vm.ipAddresses())).add(vm.vcpus).add(vm.memoryMiB)
                .add(vm.os.vmwareName).add(vm.os.version).add(vm.os.architecture()).add("Virtual").add("VMware")
                .add(m ? Fmt.decimal(u.cpuAvgPct(), 1) : "").add(m ? Fmt.decimal(u.memAvgPct(), 1) : "")
                .add(vm.nics.size()).add(m ? Fmt.decimal(u.netInKBpsAvg() / 1024, 3) : "")
                .add(m ? Fmt.decimal(u.netOutKBpsAvg() / 1024, 3) : "")
                .add("efi".equals(vm.firmware) ? "UEFI" : "BIOS").add(vm.disks.size()).add(Fmt.gib(vm.inUseMiB));
        for (int d = 0; d < Estate.MAX_DISKS_PER_VM; d++) {
            if (d >= vm.disks.size()) {
                csv.add("").add("").add("").add("").add("");
                continue;
            }
            // The boot disk takes a quarter of the I/O when there are data disks; these share the rest.
            int n = vm.disks.size();
            double share = n == 1 ? 1 : d == 0 ? 0.25 : 0.75 / (n - 1);
            csv.add(Fmt.gib(vm.disks.get(d).capacityMiB()))
                    .add(m ? Fmt.decimal(u.readKBpsAvg() * share / 1024, 3) : "")
                    .add(m ? Fmt.decimal(u.writeKBpsAvg() * share / 1024, 3) : "")
                    .add(m ? Fmt.decimal(u.readIopsAvg() * share, 1) : "")
                    .add(m ? Fmt.decimal(u.writeIopsAvg() * share, 1) : "");
        }
        csv.end();
    }

    @Override
    public void finish(EstateUsage usage) throws IOException {
        csv.close();
    }

    @Override
    public List<Path> files() {
        return List.of(csv.path());
    }

    @Override
    public void close() throws IOException {
        csv.close();
    }
}
