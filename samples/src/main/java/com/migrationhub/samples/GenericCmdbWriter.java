package com.migrationhub.samples;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes the estate as a plain CMDB extract, the kind a client mails over: its own column names,
 * the CMDB's spelling of environments and OS products, memory and disk in GB (GiB, really), one IP
 * per server. An import needs a column mapping for it. Templates are left out.
 */
final class GenericCmdbWriter implements InventoryWriter {
    static final List<String> HEADERS = List.of("hostname", "ip", "cpu", "ram_gb", "disk_gb", "os", "environment",
            "owner", "application", "site", "status");

    private final CsvFile csv;

    GenericCmdbWriter(Path file) throws IOException {
        csv = new CsvFile(file, HEADERS, false, "\n", false);
    }

    @Override
    public void write(VirtualMachine vm) throws IOException {
        if (vm.template) {
            return;
        }
        String site = vm.cluster().site().equals("GRR") ? "Grand Rapids" : "Detroit";
        csv.add(vm.name).add(vm.primaryIp()).add(vm.vcpus).add(Fmt.gib(vm.memoryMiB))
                .add(Fmt.gib(vm.totalDiskCapacityMiB())).add(vm.os.productName).add(vm.environment.cmdbName)
                .add(vm.application.owner()).add(vm.application.name()).add(site)
                .add(vm.poweredOn() ? "Operational" : "Non-Operational").end();
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
