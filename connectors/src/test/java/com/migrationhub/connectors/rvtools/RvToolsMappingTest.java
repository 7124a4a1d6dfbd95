package com.migrationhub.connectors.rvtools;

import static com.migrationhub.connectors.rvtools.TestWorkbooks.row;
import static com.migrationhub.connectors.rvtools.TestWorkbooks.workbook;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import com.migrationhub.domain.inventory.CollectingSink;
import com.migrationhub.domain.inventory.ImportOptions;
import com.migrationhub.domain.model.Cluster;
import com.migrationhub.domain.model.Datastore;
import com.migrationhub.domain.model.Disk;
import com.migrationhub.domain.model.Firmware;
import com.migrationhub.domain.model.Host;
import com.migrationhub.domain.model.Nic;
import com.migrationhub.domain.model.OsFamily;
import com.migrationhub.domain.model.PowerState;
import com.migrationhub.domain.model.Server;
import com.migrationhub.domain.model.ServerKey;
import com.migrationhub.domain.task.ProgressMonitor;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** How each sheet's columns land in the model, on small RVTools 4.x-shaped workbooks built here. */
class RvToolsMappingTest {
    private static final List<Object> VINFO_HEADER = row("VM", "Powerstate", "Template", "DNS Name", "CPUs",
            "Memory", "NICs", "Disks", "Primary IP Address", "Provisioned MiB", "In Use MiB", "Folder", "Firmware",
            "HW version", "Annotation", "Owner", "Cost Center", "Datacenter", "Cluster", "Host",
            "OS according to the configuration file", "OS according to the VMware Tools", "VM ID", "SMBIOS UUID",
            "VM UUID", "VI SDK Server");

    @TempDir
    Path dir;

    private CollectingSink importFile(Path file) throws Exception {
        CollectingSink sink = new CollectingSink();
        new RvToolsImporter().read(file, ImportOptions.NONE, sink, ProgressMonitor.NONE);
        return sink;
    }

