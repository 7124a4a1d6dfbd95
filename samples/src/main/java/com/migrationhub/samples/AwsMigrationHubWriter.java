package com.migrationhub.samples;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Writes the estate as AWS Migration Hub's import template. Each server carries every key the
 * template offers: ExternalId (the vSphere instance UUID, so that imports of other formats merge
 * with it), SMBIOS id, IPs, MACs, host name and the VMware MoRef/vCenter pair. Utilization is
 * average and peak over the collection window, in KB per second for throughput. Templates are
 * left out; VMs that were not running have empty utilization cells.
 */
final class AwsMigrationHubWriter implements InventoryWriter {
    /**
     * The template's fields in its order, from AWS's "Migration Hub Import" documentation
     * (note "DiskReadsOpsPerSecond", not "…PerSec"), plus "ApplicationWave", which the current
     * template carries between "Applications" and "Tags".
     */
    static final List<String> HEADERS = List.of("ExternalId", "SMBiosId", "IPAddress", "MACAddress", "HostName",
            "VMware.MoRefId", "VMware.VCenterId", "CPU.NumberOfProcessors", "CPU.NumberOfCores",
            "CPU.NumberOfLogicalCores", "OS.Name", "OS.Version", "VMware.VMName", "RAM.TotalSizeInMB",
            "RAM.UsedSizeInMB.Avg", "RAM.UsedSizeInMB.Max", "CPU.UsagePct.Avg", "CPU.UsagePct.Max",
            "DiskReadsPerSecondInKB.Avg", "DiskWritesPerSecondInKB.Avg", "DiskReadsPerSecondInKB.Max",
            "DiskWritesPerSecondInKB.Max", "DiskReadsOpsPerSecond.Avg", "DiskWritesOpsPerSecond.Avg",
            "DiskReadsOpsPerSecond.Max", "DiskWritesOpsPerSecond.Max", "NetworkReadsPerSecondInKB.Avg",
            "NetworkWritesPerSecondInKB.Avg", "NetworkReadsPerSecondInKB.Max", "NetworkWritesPerSecondInKB.Max",
            "Applications", "ApplicationWave", "Tags");

    private final Estate estate;
    private final CsvFile csv;

    AwsMigrationHubWriter(Estate estate, Path file) throws IOException {
        this.estate = estate;
        this.csv = new CsvFile(file, HEADERS, false, "\r\n", false);
    }

    @Override
    public void write(VirtualMachine vm) throws IOException {
        if (vm.template) {
            return;
        }
        Utilization u = vm.utilization;
        boolean m = u.measured();
        List<String> macs = new ArrayList<>();
        for (NetworkAdapter n : vm.nics) {
            macs.add(n.mac());
        }
        csv.add(vm.vmUuid).add(vm.biosUuid).add(String.join(", ", vm.ipAddresses())).add(String.join(", ", macs))
                .add(vm.dnsName).add(vm.moRef).add(estate.vcenterUuid).add(vm.sockets).add(vm.vcpus).add(vm.vcpus)
                .add(vm.os.productName).add(vm.os.version).add(vm.name).add(vm.memoryMiB)
                .add(m ? Long.toString(Math.round(vm.memoryMiB * u.memAvgPct() / 100)) : "")
                .add(m ? Long.toString(Math.round(vm.memoryMiB * u.memMaxPct() / 100)) : "")
                .add(m ? Fmt.decimal(u.cpuAvgPct(), 2) : "").add(m ? Fmt.decimal(u.cpuMaxPct(), 2) : "")
                .add(value(m, u.readKBpsAvg())).add(value(m, u.writeKBpsAvg())).add(value(m, u.readKBpsMax()))
                .add(value(m, u.writeKBpsMax())).add(value(m, u.readIopsAvg())).add(value(m, u.writeIopsAvg()))
                .add(value(m, u.readIopsMax())).add(value(m, u.writeIopsMax())).add(value(m, u.netInKBpsAvg()))
                .add(value(m, u.netOutKBpsAvg())).add(value(m, u.netInKBpsMax())).add(value(m, u.netOutKBpsMax()))
                .add(vm.application.name()).add(vm.application.wave()).add(tags(vm)).end();
    }

    private static String value(boolean measured, double v) {
        return measured ? Fmt.decimal(v, 2) : "";
    }

    /** The custom attributes as the template's "name:value, name:value" list. */
    private static String tags(VirtualMachine vm) {
        StringBuilder b = new StringBuilder();
        for (Map.Entry<String, String> e : vm.customAttributes.entrySet()) {
            if (!e.getValue().isEmpty()) {
                b.append(b.length() == 0 ? "" : ", ").append(e.getKey()).append(':').append(e.getValue());
            }
        }
        return b.toString();
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
