package com.migrationhub.domain.store;

import static com.migrationhub.domain.store.jooq.Tables.CLUSTER;
import static com.migrationhub.domain.store.jooq.Tables.DATASTORE;
import static com.migrationhub.domain.store.jooq.Tables.DISK;
import static com.migrationhub.domain.store.jooq.Tables.HOST;
import static com.migrationhub.domain.store.jooq.Tables.NIC;
import static com.migrationhub.domain.store.jooq.Tables.PARTITION;
import static com.migrationhub.domain.store.jooq.Tables.SERVER;

import com.migrationhub.domain.model.Architecture;
import com.migrationhub.domain.model.Cluster;
import com.migrationhub.domain.model.Datastore;
import com.migrationhub.domain.model.Disk;
import com.migrationhub.domain.model.Firmware;
import com.migrationhub.domain.model.Host;
import com.migrationhub.domain.model.Nic;
import com.migrationhub.domain.model.OperatingSystem;
import com.migrationhub.domain.model.OsFamily;
import com.migrationhub.domain.model.Partition;
import com.migrationhub.domain.model.PowerState;
import com.migrationhub.domain.model.Server;
import com.migrationhub.domain.model.ServerKind;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The column mappings of every inventory table, in one place. */
final class Rows {

    private Rows() {
    }

    /** The server's own values (not its id, provenance or bookkeeping). */
    static final EntityTable<Server> SERVER_TABLE = new EntityTable<>(SERVER, Server::new, List.of(
            Binding.of("name", SERVER.NAME, s -> s.name, (s, v) -> s.name = v),
            Binding.of("vmUuid", SERVER.VM_UUID, s -> s.vmUuid, (s, v) -> s.vmUuid = v),
            Binding.of("biosUuid", SERVER.BIOS_UUID, s -> s.biosUuid, (s, v) -> s.biosUuid = v),
            Binding.of("moRef", SERVER.MO_REF, s -> s.moRef, (s, v) -> s.moRef = v),
            Binding.of("vCenter", SERVER.VCENTER, s -> s.vCenter, (s, v) -> s.vCenter = v),
            Binding.of("instanceId", SERVER.INSTANCE_ID, s -> s.instanceId, (s, v) -> s.instanceId = v),
            Binding.of("externalId", SERVER.EXTERNAL_ID, s -> s.externalId, (s, v) -> s.externalId = v),
            Binding.of("hostName", SERVER.HOST_NAME, s -> s.hostName, (s, v) -> s.hostName = v),
            Binding.of("ips", SERVER.IPS, s -> ListColumns.join(s.ips), (s, v) -> s.ips = ListColumns.split(v)),
            Binding.of("kind", SERVER.KIND, s -> s.kind.name(), (s, v) -> s.kind = ServerKind.valueOf(v)),
            Binding.of("powerState", SERVER.POWER_STATE, s -> s.powerState.name(),
                    (s, v) -> s.powerState = PowerState.valueOf(v)),
            Binding.of("template", SERVER.TEMPLATE, s -> s.template, (s, v) -> s.template = v),
            Binding.of("os", SERVER.OS_RAW, s -> s.os.raw(), (s, v) -> s.os = withRaw(s.os, v)),
            Binding.of("osFamily", SERVER.OS_FAMILY, s -> s.os.family().name(),
                    (s, v) -> s.os = new OperatingSystem(s.os.raw(), OsFamily.valueOf(v), s.os.distribution(),
                            s.os.version(), s.os.architecture())),
            Binding.of("osDistribution", SERVER.OS_DISTRIBUTION, s -> s.os.distribution(),
                    (s, v) -> s.os = new OperatingSystem(s.os.raw(), s.os.family(), v, s.os.version(),
                            s.os.architecture())),
            Binding.of("osVersion", SERVER.OS_VERSION, s -> s.os.version(),
                    (s, v) -> s.os = new OperatingSystem(s.os.raw(), s.os.family(), s.os.distribution(), v,
                            s.os.architecture())),
            Binding.of("osArchitecture", SERVER.OS_ARCH, s -> s.os.architecture().name(),
                    (s, v) -> s.os = new OperatingSystem(s.os.raw(), s.os.family(), s.os.distribution(),
                            s.os.version(), Architecture.valueOf(v))),
            Binding.of("osFromTools", SERVER.OS_TOOLS, s -> s.osFromTools, (s, v) -> s.osFromTools = v),
            Binding.of("firmware", SERVER.FIRMWARE, s -> s.firmware.name(), (s, v) -> s.firmware = Firmware.valueOf(v)),
            Binding.of("vcpus", SERVER.VCPUS, s -> s.vcpus, (s, v) -> s.vcpus = v),
            Binding.of("sockets", SERVER.SOCKETS, s -> s.sockets, (s, v) -> s.sockets = v),
            Binding.of("coresPerSocket", SERVER.CORES_PER_SOCKET, s -> s.coresPerSocket, (s, v) -> s.coresPerSocket = v),
            Binding.of("memoryMiB", SERVER.MEMORY_MIB, s -> s.memoryMiB, (s, v) -> s.memoryMiB = v),
            Binding.of("provisionedMiB", SERVER.PROVISIONED_MIB, s -> s.provisionedMiB, (s, v) -> s.provisionedMiB = v),
            Binding.of("inUseMiB", SERVER.IN_USE_MIB, s -> s.inUseMiB, (s, v) -> s.inUseMiB = v),
            Binding.of("datacenter", SERVER.DATACENTER, s -> s.datacenter, (s, v) -> s.datacenter = v),
            Binding.of("cluster", SERVER.CLUSTER, s -> s.cluster, (s, v) -> s.cluster = v),
            Binding.of("host", SERVER.HOST, s -> s.host, (s, v) -> s.host = v),
            Binding.of("folder", SERVER.FOLDER, s -> s.folder, (s, v) -> s.folder = v),
            Binding.of("annotation", SERVER.ANNOTATION, s -> s.annotation, (s, v) -> s.annotation = v),
            Binding.of("environment", SERVER.ENVIRONMENT, s -> s.environment, (s, v) -> s.environment = v),
            Binding.of("owner", SERVER.OWNER, s -> s.owner, (s, v) -> s.owner = v),
            Binding.of("application", SERVER.APPLICATION, s -> s.application, (s, v) -> s.application = v),
            Binding.of("hypervisor", SERVER.HYPERVISOR, s -> s.hypervisor, (s, v) -> s.hypervisor = v),
            Binding.of("toolsStatus", SERVER.TOOLS_STATUS, s -> s.toolsStatus, (s, v) -> s.toolsStatus = v),
            Binding.of("toolsVersion", SERVER.TOOLS_VERSION, s -> s.toolsVersion, (s, v) -> s.toolsVersion = v),
            Binding.of("hardwareVersion", SERVER.HW_VERSION, s -> s.hardwareVersion, (s, v) -> s.hardwareVersion = v),
            Binding.of("snapshotCount", SERVER.SNAPSHOT_COUNT, s -> s.snapshotCount, (s, v) -> s.snapshotCount = v),
            Binding.of("snapshotMiB", SERVER.SNAPSHOT_MIB, s -> s.snapshotMiB, (s, v) -> s.snapshotMiB = v),
            Binding.of("tags", SERVER.TAGS, s -> TagCodec.encode(s.tags), (s, v) -> s.tags = TagCodec.decode(v))));

