package com.migrationhub.samples;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One virtual machine of the generated estate, with everything any of the export formats says
 * about it. Memory and storage are in MiB (base 2). Built by {@link VirtualMachineFactory} and
 * read-only afterwards; the fields are plain so that the writers stay short.
 */
final class VirtualMachine {
    /** Position in the estate, 0-based; also the order every writer emits VMs in. */
    int index;
    /** The seed this VM was built from; its performance samples derive from it too. */
    long seed;

    String name;
    /** The guest's fully qualified name. */
    String dnsName;
    boolean template;
    VmPowerState powerState;

    /** The system the guest runs. */
    GuestOs os;
    /** The system the configuration file names: {@link #os} unless upgraded in place. */
    GuestOs configuredOs;

    Environment environment;
    BusinessApplication application;
    Role role;

    int vcpus;
    int sockets;
    int coresPerSocket;
    int memoryMiB;

    List<VirtualDisk> disks;
    List<NetworkAdapter> nics;
    /** Empty unless the VMware Tools run and report the guest's file systems. */
    List<GuestPartition> partitions;
    List<VmSnapshot> snapshots;

    EsxiHost host;
    /** Where the configuration file, logs and swap live (the first disk's datastore). */
    Datastore homeDatastore;
    String folder;
    String folderId;
    String resourcePool;

    /** Custom attribute values in the estate's attribute order; "" where not set. */
    Map<String, String> customAttributes;
    String annotation;

    /** "toolsOk", "toolsOld", "toolsNotRunning" or "toolsNotInstalled". */
    String toolsStatus;
    /** The tools build as vSphere reports it ("12352"), "" when not installed. */
    String toolsVersion;
    /** "bios" or "efi". */
    String firmware;
    boolean secureBoot;
    int hardwareVersion;
    boolean changedBlockTracking;

    /** vSphere's instance UUID: RVTools' "VM UUID". */
    String vmUuid;
    /** The SMBIOS (BIOS) UUID the guest sees: RVTools' "SMBIOS UUID". */
    String biosUuid;
    /** The managed object reference, "vm-1234": RVTools' "VM ID". */
    String moRef;

    LocalDateTime created;
    /** The last power-on; null unless powered on. */
    LocalDateTime poweredOnAt;
    /** When it was suspended; null unless suspended. */
    LocalDateTime suspendedAt;

    /** vInfo "Provisioned MiB": disks, swap, snapshots and small files. */
    long provisionedMiB;
    /** vInfo "In Use MiB": what the VM takes on its datastores. */
    long inUseMiB;
    long unsharedMiB;

    Utilization utilization;

    boolean poweredOn() {
        return powerState == VmPowerState.POWERED_ON;
    }

    /** Whether the guest is running with tools that report IPs, DNS name and file systems. */
    boolean toolsRunning() {
        return poweredOn() && ("toolsOk".equals(toolsStatus) || "toolsOld".equals(toolsStatus));
    }

    long totalDiskCapacityMiB() {
        long sum = 0;
        for (VirtualDisk d : disks) {
            sum += d.capacityMiB();
        }
        return sum;
    }

    /** What the guest has written to its disks. */
    long guestUsedMiB() {
        long sum = 0;
        for (VirtualDisk d : disks) {
            sum += d.usedMiB();
        }
        return sum;
    }

    String primaryIp() {
        return nics.isEmpty() ? "" : nics.get(0).ipv4();
    }

    String primaryMac() {
        return nics.isEmpty() ? "" : nics.get(0).mac();
    }

    /** All the guest's addresses, IPv4 first, each adapter in order. */
    List<String> ipAddresses() {
        List<String> ips = new ArrayList<>();
        for (NetworkAdapter n : nics) {
            ips.add(n.ipv4());
        }
        for (NetworkAdapter n : nics) {
            if (!n.ipv6().isEmpty()) {
                ips.add(n.ipv6());
            }
        }
        return ips;
    }

    ComputeCluster cluster() {
        return host.cluster();
    }
}
