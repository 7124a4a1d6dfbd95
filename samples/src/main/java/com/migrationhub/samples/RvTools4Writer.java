package com.migrationhub.samples;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;

/**
 * Writes the estate as an RVTools 4.x export: vInfo, vCPU, vMemory, vDisk, vPartition, vNetwork,
 * vSnapshot, vTools, vSource, vCluster, vHost, vDatastore and vMetaData, with RVTools' headers,
 * sheet order and value conventions (sizes in MiB, numbers as numeric cells, booleans as the words
 * "True"/"False", dates as date cells, empty values as absent cells). Streams: memory does not grow
 * with the number of VMs.
 */
final class RvTools4Writer implements InventoryWriter {
    private final Estate estate;
    private final Path file;
    private final StreamingWorkbook workbook;
    private final XlsxSheet vInfo;
    private final XlsxSheet vCpu;
    private final XlsxSheet vMemory;
    private final XlsxSheet vDisk;
    private final XlsxSheet vPartition;
    private final XlsxSheet vNetwork;
    private final XlsxSheet vSnapshot;
    private final XlsxSheet vTools;
    private final XlsxSheet vSource;
    private final XlsxSheet vCluster;
    private final XlsxSheet vHost;
    private final XlsxSheet vDatastore;
    private final XlsxSheet vMetaData;

    RvTools4Writer(Estate estate, Path file) {
        this.estate = estate;
        this.file = file;
        this.workbook = StreamingWorkbook.forEstate(estate.exportedAt, estate.vmCount);
        List<String> attributes = estate.customAttributes;
        // Created in RVTools' tab order; the VM sheets fill in parallel as the VMs stream past.
        vInfo = workbook.sheet("vInfo", RvToolsColumns.vInfo(attributes));
        vCpu = workbook.sheet("vCPU", RvToolsColumns.vCpu(attributes));
        vMemory = workbook.sheet("vMemory", RvToolsColumns.vMemory(attributes));
        vDisk = workbook.sheet("vDisk", RvToolsColumns.vDisk(attributes));
        vPartition = workbook.sheet("vPartition", RvToolsColumns.vPartition(attributes));
        vNetwork = workbook.sheet("vNetwork", RvToolsColumns.vNetwork(attributes));
        vSnapshot = workbook.sheet("vSnapshot", RvToolsColumns.vSnapshot(attributes));
        vTools = workbook.sheet("vTools", RvToolsColumns.vTools(attributes));
        vSource = workbook.sheet("vSource", RvToolsColumns.V_SOURCE);
        vCluster = workbook.sheet("vCluster", RvToolsColumns.V_CLUSTER);
        vHost = workbook.sheet("vHost", RvToolsColumns.V_HOST);
        vDatastore = workbook.sheet("vDatastore", RvToolsColumns.V_DATASTORE);
        vMetaData = workbook.sheet("vMetaData", RvToolsColumns.V_META_DATA);
    }

    @Override
    public void write(VirtualMachine vm) {
        info(vm);
        cpu(vm);
        memory(vm);
        for (VirtualDisk d : vm.disks) {
            disk(vm, d);
        }
        for (GuestPartition p : vm.partitions) {
            head(vPartition, vm).text(Integer.toString(p.diskKey())).text(p.mountPoint()).number(p.capacityMiB())
                    .number(p.consumedMiB()).number(p.freeMiB()).number(p.freePercent())
                    .text(vm.moRef + ":" + p.diskKey() + ":" + p.mountPoint());
            tail(vPartition, vm);
        }
        for (NetworkAdapter n : vm.nics) {
            boolean reported = vm.toolsRunning() && n.connected();
            head(vNetwork, vm).text(n.label()).text(n.adapterType()).text(n.portGroup().name())
                    .text(n.portGroup().distributedSwitch()).bool(vm.poweredOn() && n.connected()).bool(n.connected())
                    .text(n.mac()).text("assigned").text(reported ? n.ipv4() : "").text(reported ? n.ipv6() : "")
                    .bool(false).text(vm.moRef + ":" + n.key());
            tail(vNetwork, vm);
        }
        for (VmSnapshot s : vm.snapshots) {
            vSnapshot.begin().text(vm.name).text(vm.powerState.vsphereName).text(s.name()).text(s.description())
                    .date(s.taken()).text(s.fileName()).number(s.vmsnMiB()).number(s.totalMiB()).bool(s.quiesced())
                    .text(s.vmsnMiB() > 0 ? "poweredOn" : "poweredOff");
            tail(vSnapshot, vm);
        }
        tools(vm);
    }