    private TestWorkbooks estate() {
        return workbook()
                .sheet("vInfo", VINFO_HEADER,
                        row("web01", "poweredOn", "False", "web01.corp.local", 2, 4096, 2, 2, "10.0.0.5", 61440.4,
                                30720.6, "/DC1/vm/Web", "efi", "vmx-19", "front end", "alice", "", "DC1", "CL1",
                                "esx01", "", "Ubuntu Linux (64-bit)", "vm-101", "4211aaaa-0000-0000-0000-000000000001",
                                "5011aaaa-0000-0000-0000-000000000001", "vc01.corp.local"),
                        row("web01", "poweredOff", "True", null, "4.0", "8,192", 1, 1, null, 1024, 512, null, "bios",
                                19, null, null, "CC-42", "DC2", "CL2", "esx99",
                                "Microsoft Windows Server 2019 (64-bit)", null, "vm-7",
                                null, "5022bbbb-0000-0000-0000-000000000002", "vc02.corp.local"))
                .sheet("vCPU", row("VM", "CPUs", "Sockets", "Cores p/s", "VM ID", "VM UUID"),
                        row("web01", 2, 1, 2, "vm-101", "5011aaaa-0000-0000-0000-000000000001"),
                        row("web01", 4, 2, 2, "vm-7", "5022bbbb-0000-0000-0000-000000000002"))
                .sheet("vTools", row("VM", "Tools", "Tools Version", "VM UUID"),
                        row("web01", "toolsOk", 12352, "5011aaaa-0000-0000-0000-000000000001"))
                .sheet("vSnapshot", row("VM", "Name", "Size MiB (vmsn)", "Size MiB (total)", "VM UUID"),
                        row("web01", "before patch", 10, 1024.4, "5011aaaa-0000-0000-0000-000000000001"),
                        row("web01", "after patch", 10, 2048.4, "5011aaaa-0000-0000-0000-000000000001"))
                .sheet("vDisk", row("VM", "Disk", "Capacity MiB", "Raw", "Disk Mode", "Sharing mode", "Thin",
                                "Controller", "Disk Path", "VM ID", "VM UUID", "VI SDK Server"),
                        row("web01", "Hard disk 1", 40960, "False", "persistent", "sharingNone", "True",
                                "VMware paravirtual SCSI", "[ds01] web01/web01.vmdk", "vm-101",
                                "5011aaaa-0000-0000-0000-000000000001", "vc01.corp.local"),
                        row("web01", "Hard disk 2", 20480, "Yes", "independent_persistent", "sharingMultiWriter", "No",
                                "LSI Logic SAS", "[san-lun 7] web01/web01_1.vmdk", "vm-101",
                                "5011aaaa-0000-0000-0000-000000000001", "vc01.corp.local"))
                .sheet("vNetwork", row("VM", "NIC label", "Adapter", "Network", "Connected", "Mac Address",
                                "IPv4 Address", "IPv6 Address", "VM UUID"),
                        row("web01", "Network adapter 1", "vmxnet3", "VLAN10", true, "00:50:56:aa:bb:01",
                                "10.0.0.5, 10.0.0.6", "fe80::1", "5011aaaa-0000-0000-0000-000000000001"),
                        row("web01", "Network adapter 2", "e1000e", null, "0", null, null, null,
                                "5011aaaa-0000-0000-0000-000000000001"))
                .sheet("vHost", row("Host", "Datacenter", "Cluster", "CPU Model", "# CPU", "# Cores", "HT Active",
                                "# Memory", "CPU usage %", "Memory usage %", "# VMs total", "Vendor", "Model",
                                "ESX Version", "VI SDK Server"),
                        row("esx01", "DC1", "CL1", "Intel Xeon Gold 6248", 2, 40, "True", 786432, 23.5, 61, 42, "Dell",
                                "R740", "VMware ESXi 7.0.3", "vc01.corp.local"))
                .sheet("vCluster", row("Name", "NumHosts", "NumCpuCores", "TotalMemory", "HA enabled", "DRS enabled",
                                "VI SDK Server"),
                        row("CL1", 4, 160, 3145728, "True", "False", "vc01.corp.local"),
                        row("CL2", 2, 64, 549755813888L, "False", "True", "vc02.corp.local"))
                .sheet("vDatastore", row("Name", "Type", "Capacity MiB", "Provisioned MiB", "In Use MiB", "Free MiB",
                                "# Hosts", "Cluster name", "VI SDK Server"),
                        row("ds01", "VMFS", 4194304, 3145728, 2097152, 2097152, 4, "CL1", "vc01.corp.local"))
                .sheet("vMetaData", row("RVTools major version", "RVTools version", "xlsx creation datetime", "Server"),
                        row(4, "4.7.1.4", "2025/01/31 10:00:00", "vc01.corp.local"));
    }

    @Test
    void vInfoFillsTheServer() throws Exception {
        CollectingSink sink = importFile(estate().write(dir.resolve("estate.xlsx")));

        assertThat(sink.tool).isEqualTo("RVTools");
        assertThat(sink.toolVersion).isEqualTo("4.7.1.4");
        Server web = sink.servers.get(0);
        assertThat(web.name).isEqualTo("web01");
        assertThat(web.powerState).isEqualTo(PowerState.POWERED_ON);
        assertThat(web.template).isFalse();
        assertThat(web.hostName).isEqualTo("web01.corp.local");
        assertThat(web.vcpus).isEqualTo(2);
        assertThat(web.memoryMiB).isEqualTo(4096L);
        assertThat(web.provisionedMiB).isEqualTo(61440L);
        assertThat(web.inUseMiB).isEqualTo(30721L);
        assertThat(web.ips).containsExactly("10.0.0.5");
        assertThat(web.folder).isEqualTo("/DC1/vm/Web");
        assertThat(web.firmware).isEqualTo(Firmware.UEFI);
        assertThat(web.hardwareVersion).isEqualTo("vmx-19");
        assertThat(web.annotation).isEqualTo("front end");
        assertThat(web.datacenter).isEqualTo("DC1");
        assertThat(web.cluster).isEqualTo("CL1");
        assertThat(web.host).isEqualTo("esx01");
        assertThat(web.moRef).isEqualTo("vm-101");
        assertThat(web.biosUuid).isEqualTo("4211aaaa-0000-0000-0000-000000000001");
        assertThat(web.vmUuid).isEqualTo("5011aaaa-0000-0000-0000-000000000001");
        assertThat(web.vCenter).isEqualTo("vc01.corp.local");
        assertThat(web.source.row()).isEqualTo(2);
    }

