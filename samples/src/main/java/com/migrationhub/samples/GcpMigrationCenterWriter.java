package com.migrationhub.samples;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Writes the estate as Google Migration Center's manually populated CSV templates, in a folder of
 * their own since the upload expects the template file names: vmInfo.csv (one row per server),
 * diskInfo.csv (one per disk), tagInfo.csv (one per custom attribute, as Google Cloud labels) and
 * perfInfo.csv, an hourly time series over the last day for about a fifth of the running servers,
 * the ones a collector happened to sample. Templates are left out.
 */
final class GcpMigrationCenterWriter implements InventoryWriter {
    /**
     * Column names as Migration Center's templates have them, "(optional)" suffixes included;
     * from public template-conformant tools and scripts (see the module README).
     */
    static final List<String> VM_INFO = List.of("MachineId", "MachineName", "PrimaryIPAddress(optional)",
            "PrimaryMACAddress(optional)", "PublicIPAddress(optional)", "IpAddressListSemiColonDelimited(optional)",
            "TotalDiskAllocatedGiB", "TotalDiskUsedGiB", "MachineTypeLabel(optional)", "AllocatedProcessorCoreCount",
            "MemoryGiB", "HostingLocation(optional)", "OsType(optional)", "OsPublisher(optional)", "OsName",
            "OsVersion(optional)", "MachineStatus(optional)", "ProvisioningState(optional)", "CreateDate(optional)",
            "IsPhysical");
    static final List<String> DISK_INFO = List.of("MachineId", "DiskLabel", "SizeInGib", "UsedInGib",
            "StorageTypeLabel");
    static final List<String> PERF_INFO = List.of("MachineId", "TimeStamp", "CpuUtilizationPercentage",
            "MemoryUtilizationPercentage(optional)", "AvailableMemoryBytes", "DiskReadOperationsPerSec",
            "DiskWriteOperationsPerSec", "NetworkBytesPerSecSent", "NetworkBytesPerSecReceived");
    static final List<String> TAG_INFO = List.of("MachineId", "Key", "Value");

    static final int SAMPLES = 24;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private final CsvFile vmInfo;
    private final CsvFile diskInfo;
    private final CsvFile perfInfo;
    private final CsvFile tagInfo;
    /** The first sample: the day before the export, 00:00. */
    private final LocalDateTime firstSample;

    GcpMigrationCenterWriter(Estate estate, Path folder) throws IOException {
        Files.createDirectories(folder);
        this.firstSample = estate.exportedAt.toLocalDate().minusDays(1).atStartOfDay();
        vmInfo = new CsvFile(folder.resolve("vmInfo.csv"), VM_INFO, false, "\n", false);
        diskInfo = new CsvFile(folder.resolve("diskInfo.csv"), DISK_INFO, false, "\n", false);
        perfInfo = new CsvFile(folder.resolve("perfInfo.csv"), PERF_INFO, false, "\n", false);
        tagInfo = new CsvFile(folder.resolve("tagInfo.csv"), TAG_INFO, false, "\n", false);
    }

    /** Whether a running VM is in the sampled fifth: fixed by its seed, the same on every run. */
    static boolean sampled(VirtualMachine vm) {
        return vm.poweredOn() && Math.floorMod(vm.seed, 5) == 0;
    }

    @Override
    public void write(VirtualMachine vm) throws IOException {
        if (vm.template) {
            return;
        }
        String status = switch (vm.powerState) {
            case POWERED_ON -> "Running";
            case POWERED_OFF -> "Stopped";
            case SUSPENDED -> "Suspended";
        };
        vmInfo.add(vm.vmUuid).add(vm.name).add(vm.primaryIp()).add(vm.primaryMac()).add("")
                .add(String.join(";", vm.ipAddresses())).add(Fmt.gib(vm.totalDiskCapacityMiB()))
                .add(Fmt.gib(vm.guestUsedMiB())).add("").add(vm.vcpus).add(Fmt.gib(vm.memoryMiB))
                .add(vm.cluster().datacenter()).add(vm.os.family()).add(vm.os.publisher).add(vm.os.productName)
                .add(vm.os.version).add(status).add("Provisioned").add(TIME.format(vm.created)).add("FALSE").end();
        for (VirtualDisk d : vm.disks) {
            diskInfo.add(vm.vmUuid).add(d.label()).add(Fmt.gib(d.capacityMiB())).add(Fmt.gib(d.usedMiB()))
                    .add(d.datastore().ssd() ? "SSD" : "HDD").end();
        }
        for (Map.Entry<String, String> e : vm.customAttributes.entrySet()) {
            if (!e.getValue().isEmpty()) {
                tagInfo.add(vm.vmUuid).add(label(e.getKey())).add(label(e.getValue())).end();
            }
        }
        if (sampled(vm)) {
            long memoryBytes = vm.memoryMiB * 1024L * 1024L;
            for (int k = 0; k < SAMPLES; k++) {
                LocalDateTime at = firstSample.plusHours(k);
                UtilizationSample s = UtilizationSample.of(vm, at);
                perfInfo.add(vm.vmUuid).add(TIME.format(at)).add(Fmt.decimal(s.cpuPct(), 2))
                        .add(Fmt.decimal(s.memPct(), 2)).add(Math.round(memoryBytes * (1 - s.memPct() / 100)))
                        .add(Fmt.decimal(s.readIops(), 2)).add(Fmt.decimal(s.writeIops(), 2))
                        .add(Math.round(s.netOutKBps() * 1024)).add(Math.round(s.netInKBps() * 1024)).end();
            }
        }
    }

    /**
     * Google Cloud labels allow lower-case letters, digits, "_" and "-", 63 characters at most,
     * so "Patch Group" becomes "patch_group" and "Anna Kowalski" "anna_kowalski".
     */
    static String label(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        StringBuilder b = new StringBuilder(lower.length());
        for (int i = 0; i < lower.length() && b.length() < 63; i++) {
            char c = lower.charAt(i);
            b.append((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_' || c == '-' ? c : '_');
        }
        return b.toString();
    }

    @Override
    public void finish(EstateUsage usage) throws IOException {
        close();
    }

    @Override
    public List<Path> files() {
        return List.of(vmInfo.path(), diskInfo.path(), perfInfo.path(), tagInfo.path());
    }

    @Override
    public void close() throws IOException {
        IOException failure = null;
        for (CsvFile f : List.of(vmInfo, diskInfo, perfInfo, tagInfo)) {
            try {
                f.close();
            } catch (IOException e) {
                if (failure == null) {
                    failure = e;
                } else {
                    failure.addSuppressed(e);
                }
            }
        }
        if (failure != null) {
            throw failure;
        }
    }
}