    private void info(VirtualMachine vm) {
        boolean running = vm.toolsRunning();
        boolean suspended = vm.powerState == VmPowerState.SUSPENDED;
        String home = "[" + vm.homeDatastore.name() + "] " + vm.name;
        head(vInfo, vm).text("green").text(running ? vm.dnsName : "").text("connected")
                .text(running ? "running" : "notRunning").text(running ? "green" : "gray").bool(false)
                .date(vm.poweredOnAt).text(suspended ? "True" : "").date(vm.suspendedAt).text("0").date(vm.created)
                .date(changeVersion(vm)).number(vm.vcpus).blank().number(vm.memoryMiB)
                .number(vm.poweredOn() ? Math.round(vm.memoryMiB * vm.utilization.memAvgPct() / 100 * 0.6) : 0)
                .number(vm.nics.size()).number(vm.disks.size()).number(vm.totalDiskCapacityMiB()).bool(false)
                .text(vm.poweredOn() ? vm.host.model().evcMode() : "").text("normal").blank()
                .bool((vm.seed & 7) == 0).bool(vm.changedBlockTracking)
                .text(running && vm.nics.get(0).connected() ? vm.primaryIp() : "");
        for (int i = 0; i < 8; i++) {
            vInfo.text(i < vm.nics.size() ? vm.nics.get(i).portGroup().name() : "");
        }
        vInfo.number(1).number(vm.os.isWindows() ? 8192 : 4096).text(vm.resourcePool).text(vm.folderId)
                .text(vm.folder).blank().bool(true).text("notConfigured").blank().text("gray").number(-1).number(-1)
                .blank().number(vm.provisionedMiB).number(vm.inUseMiB).number(vm.unsharedMiB).text("medium")
                .text("none").text("vmMonitoringDisabled").blank().blank().bool(false).number(0).number(10000)
                .bool(false).bool(false).bool(false).bool(vm.secureBoot).text(vm.firmware).number(vm.hardwareVersion)
                .text("none").text("never").blank().text(home + "/" + vm.name + ".vmx").text(home).text(home)
                .text(home).text(vm.annotation).texts(vm.customAttributes.values()).text(vm.cluster().datacenter())
                .text(vm.cluster().name()).text(vm.host.name()).text(vm.configuredOs.vmwareName)
                .text(running ? vm.os.toolsName() : "").blank()
                .text(running && "toolsOk".equals(vm.toolsStatus) ? vm.os.guestDetailedData() : "").text(vm.moRef)
                .text(vm.biosUuid).text(vm.vmUuid).text(estate.vcenterFullName()).text(estate.vcenterApiVersion())
                .text(estate.vcenterName).text(estate.vcenterUuid).end();
    }

    /** vSphere's change version is the time of the last configuration change. */
    private LocalDateTime changeVersion(VirtualMachine vm) {
        LocalDateTime base = vm.poweredOnAt != null ? vm.poweredOnAt : vm.created;
        LocalDateTime changed = base.plusSeconds(Math.floorMod(vm.seed, 86_400L));
        return changed.isAfter(estate.exportedAt) ? base : changed;
    }

    private void cpu(VirtualMachine vm) {
        long max = (long) vm.vcpus * vm.host.model().speedMhz();
        long overall = vm.poweredOn() ? Math.round(max * vm.utilization.cpuAvgPct() / 100) : 0;
        head(vCpu, vm).number(vm.vcpus).number(vm.sockets).number(vm.coresPerSocket).number(max).number(overall)
                .text("normal").number(1000L * vm.vcpus).number(0).number(overall).number(overall).number(-1)
                .bool((vm.seed & 0x30) == 0).bool(false).bool(false);
        tail(vCpu, vm);
    }