    static final EntityTable<Disk> DISK_TABLE = new EntityTable<>(DISK, Disk::new, List.of(
            Binding.of("label", DISK.LABEL, d -> d.label, (d, v) -> d.label = v),
            Binding.of("capacityMiB", DISK.CAPACITY_MIB, d -> d.capacityMiB, (d, v) -> d.capacityMiB = v),
            Binding.of("usedMiB", DISK.USED_MIB, d -> d.usedMiB, (d, v) -> d.usedMiB = v),
            Binding.of("thin", DISK.THIN, d -> d.thin, (d, v) -> d.thin = v),
            Binding.of("controller", DISK.CONTROLLER, d -> d.controller, (d, v) -> d.controller = v),
            Binding.of("datastore", DISK.DATASTORE, d -> d.datastore, (d, v) -> d.datastore = v),
            Binding.of("storageType", DISK.STORAGE_TYPE, d -> d.storageType, (d, v) -> d.storageType = v),
            Binding.of("sharing", DISK.SHARING, d -> d.sharing, (d, v) -> d.sharing = v),
            Binding.of("raw", DISK.RAW, d -> d.raw, (d, v) -> d.raw = v),
            Binding.of("diskMode", DISK.DISK_MODE, d -> d.diskMode, (d, v) -> d.diskMode = v),
            Binding.of("readIops", DISK.READ_IOPS, d -> d.readIops, (d, v) -> d.readIops = v),
            Binding.of("writeIops", DISK.WRITE_IOPS, d -> d.writeIops, (d, v) -> d.writeIops = v),
            Binding.of("readMBps", DISK.READ_MBPS, d -> d.readMBps, (d, v) -> d.readMBps = v),
            Binding.of("writeMBps", DISK.WRITE_MBPS, d -> d.writeMBps, (d, v) -> d.writeMBps = v)));