    @Test
    void theOsFromToolsStandsInWhenTheConfiguredOneIsEmpty() throws Exception {
        CollectingSink sink = importFile(estate().write(dir.resolve("estate.xlsx")));

        Server web = sink.servers.get(0);
        assertThat(web.osFromTools).isEqualTo("Ubuntu Linux (64-bit)");
        assertThat(web.os.family()).isEqualTo(OsFamily.LINUX);
        assertThat(web.os.distribution()).isEqualTo("Ubuntu");
        Server other = sink.servers.get(1);
        assertThat(other.os.distribution()).isEqualTo("Windows Server");
        assertThat(other.osFromTools).isNull();
    }

    @Test
    void customAttributesBecomeTagsAndOwnerIsKnown() throws Exception {
        CollectingSink sink = importFile(estate().write(dir.resolve("estate.xlsx")));

        assertThat(sink.servers.get(0).tags).containsExactly(entry("Owner", "alice"));
        assertThat(sink.servers.get(0).owner).isEqualTo("alice");
        assertThat(sink.servers.get(1).tags).containsExactly(entry("Cost Center", "CC-42"));
    }

    @Test
    void numbersAndFlagsWrittenAsTextAreRead() throws Exception {
        CollectingSink sink = importFile(estate().write(dir.resolve("estate.xlsx")));

        Server template = sink.servers.get(1);
        assertThat(template.template).isTrue();
        assertThat(template.vcpus).isEqualTo(4);
        assertThat(template.memoryMiB).isEqualTo(8192L);
        assertThat(template.hardwareVersion).isEqualTo("19");
    }

    @Test
    void perVmSheetsJoinByUuidEvenWhenNamesRepeat() throws Exception {
        CollectingSink sink = importFile(estate().write(dir.resolve("estate.xlsx")));

        Server web = sink.servers.get(0);
        assertThat(web.sockets).isEqualTo(1);
        assertThat(web.coresPerSocket).isEqualTo(2);
        assertThat(web.toolsStatus).isEqualTo("toolsOk");
        assertThat(web.toolsVersion).isEqualTo("12352");
        assertThat(web.snapshotCount).isEqualTo(2);
        assertThat(web.snapshotMiB).isEqualTo(3073L);
        assertThat(web.otherSources).containsExactly("vCPU!2", "vTools!2", "vSnapshot!2");
        Server other = sink.servers.get(1);
        assertThat(other.sockets).isEqualTo(2);
        assertThat(other.coresPerSocket).isEqualTo(2);
        assertThat(other.toolsStatus).isNull();
        assertThat(other.snapshotCount).as("vSnapshot lists every snapshot").isZero();
        assertThat(other.otherSources).containsExactly("vCPU!3");
    }

    @Test
    void vmsOfTheSameNameWithoutIdentitiesAreNotMixedUp() throws Exception {
        Path file = workbook()
                .sheet("vInfo", row("VM", "CPUs"), row("dup", 2), row("dup", 4), row("solo", 1))
                .sheet("vCPU", row("VM", "Sockets", "Cores p/s"), row("dup", 1, 2), row("dup", 2, 2), row("solo", 1, 1))
                .write(dir.resolve("dup.xlsx"));

        CollectingSink sink = importFile(file);

        assertThat(sink.servers).extracting(s -> s.sockets).containsExactly(null, null, 1);
        assertThat(sink.warnings).extracting(w -> w.where().row()).containsExactly(2L, 3L);
        assertThat(sink.warnings.get(0).message()).startsWith("several VMs are named \"dup\"");
    }

