package com.migrationhub.samples;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * Writes the estate as an older RVTools 3.x export: vInfo, vDisk, vPartition, vNetwork, vCluster
 * and vHost with 3.x headers. RVTools 3.x labels sizes "MB" but writes the same base-2 MiB
 * values as 4.x, so an importer must not convert them; dates in vHost are text, as 3.x wrote them.
 */
final class RvTools3Writer implements InventoryWriter {
    private static final DateTimeFormatter TEXT_DATE = DateTimeFormatter.ofPattern("yyyy/MM/dd HH:mm:ss");

    private final Estate estate;
    private final Path file;
    private final StreamingWorkbook workbook;
    private final XlsxSheet vInfo;
    private final XlsxSheet vDisk;
    private final XlsxSheet vPartition;
    private final XlsxSheet vNetwork;
    private final XlsxSheet vCluster;
    private final XlsxSheet vHost;

    RvTools3Writer(Estate estate, Path file) {
        this.estate = estate;
        this.file = file;
        this.workbook = StreamingWorkbook.forEstate(estate.exportedAt, estate.vmCount);
        List<String> attributes = estate.customAttributes;
        vInfo = workbook.sheet("vInfo", RvToolsColumns.vInfo3(attributes));
        vDisk = workbook.sheet("vDisk", RvToolsColumns.vDisk3(attributes));
        vPartition = workbook.sheet("vPartition", RvToolsColumns.vPartition3(attributes));
        vNetwork = workbook.sheet("vNetwork", RvToolsColumns.vNetwork3(attributes));
        vCluster = workbook.sheet("vCluster", RvToolsColumns.V_CLUSTER_3);
        vHost = workbook.sheet("vHost", RvToolsColumns.V_HOST_3);
    }

    @Override
    public void write(VirtualMachine vm) {
        info(vm);
        for (VirtualDisk d : vm.disks) {
            String folder = d.path().substring(0, d.path().lastIndexOf('/') + 1);
            head(vDisk, vm).text(d.label()).number(d.capacityMiB()).bool(false).text("persistent").bool(d.thin())
                    .bool("eager".equals(d.provisioning())).bool(false).bool(false).text("normal").number(1000)
                    .number(0).number(-1).text(d.controllerType()).text("SCSI controller " + d.controllerBus())
                    .number(7).number(d.unit()).number(0).text(folder).blank().blank();
            fullTail(vDisk, vm);
        }
        for (GuestPartition p : vm.partitions) {
            head(vPartition, vm).text(p.mountPoint()).number(p.capacityMiB()).number(p.consumedMiB())
                    .number(p.freeMiB()).number(p.freePercent());
            shortTail(vPartition, vm);
        }
        for (NetworkAdapter n : vm.nics) {
            boolean reported = vm.toolsRunning() && n.connected();
            String ip = !reported ? "" : n.ipv6().isEmpty() ? n.ipv4() : n.ipv4() + ", " + n.ipv6();
            head(vNetwork, vm).text(n.label()).text(n.adapterType()).text(n.portGroup().name())
                    .text(n.portGroup().distributedSwitch()).bool(vm.poweredOn() && n.connected()).bool(n.connected())
                    .text(n.mac()).text("assigned").text(ip).bool(false).text(vm.moRef + ":" + n.key());
            fullTail(vNetwork, vm);
        }
    }

    private void info(VirtualMachine vm) {
        boolean running = vm.toolsRunning();
        head(vInfo, vm).text("green").text(running ? vm.dnsName : "").number(vm.vcpus).text("normal")
                .number(vm.memoryMiB).number(vm.nics.size()).number(vm.disks.size()).bool((vm.seed & 7) == 0)
                .bool(vm.changedBlockTracking).number(1).number(vm.os.isWindows() ? 8192 : 4096)
                .text(vm.resourcePool).text(vm.folder).blank().bool(true).text("notConfigured").text("gray")
                .text("-1").text("-1").number(vm.provisionedMiB).number(vm.inUseMiB).number(vm.unsharedMiB)
                .text("medium").text("none").text("vmMonitoringDisabled").blank().blank().bool(false).number(0)
                .number(10000).bool(false).bool(false).text(vm.firmware).number(vm.hardwareVersion).text("none")
                .text("never").blank()
                .text("[" + vm.homeDatastore.name() + "] " + vm.name + "/" + vm.name + ".vmx");
        shortTail(vInfo, vm);
    }

    /** RVTools 3.x starts VM sheets with three columns: it had no SRM placeholder yet. */
    private static XlsxSheet head(XlsxSheet sheet, VirtualMachine vm) {
        return sheet.begin().text(vm.name).text(vm.powerState.vsphereName).bool(vm.template);
    }