    static final EntityTable<Nic> NIC_TABLE = new EntityTable<>(NIC, Nic::new, List.of(
            Binding.of("label", NIC.LABEL, n -> n.label, (n, v) -> n.label = v),
            Binding.of("mac", NIC.MAC, n -> n.mac, (n, v) -> n.mac = v),
            Binding.of("ipv4", NIC.IPV4, n -> ListColumns.join(n.ipv4), (n, v) -> n.ipv4 = ListColumns.split(v)),
            Binding.of("ipv6", NIC.IPV6, n -> ListColumns.join(n.ipv6), (n, v) -> n.ipv6 = ListColumns.split(v)),
            Binding.of("network", NIC.NETWORK, n -> n.network, (n, v) -> n.network = v),
            Binding.of("adapterType", NIC.ADAPTER_TYPE, n -> n.adapterType, (n, v) -> n.adapterType = v),
            Binding.of("connected", NIC.CONNECTED, n -> n.connected, (n, v) -> n.connected = v)));

    static final EntityTable<Partition> PARTITION_TABLE = new EntityTable<>(PARTITION, Partition::new, List.of(
            Binding.of("path", PARTITION.PATH, p -> p.path, (p, v) -> p.path = v),
            Binding.of("capacityMiB", PARTITION.CAPACITY_MIB, p -> p.capacityMiB, (p, v) -> p.capacityMiB = v),
            Binding.of("consumedMiB", PARTITION.CONSUMED_MIB, p -> p.consumedMiB, (p, v) -> p.consumedMiB = v),
            Binding.of("freeMiB", PARTITION.FREE_MIB, p -> p.freeMiB, (p, v) -> p.freeMiB = v)));

    static final EntityTable<Host> HOST_TABLE = new EntityTable<>(HOST, Host::new, List.of(
            Binding.of("name", HOST.NAME, h -> h.name, (h, v) -> h.name = v),
            Binding.of("vCenter", HOST.VCENTER, h -> h.vCenter, (h, v) -> h.vCenter = v),
            Binding.of("datacenter", HOST.DATACENTER, h -> h.datacenter, (h, v) -> h.datacenter = v),
            Binding.of("cluster", HOST.CLUSTER, h -> h.cluster, (h, v) -> h.cluster = v),
            Binding.of("cpuModel", HOST.CPU_MODEL, h -> h.cpuModel, (h, v) -> h.cpuModel = v),
            Binding.of("sockets", HOST.SOCKETS, h -> h.sockets, (h, v) -> h.sockets = v),
            Binding.of("cores", HOST.CORES, h -> h.cores, (h, v) -> h.cores = v),
            Binding.of("threads", HOST.THREADS, h -> h.threads, (h, v) -> h.threads = v),
            Binding.of("memoryMiB", HOST.MEMORY_MIB, h -> h.memoryMiB, (h, v) -> h.memoryMiB = v),
            Binding.of("cpuUsagePct", HOST.CPU_USAGE_PCT, h -> h.cpuUsagePct, (h, v) -> h.cpuUsagePct = v),
            Binding.of("memoryUsagePct", HOST.MEMORY_USAGE_PCT, h -> h.memoryUsagePct, (h, v) -> h.memoryUsagePct = v),
            Binding.of("vmCount", HOST.VM_COUNT, h -> h.vmCount, (h, v) -> h.vmCount = v),
            Binding.of("vendor", HOST.VENDOR, h -> h.vendor, (h, v) -> h.vendor = v),
            Binding.of("model", HOST.MODEL, h -> h.model, (h, v) -> h.model = v),
            Binding.of("hypervisorVersion", HOST.HYPERVISOR_VERSION, h -> h.hypervisorVersion,
                    (h, v) -> h.hypervisorVersion = v)));