    @Test
    void disksCarryTheirVmsKeyAndDatastore() throws Exception {
        CollectingSink sink = importFile(estate().write(dir.resolve("estate.xlsx")));

        assertThat(sink.disks).hasSize(2);
        ServerKey key = sink.disks.get(0).server();
        assertThat(key).isEqualTo(ServerKey.ofVm("web01", "5011aaaa-0000-0000-0000-000000000001", "vm-101",
                "vc01.corp.local"));
        Disk first = sink.disks.get(0).value();
        assertThat(first.label).isEqualTo("Hard disk 1");
        assertThat(first.capacityMiB).isEqualTo(40960L);
        assertThat(first.thin).isTrue();
        assertThat(first.raw).isFalse();
        assertThat(first.datastore).isEqualTo("ds01");
        assertThat(first.controller).isEqualTo("VMware paravirtual SCSI");
        assertThat(first.diskMode).isEqualTo("persistent");
        assertThat(first.source.row()).isEqualTo(2);
        Disk second = sink.disks.get(1).value();
        assertThat(second.datastore).isEqualTo("san-lun 7");
        assertThat(second.raw).isTrue();
        assertThat(second.thin).isFalse();
        assertThat(second.sharing).isEqualTo("sharingMultiWriter");
    }

    @Test
    void nicsSplitTheirAddresses() throws Exception {
        CollectingSink sink = importFile(estate().write(dir.resolve("estate.xlsx")));

        assertThat(sink.nics).hasSize(2);
        Nic first = sink.nics.get(0).value();
        assertThat(first.mac).isEqualTo("00:50:56:aa:bb:01");
        assertThat(first.network).isEqualTo("VLAN10");
        assertThat(first.adapterType).isEqualTo("vmxnet3");
        assertThat(first.connected).isTrue();
        assertThat(first.ipv4).containsExactly("10.0.0.5", "10.0.0.6");
        assertThat(first.ipv6).containsExactly("fe80::1");
        Nic second = sink.nics.get(1).value();
        assertThat(second.connected).isFalse();
        assertThat(second.network).isNull();
        assertThat(second.ipv4).isEmpty();
    }

    @Test
    void rvTools3ListsAllAddressesInOneColumn() throws Exception {
        Path file = workbook()
                .sheet("vInfo", row("VM", "CPUs"), row("app01", 1))
                .sheet("vNetwork", row("VM", "Adapter", "Network", "Connected", "Mac Address", "IP Address"),
                        row("app01", "Vmxnet3", "LAN", "True", "00:50:56:00:00:01", "192.168.1.10,fe80::250:56ff"))
                .write(dir.resolve("v3.xlsx"));

        Nic nic = importFile(file).nics.get(0).value();

        assertThat(nic.ipv4).containsExactly("192.168.1.10");
        assertThat(nic.ipv6).containsExactly("fe80::250:56ff");
    }

    @Test
    void aVInfoWithoutPrimaryAddressesTakesThemFromVNetwork() throws Exception {
        Path file = workbook()
                .sheet("vInfo", row("VM", "CPUs"), row("app01", 1), row("app02", 1))
                .sheet("vNetwork", row("VM", "NIC label", "IPv4 Address", "IPv6 Address"),
                        row("app01", "Network adapter 1", "10.1.0.5", "fe80::5"),
                        row("app01", "Network adapter 2", "10.2.0.5, 10.1.0.5", null),
                        row(null, "Network adapter 1", "10.9.9.9", null))
                .write(dir.resolve("cut-network.xlsx"));

        CollectingSink sink = importFile(file);

        Server app01 = sink.servers.get(0);
        assertThat(app01.ips).containsExactly("10.1.0.5", "10.2.0.5", "fe80::5");
        assertThat(app01.otherSources).containsExactly("vNetwork!2");
        assertThat(sink.servers.get(1).ips).isEmpty();
        assertThat(sink.nics).hasSize(2);
        assertThat(sink.skipped).as("reported once, by the NIC pass").hasSize(1);
    }