    private void memory(VirtualMachine vm) {
        boolean on = vm.poweredOn();
        long consumed = on ? Math.round(vm.memoryMiB * vm.utilization.memAvgPct() / 100) : 0;
        long overhead = on ? 30 + vm.memoryMiB / 100 : 0;
        long privateMiB = Math.round(consumed * 0.95);
        head(vMemory, vm).number(vm.memoryMiB).bool(false).number(overhead).number(vm.memoryMiB).number(consumed)
                .number(overhead).number(privateMiB).number(consumed - privateMiB).number(0).number(0)
                .number(Math.round(consumed * 0.6)).number(on ? consumed + overhead : 0)
                .number(on ? consumed + overhead : 0).text("normal").number(10L * vm.memoryMiB).number(0).number(-1)
                .bool(false);
        tail(vMemory, vm);
    }

    private void disk(VirtualMachine vm, VirtualDisk d) {
        String folder = d.path().substring(0, d.path().lastIndexOf('/') + 1);
        head(vDisk, vm).text(d.label()).text(Integer.toString(d.key())).text(d.uuid()).text(d.path())
                .number(d.capacityMiB()).bool(false).text("persistent").text("sharingNone").bool(d.thin())
                .bool("eager".equals(d.provisioning())).bool(false).bool(false).text("normal").number(1000).number(0)
                .number(-1).text(d.controllerType()).text("SCSI controller " + d.controllerBus()).number(7)
                .number(d.unit()).text("noSharing").text(folder).blank().blank()
                .text(vm.moRef + ":" + d.key());
        tail(vDisk, vm);
    }

    private void tools(VirtualMachine vm) {
        boolean running = vm.toolsRunning();
        head(vTools, vm).text("vmx-" + vm.hardwareVersion).text(vm.toolsStatus).text(vm.toolsVersion)
                .text(VirtualMachineFactory.TOOLS_CURRENT).bool("toolsOld".equals(vm.toolsStatus)).text("manual")
                .bool(false).text(running ? "gray" : "").text(running ? "green" : "gray").blank().bool(running)
                .bool(running).bool(running).text(vm.annotation).texts(vm.customAttributes.values())
                .text(vm.cluster().datacenter()).text(vm.cluster().name()).text(vm.host.name()).text(vm.folder)
                .text(vm.configuredOs.vmwareName).text(running ? vm.os.toolsName() : "").text(vm.moRef)
                .text(vm.moRef).text(vm.vmUuid).text(estate.vcenterName).text(estate.vcenterUuid).end();
    }

    /** The four columns every VM sheet starts with. */
    private static XlsxSheet head(XlsxSheet sheet, VirtualMachine vm) {
        return sheet.begin().text(vm.name).text(vm.powerState.vsphereName).bool(vm.template).bool(false);
    }

    /** Annotation, custom attributes and the placement and identity columns every VM sheet ends with. */
    private void tail(XlsxSheet sheet, VirtualMachine vm) {
        sheet.text(vm.annotation).texts(vm.customAttributes.values()).text(vm.cluster().datacenter())
                .text(vm.cluster().name()).text(vm.host.name()).text(vm.folder).text(vm.configuredOs.vmwareName)
                .text(vm.toolsRunning() ? vm.os.toolsName() : "").text(vm.moRef).text(vm.vmUuid)
                .text(estate.vcenterName).text(estate.vcenterUuid).end();
    }

    @Override
    public void finish(EstateUsage usage) throws IOException {
        vSource.begin().text(estate.vcenterName).text("linux-x64").text("VirtualCenter")
                .text(estate.vcenterApiVersion()).text(Estate.VCENTER_VERSION).blank().text(Estate.VCENTER_BUILD)
                .text(estate.vcenterFullName()).text("VMware VirtualCenter Server").text("8.0").text("vpx")
                .text("VMware, Inc.").text(estate.vcenterName).text(estate.vcenterUuid).end();
        for (ComputeCluster c : estate.clusters) {
            cluster(c);
        }
        for (EsxiHost h : estate.hosts) {
            host(h, usage);
        }
        for (Datastore ds : estate.datastores) {
            datastore(ds, usage);
        }
        vMetaData.begin().number(4).text(Estate.RVTOOLS_VERSION).date(estate.exportedAt).text(estate.vcenterName)
                .end();
        workbook.save(file);
        workbook.close();
    }

    private void cluster(ComputeCluster c) {
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
                .text("medium").bool(true).number(3).number(3600).number(30).number(120).text("vmMonitoringDisabled")
                .bool(true).text("fullyAutomated").number(3).bool(false).text("automated").number(3).text(c.moRef())
                .text(estate.vcenterName).text(estate.vcenterUuid).end();
    }

