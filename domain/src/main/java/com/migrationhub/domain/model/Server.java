package com.migrationhub.domain.model;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A server of the client's estate: a VM, a physical machine or a cloud instance, as imported
 * (and possibly edited by the user). Memory and storage are in MiB (base 2) whatever the source
 * used. A plain data carrier: importers fill it field by field while streaming, the store
 * reads it back the same way.
 */
public class Server {
    /** The project's id; 0 until stored. */
    public long id;

    // identity
    public String name;
    public String vmUuid;
    public String biosUuid;
    public String moRef;
    public String vCenter;
    public String instanceId;
    public String externalId;
    public String hostName;
    public List<String> ips = new ArrayList<>();

    public ServerKind kind = ServerKind.UNKNOWN;
    public PowerState powerState = PowerState.UNKNOWN;
    public boolean template;

    /** The operating system as configured (RVTools: according to the configuration file). */
    public OperatingSystem os = OperatingSystem.UNKNOWN;
    /** The operating system as the guest tools report it, where the source has both. */
    public String osFromTools;
    public Firmware firmware = Firmware.UNKNOWN;

    public Integer vcpus;
    public Integer sockets;
    public Integer coresPerSocket;
    public Long memoryMiB;
    /** Provisioned and in-use storage as the source totals them (RVTools vInfo). */
    public Long provisionedMiB;
    public Long inUseMiB;

    // placement
    public String datacenter;
    public String cluster;
    public String host;
    public String folder;

    public String annotation;
    public String environment;
    public String owner;
    /** The application(s) the source names, as written there. */
    public String application;
    public String hypervisor;
    public String toolsStatus;
    public String toolsVersion;
    public String hardwareVersion;
    public Integer snapshotCount;
    public Long snapshotMiB;

    /** Custom attributes and tags: name to value (the value may be empty for a bare tag). */
    public Map<String, String> tags = new LinkedHashMap<>();

    public List<Disk> disks = new ArrayList<>();
    public List<Nic> nics = new ArrayList<>();
    public List<Partition> partitions = new ArrayList<>();
    public List<UtilizationStat> utilization = new ArrayList<>();

    /** The row this server was read from. */
    public SourceRef source;
    /**
     * The other rows of the same import that contributed values (for example {@code vCPU row 12}),
     * each as {@code sheet!row}.
     */
    public List<String> otherSources = new ArrayList<>();

    /** Set when the user deleted the server; a re-import does not bring it back. */
    public boolean deleted;

    public ServerKey key() {
        return new ServerKey(vmUuid, biosUuid, moRef, vCenter, instanceId, externalId, name, hostName,
                ips.isEmpty() ? null : ips.get(0));
    }
}