    @Test
    void hostsClustersAndDatastores() throws Exception {
        CollectingSink sink = importFile(estate().write(dir.resolve("estate.xlsx")));

        Host host = sink.hosts.get(0);
        assertThat(host.name).isEqualTo("esx01");
        assertThat(host.vCenter).isEqualTo("vc01.corp.local");
        assertThat(host.sockets).isEqualTo(2);
        assertThat(host.cores).isEqualTo(40);
        assertThat(host.threads).isEqualTo(80);
        assertThat(host.memoryMiB).isEqualTo(786432L);
        assertThat(host.cpuUsagePct).isEqualTo(23.5);
        assertThat(host.memoryUsagePct).isEqualTo(61.0);
        assertThat(host.vmCount).isEqualTo(42);
        assertThat(host.vendor).isEqualTo("Dell");
        assertThat(host.model).isEqualTo("R740");
        assertThat(host.hypervisorVersion).isEqualTo("VMware ESXi 7.0.3");
        Cluster cl1 = sink.clusters.get(0);
        assertThat(cl1.hostCount).isEqualTo(4);
        assertThat(cl1.cores).isEqualTo(160);
        assertThat(cl1.memoryMiB).isEqualTo(3145728L);
        assertThat(cl1.haEnabled).isTrue();
        assertThat(cl1.drsEnabled).isFalse();
        assertThat(sink.clusters.get(1).memoryMiB).as("a total in bytes").isEqualTo(524288L);
        Datastore ds = sink.datastores.get(0);
        assertThat(ds.name).isEqualTo("ds01");
        assertThat(ds.type).isEqualTo("VMFS");
        assertThat(ds.capacityMiB).isEqualTo(4194304L);
        assertThat(ds.provisionedMiB).isEqualTo(3145728L);
        assertThat(ds.inUseMiB).isEqualTo(2097152L);
        assertThat(ds.freeMiB).isEqualTo(2097152L);
        assertThat(ds.hostCount).isEqualTo(4);
        assertThat(ds.clusterName).isEqualTo("CL1");
    }

    @Test
    void vInfoCountsAreCheckedAgainstTheListedDisksAndNics() throws Exception {
        CollectingSink sink = importFile(estate().write(dir.resolve("estate.xlsx")));

        // the template says one disk and one NIC; vDisk and vNetwork list none for it
        assertThat(sink.warnings).extracting(w -> w.where().sheet() + ": " + w.message()).containsExactly(
                "vDisk: for 1 VM the disks listed here differ from vInfo's \"Disks\" column (first: \"web01\","
                        + " vInfo row 3: 1 in vInfo, 0 here)",
                "vNetwork: for 1 VM the NICs listed here differ from vInfo's \"NICs\" column (first: \"web01\","
                        + " vInfo row 3: 1 in vInfo, 0 here)");
    }

    @Test
    void rowsWithoutAVmNameAreSkippedAndEmptyRowsIgnored() throws Exception {
        List<List<Object>> rows = new ArrayList<>();
        rows.add(row("app01", 2, null, "x"));
        rows.add(row(null, null, null, null));
        rows.add(row(" ", null, null, null));
        rows.add(row(null, 4, null, "orphan"));
        rows.add(row("app02", 1, null, null));
        Path file = workbook().sheet("vInfo", row("VM", "CPUs", null, "Annotation"), rows)
                .inlineStrings().write(dir.resolve("gaps.xlsx"));

        CollectingSink sink = importFile(file);

        assertThat(sink.servers).extracting(s -> s.name).containsExactly("app01", "app02");
        assertThat(sink.servers.get(1).source.row()).isEqualTo(6);
        assertThat(sink.skipped).hasSize(1);
        assertThat(sink.skipped.get(0).where().row()).isEqualTo(5);
        assertThat(sink.skipped.get(0).message()).isEqualTo("no VM name");
    }