    private void host(EsxiHost h, EstateUsage usage) {
        int i = h.index();
        HostModel m = h.model();
        LocalDateTime boot = estate.exportedAt.minusDays(20 + Math.floorMod(h.name().hashCode(), 200)).minusHours(3);
        LocalDateTime certStart = estate.exportedAt.minusDays(300 + Math.floorMod(h.uuid().hashCode(), 400));
        String site = h.cluster().site().toLowerCase();
        vHost.begin().text(h.name()).text(h.cluster().datacenter()).text(h.cluster().name()).text("green").blank()
                .bool(false).bool(false).blank().text(m.cpuModel()).number(m.speedMhz()).bool(true).bool(true)
                .number(m.sockets()).number(m.coresPerSocket()).number(h.cores())
                .number(usage.hostCpuUsagePercent(h)).number(h.memoryMiB()).text("noTiering")
                .number(usage.hostMemoryUsagePercent(h)).number(0).number(4).number(2).number(usage.vmsTotal[i])
                .number(usage.vmsRunning[i]).number((double) usage.vmsRunning[i] / h.cores())
                .number(usage.vcpusRunning[i]).number((double) usage.vcpusRunning[i] / h.cores())
                .number(usage.vramRunningMiB[i]).number(usage.vmUsedMemoryMiB[i]).number(0).number(0).bool(true)
                .bool(true).text(m.evcMode()).text(m.evcMode()).text("VMware vSphere 8 Enterprise Plus").text("1")
                .text("1").text("Balanced").text("ACPI P-states, ACPI C-states").text("dynamic").text(h.esxVersion())
                .date(boot).text(site + "-dns01." + Estate.DOMAIN + ", " + site + "-dns02." + Estate.DOMAIN)
                .bool(false).text(Estate.DOMAIN).text(Estate.DOMAIN).text(Estate.DOMAIN)
                .text("ntp1." + Estate.DOMAIN + ", ntp2." + Estate.DOMAIN).bool(true).text("UTC").text("UTC")
                .number(0).text(m.vendor()).text(m.model()).text(h.serialNumber())
                .text(m.vendor().startsWith("Dell") ? h.serialNumber() : "").blank().text(m.vendor())
                .text(m.biosVersion()).date(LocalDateTime.of(2023, 3, 14, 0, 0))
                .text("O=VMware Engineering, CN=CA, DC=vsphere, DC=local").date(certStart)
                .date(certStart.plusYears(5)).text("good").text("CN=" + h.name()).text(h.moRef()).text(h.uuid())
                .text(estate.vcenterName).text(estate.vcenterUuid).end();
    }

    private void datastore(Datastore ds, EstateUsage usage) {
        int i = ds.index();
        long capacity = usage.datastoreCapacityMiB(ds);
        long inUse = usage.datastoreInUseMiB[i];
        long free = capacity - inUse;
        List<EsxiHost> hosts = estate.hostsOf(ds.cluster());
        StringBuilder names = new StringBuilder();
        for (EsxiHost h : hosts) {
            names.append(names.length() == 0 ? "" : ", ").append(h.name());
        }
        boolean vmfs = ds.type().equals("VMFS");
        String address = vmfs ? "naa.6000" + String.format("%028x", Seeds.mix(ds.name().hashCode()) & 0xFFFFFFFFFFFFFFFL)
                : "nas01." + Estate.DOMAIN + ":/vol/" + ds.name().toLowerCase();
        vDatastore.begin().text(ds.name()).text("green").text(address).bool(true).text(ds.type())
                .number(usage.datastoreVms[i]).number(usage.datastoreVms[i]).number(capacity)
                .number(usage.datastoreProvisionedMiB[i]).number(inUse).number(free)
                .number(Math.round(free * 100.0 / capacity)).bool(false).number(30).number(hosts.size())
                .text(names.toString()).blank().blank().blank();
        if (vmfs) {
            vDatastore.number(1).number(capacity).number(1).number(6).text("6.82");
        } else {
            vDatastore.blank().blank().blank().number(3).text("3");
        }
        vDatastore.bool(false).bool(true).text(ds.url()).text(ds.moRef()).text(estate.vcenterName)
                .text(estate.vcenterUuid).end();
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
