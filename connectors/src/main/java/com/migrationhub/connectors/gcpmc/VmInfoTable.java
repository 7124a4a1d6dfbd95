package com.migrationhub.connectors.gcpmc;

import com.migrationhub.connectors.csv.CsvColumn;
import com.migrationhub.connectors.csv.CsvHeader;
import com.migrationhub.connectors.csv.CsvReader;
import com.migrationhub.connectors.csv.CsvRow;
import com.migrationhub.connectors.csv.OsColumns;
import com.migrationhub.domain.inventory.ImportException;
import com.migrationhub.domain.inventory.InventorySink;
import com.migrationhub.domain.model.Nic;
import com.migrationhub.domain.model.PowerState;
import com.migrationhub.domain.model.Server;
import com.migrationhub.domain.model.ServerKind;
import java.util.List;

/**
 * vmInfo: {@code MachineId, MachineName, PrimaryIPAddress, PrimaryMACAddress, PublicIPAddress,
 * IpAddressListSemiColonDelimited, TotalDiskAllocatedGiB, TotalDiskUsedGiB, MachineTypeLabel,
 * AllocatedProcessorCoreCount, MemoryGiB, HostingLocation, OsType, OsPublisher, OsName, OsVersion,
 * MachineStatus, ProvisioningState, CreateDate, IsPhysical}; MachineId and MachineName are required.
 *
 * <p>MachineId is the external id (and the name when MachineName is empty); the IPs are the
 * primary, then the semicolon-separated list, then the public address, without repeats; a primary
 * MAC address becomes a NIC carrying the primary IP. Cores are the vCPUs, MemoryGiB times 1024 the
 * memory in MiB ({@code MemoryMiB}, which Google's collection scripts write, is read too), the disk
 * totals the provisioned and in-use storage. OsName with OsVersion is the OS (OsType where OsName
 * is empty), HostingLocation the datacenter, MachineStatus the power state, IsPhysical the kind,
 * MachineTypeLabel the tag {@code MachineType}. OsPublisher, ProvisioningState and CreateDate have
 * no place in the model and are not kept.
 */
final class VmInfoTable {

    private VmInfoTable() {
    }

    static void read(CsvReader reader, InventorySink sink) throws ImportException {
        CsvHeader h = reader.header();
        CsvColumn machineId = h.require("MachineId");
        CsvColumn machineName = h.require("MachineName");
        CsvColumn primaryIp = h.column("PrimaryIPAddress");
        CsvColumn primaryMac = h.column("PrimaryMACAddress");
        CsvColumn publicIp = h.column("PublicIPAddress");
        CsvColumn ipList = h.column("IpAddressListSemiColonDelimited");
        CsvColumn diskAllocated = h.column("TotalDiskAllocatedGiB");
        CsvColumn diskUsed = h.column("TotalDiskUsedGiB");
        CsvColumn machineType = h.column("MachineTypeLabel");
        CsvColumn cores = h.column("AllocatedProcessorCoreCount");
        CsvColumn memoryGiB = h.column("MemoryGiB");
        CsvColumn memoryMiB = h.column("MemoryMiB");
        CsvColumn location = h.column("HostingLocation");
        CsvColumn osType = h.column("OsType");
        CsvColumn osName = h.column("OsName");
        CsvColumn osVersion = h.column("OsVersion");
        CsvColumn status = h.column("MachineStatus");
        CsvColumn physical = h.column("IsPhysical");

        CsvRow row;
        while ((row = reader.next()) != null) {
            String id = row.text(machineId);
            if (id == null) {
                sink.skipped(row.ref(), "no MachineId");
                continue;
            }
            Server server = new Server();
            server.externalId = id;
            String name = row.text(machineName);
            server.name = name != null ? name : id;
            server.source = row.ref();
            addIps(server.ips, row.items(primaryIp));
            addIps(server.ips, row.items(ipList));
            addIps(server.ips, row.items(publicIp));
            server.provisionedMiB = row.mebibytes(diskAllocated, 1024);
            server.inUseMiB = row.mebibytes(diskUsed, 1024);
            String type = row.text(machineType);
            if (type != null) {
                server.tags.put("MachineType", type);
            }
            server.vcpus = row.count(cores);
            Long memory = row.mebibytes(memoryGiB, 1024);
            server.memoryMiB = memory != null ? memory : row.mebibytes(memoryMiB, 1);
            server.datacenter = row.text(location);
            String os = row.text(osName);
            server.os = OsColumns.read(os != null ? os : row.text(osType), row.text(osVersion), null);
            server.powerState = PowerState.parse(row.text(status));
            Boolean isPhysical = row.bool(physical);
            if (isPhysical != null) {
                server.kind = isPhysical ? ServerKind.PHYSICAL : ServerKind.VIRTUAL;
            }
            sink.server(server);

            String mac = row.text(primaryMac);
            if (mac != null) {
                Nic nic = new Nic();
                nic.mac = mac;
                for (String ip : row.items(primaryIp)) {
                    (ip.indexOf(':') >= 0 ? nic.ipv6 : nic.ipv4).add(ip);
                }
                nic.source = row.ref(primaryMac);
                sink.nic(server.key(), nic);
            }
        }
    }

    private static void addIps(List<String> ips, List<String> more) {
        for (String ip : more) {
            if (!ips.contains(ip)) {
                ips.add(ip);
            }
        }
    }
}