    @Test
    void aVSourceWithOneVCenterNamesTheVCenterOfEveryRow() throws Exception {
        Path file = workbook()
                .sheet("vSource", row("Name", "OS type", "API version"), row("vc09.corp.local", "linux-x64", "8.0.3"))
                .sheet("vInfo", row("VM", "VM ID", "Provisioned MB"), row("app01", "vm-5", 100))
                .sheet("vDisk", row("VM", "Capacity MB", "VM ID"), row("app01", 100, "vm-5"))
                .write(dir.resolve("one-vcenter.xlsx"));

        CollectingSink sink = importFile(file);

        assertThat(sink.toolVersion).as("from the MB headers").isEqualTo("3.x");
        assertThat(sink.servers.get(0).vCenter).isEqualTo("vc09.corp.local");
        assertThat(sink.disks.get(0).server()).isEqualTo(ServerKey.ofVm("app01", null, "vm-5", "vc09.corp.local"));
        assertThat(sink.disks.get(0).value().capacityMiB).isEqualTo(100L);
    }

    @Test
    void attributesOfACutDownVInfoComeFromVMemory() throws Exception {
        Path file = workbook()
                .sheet("vInfo", row("VM", "CPUs", "Datacenter"), row("app01", 1, "DC1"), row("app02", 1, "DC1"))
                .sheet("vMemory", row("VM", "Size MiB", "Annotation", "owner", "backup", "Datacenter"),
                        row("app01", 1024, "payroll", "bob", null, "DC1"),
                        row("app02", 1024, null, null, null, "DC1"))
                .write(dir.resolve("cut.xlsx"));

        CollectingSink sink = importFile(file);

        Server app01 = sink.servers.get(0);
        assertThat(app01.annotation).isEqualTo("payroll");
        assertThat(app01.tags).containsExactly(entry("owner", "bob"));
        assertThat(app01.owner).isEqualTo("bob");
        assertThat(app01.otherSources).containsExactly("vMemory!2");
        assertThat(sink.servers.get(1).tags).isEmpty();
    }

    @Test
    void progressIsReportedWithTheSheetsDeclaredLength() throws Exception {
        List<List<Object>> rows = new ArrayList<>();
        for (int i = 0; i < 9000; i++) {
            rows.add(row("vm" + i, 1));
        }
        Path file = workbook().sheet("vInfo", row("VM", "CPUs"), rows).write(dir.resolve("long.xlsx"));
        List<long[]> reports = new ArrayList<>();
        ProgressMonitor monitor = new ProgressMonitor() {
            @Override
            public void progress(long done, long total, String what) {
                reports.add(new long[] {done, total});
            }

            @Override
            public boolean isCancelled() {
                return false;
            }
        };

        CollectingSink sink = new CollectingSink();
        new RvToolsImporter().read(file, ImportOptions.NONE, sink, monitor);

        assertThat(sink.servers).hasSize(9000);
        assertThat(reports).isNotEmpty();
        assertThat(reports).allSatisfy(r -> assertThat(r[1]).isIn(-1L, 9001L));
        assertThat(reports.get(reports.size() - 1)[0]).isGreaterThanOrEqualTo(8192);
    }

    @Test
    void aSplitSheetContinuesInItsNumberedSheets() throws Exception {
        Path file = workbook()
                .sheet("vInfo", row("VM", "CPUs", "VM UUID"), row("app01", 2, "u-1"), row("app02", 4, "u-2"))
                .sheet("vDisk", row("VM", "Capacity MiB", "VM UUID"), row("app01", 100, "u-1"))
                .sheet("vDisk (2)", row("VM", "Capacity MiB", "VM UUID"), row("app02", 200, "u-2"),
                        row("app02", 300, "u-2"))
                .write(dir.resolve("split.xlsx"));

        CollectingSink sink = importFile(file);

        assertThat(sink.disks).extracting(d -> d.server().name(), d -> d.value().capacityMiB)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("app01", 100L),
                        org.assertj.core.groups.Tuple.tuple("app02", 200L), org.assertj.core.groups.Tuple.tuple("app02", 300L));
        assertThat(sink.disks.get(2).value().source.sheet()).isEqualTo("vDisk (2)");
        assertThat(sink.disks.get(2).value().source.row()).isEqualTo(3);
    }
}