    /** vInfo and vPartition end at the VM ID in 3.x. */
    private static void shortTail(XlsxSheet sheet, VirtualMachine vm) {
        sheet.text(vm.annotation).texts(vm.customAttributes.values()).text(vm.cluster().datacenter())
                .text(vm.cluster().name()).text(vm.host.name()).text(vm.configuredOs.vmwareName)
                .text(vm.toolsRunning() ? vm.os.toolsName() : "").text(vm.moRef).end();
    }

    private void fullTail(XlsxSheet sheet, VirtualMachine vm) {
        sheet.text(vm.annotation).texts(vm.customAttributes.values()).text(vm.cluster().datacenter())
                .text(vm.cluster().name()).text(vm.host.name()).text(vm.folder).text(vm.configuredOs.vmwareName)
                .text(vm.toolsRunning() ? vm.os.toolsName() : "").text(vm.moRef).text(vm.vmUuid)
                .text(estate.vcenterName).text(estate.vcenterUuid).end();
    }

    @Override
    public void finish(EstateUsage usage) throws IOException {
        for (ComputeCluster c : estate.clusters) {
            List<EsxiHost> hosts = estate.hostsOf(c);
            long mhz = 0;
            long cores = 0;
            long memory = 0;
            for (EsxiHost h : hosts) {
                mhz += (long) h.cores() * h.model().speedMhz();
                cores += h.cores();
                memory += h.memoryMiB();
            }
            vCluster.begin().text(c.name()).text("green").text("green").number(hosts.size()).number(hosts.size())
                    .number(mhz).number(cores).number(cores * 2).number(Math.round(mhz * 0.92)).number(memory)
                    .number(Math.round(memory * 0.96)).number(Math.floorMod(c.name().hashCode(), 5000)).bool(true)
                    .number(1).bool(true).text("enabled").text("allFeasibleDsWithUserPreference").text("none")
                    .text("medium").bool(true).number(3).number(3600).number(30).number(120)
                    .text("vmMonitoringDisabled").bool(true).number(2).number(3).bool(false).number(1).number(3)
                    .text(estate.vcenterName).text(estate.vcenterUuid).end();
        }
        for (EsxiHost h : estate.hosts) {
            host(h, usage);
        }
        workbook.save(file);
        workbook.close();
    }

    private void host(EsxiHost h, EstateUsage usage) {
        int i = h.index();
        HostModel m = h.model();
        LocalDateTime boot = estate.exportedAt.minusDays(20 + Math.floorMod(h.name().hashCode(), 200)).minusHours(3);
        String site = h.cluster().site().toLowerCase();
        vHost.begin().text(h.name()).text(h.cluster().datacenter()).text(h.cluster().name()).text("green")
                .text(m.cpuModel()).number(m.speedMhz()).bool(true).bool(true).number(m.sockets())
                .number(m.coresPerSocket()).number(h.cores()).number(usage.hostCpuUsagePercent(h))
                .number(h.memoryMiB()).number(usage.hostMemoryUsagePercent(h)).number(0).number(4).number(2)
                .number(usage.vmsRunning[i]).number((double) usage.vmsRunning[i] / h.cores())
                .number(usage.vcpusRunning[i]).number((double) usage.vcpusRunning[i] / h.cores())
                .number(usage.vramRunningMiB[i]).number(usage.vmUsedMemoryMiB[i]).number(0).number(0).bool(true)
                .bool(true).text(m.evcMode()).text(m.evcMode()).text("VMware vSphere 8 Enterprise Plus").number(1)
                .number(1).text("Balanced").text("ACPI P-states, ACPI C-states").text("dynamic").text(h.esxVersion())
                .text(TEXT_DATE.format(boot))
                .text(site + "-dns01." + Estate.DOMAIN + ", " + site + "-dns02." + Estate.DOMAIN).bool(false)
                .text(Estate.DOMAIN).text(Estate.DOMAIN).text("ntp1." + Estate.DOMAIN + ", ntp2." + Estate.DOMAIN)
                .bool(true).text("UTC").text("UTC").number(0).text(m.vendor()).text(m.model())
                .text(m.vendor().startsWith("Dell") ? h.serialNumber() : "").blank().text(m.biosVersion())
                .text("2023/03/14 00:00:00").text(h.moRef()).text(estate.vcenterName).text(estate.vcenterUuid)
                .end();
    }

    @Override
    public List<Path> files() {
        return List.of(file);
    }

    @Override
    public void close() throws IOException {
        workbook.close();
    }
}