    static final EntityTable<Cluster> CLUSTER_TABLE = new EntityTable<>(CLUSTER, Cluster::new, List.of(
            Binding.of("name", CLUSTER.NAME, c -> c.name, (c, v) -> c.name = v),
            Binding.of("vCenter", CLUSTER.VCENTER, c -> c.vCenter, (c, v) -> c.vCenter = v),
            Binding.of("datacenter", CLUSTER.DATACENTER, c -> c.datacenter, (c, v) -> c.datacenter = v),
            Binding.of("hostCount", CLUSTER.HOST_COUNT, c -> c.hostCount, (c, v) -> c.hostCount = v),
            Binding.of("cores", CLUSTER.CORES, c -> c.cores, (c, v) -> c.cores = v),
            Binding.of("memoryMiB", CLUSTER.MEMORY_MIB, c -> c.memoryMiB, (c, v) -> c.memoryMiB = v),
            Binding.of("cpuUsagePct", CLUSTER.CPU_USAGE_PCT, c -> c.cpuUsagePct, (c, v) -> c.cpuUsagePct = v),
            Binding.of("memoryUsagePct", CLUSTER.MEMORY_USAGE_PCT, c -> c.memoryUsagePct, (c, v) -> c.memoryUsagePct = v),
            Binding.of("haEnabled", CLUSTER.HA_ENABLED, c -> c.haEnabled, (c, v) -> c.haEnabled = v),
            Binding.of("drsEnabled", CLUSTER.DRS_ENABLED, c -> c.drsEnabled, (c, v) -> c.drsEnabled = v)));

    static final EntityTable<Datastore> DATASTORE_TABLE = new EntityTable<>(DATASTORE, Datastore::new, List.of(
            Binding.of("name", DATASTORE.NAME, d -> d.name, (d, v) -> d.name = v),
            Binding.of("vCenter", DATASTORE.VCENTER, d -> d.vCenter, (d, v) -> d.vCenter = v),
            Binding.of("type", DATASTORE.TYPE, d -> d.type, (d, v) -> d.type = v),
            Binding.of("capacityMiB", DATASTORE.CAPACITY_MIB, d -> d.capacityMiB, (d, v) -> d.capacityMiB = v),
            Binding.of("provisionedMiB", DATASTORE.PROVISIONED_MIB, d -> d.provisionedMiB, (d, v) -> d.provisionedMiB = v),
            Binding.of("inUseMiB", DATASTORE.IN_USE_MIB, d -> d.inUseMiB, (d, v) -> d.inUseMiB = v),
            Binding.of("freeMiB", DATASTORE.FREE_MIB, d -> d.freeMiB, (d, v) -> d.freeMiB = v),
            Binding.of("hostCount", DATASTORE.HOST_COUNT, d -> d.hostCount, (d, v) -> d.hostCount = v),
            Binding.of("clusterName", DATASTORE.CLUSTER_NAME, d -> d.clusterName, (d, v) -> d.clusterName = v)));

    private static OperatingSystem withRaw(OperatingSystem os, String raw) {
        return new OperatingSystem(raw, os.family(), os.distribution(), os.version(), os.architecture());
    }

    /** Lists of addresses are stored separated by "; " (an address never holds one). */
    /** Tags as stored: one "name=value" a line; "\", "=" in names and line breaks escaped. */
    static final class TagCodec {
        private TagCodec() {
        }

        static String encode(Map<String, String> tags) {
            if (tags == null || tags.isEmpty()) {
                return null;
            }
            StringBuilder b = new StringBuilder();
            for (Map.Entry<String, String> e : tags.entrySet()) {
                if (b.length() > 0) {
                    b.append('\n');
                }
                escape(b, e.getKey(), true);
                b.append('=');
                escape(b, e.getValue() == null ? "" : e.getValue(), false);
            }
            return b.toString();
        }

        private static void escape(StringBuilder b, String s, boolean key) {
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                if (c == '\\') {
                    b.append("\\\\");
                } else if (c == '\n') {
                    b.append("\\n");
                } else if (c == '\r') {
                    b.append("\\r");
                } else if (c == '=' && key) {
                    b.append("\\=");
                } else {
                    b.append(c);
                }
            }
        }

        static Map<String, String> decode(String text) {
            Map<String, String> tags = new LinkedHashMap<>();
            if (text == null || text.isEmpty()) {
                return tags;
            }
            StringBuilder key = new StringBuilder();
            StringBuilder value = new StringBuilder();
            StringBuilder cur = key;
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (c == '\\' && i + 1 < text.length()) {
                    char n = text.charAt(++i);
                    cur.append(n == 'n' ? '\n' : n == 'r' ? '\r' : n);
                } else if (c == '=' && cur == key) {
                    cur = value;
                } else if (c == '\n') {
                    tags.put(key.toString(), value.toString());
                    key.setLength(0);
                    value.setLength(0);
                    cur = key;
                } else {
                    cur.append(c);
                }
            }
            tags.put(key.toString(), value.toString());
            return tags;
        }
    }
}
