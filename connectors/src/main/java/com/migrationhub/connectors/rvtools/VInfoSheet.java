package com.migrationhub.connectors.rvtools;

import com.migrationhub.connectors.xlsx.SheetDataException;
import com.migrationhub.connectors.xlsx.SheetHeader;
import com.migrationhub.connectors.xlsx.SheetRow;
import com.migrationhub.connectors.xlsx.SheetRowHandler;
import com.migrationhub.domain.inventory.OsNormalizer;
import com.migrationhub.domain.model.Firmware;
import com.migrationhub.domain.model.OperatingSystem;
import com.migrationhub.domain.model.PowerState;
import com.migrationhub.domain.model.Server;
import com.migrationhub.domain.model.ServerKind;
import com.migrationhub.domain.model.SourceRef;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * vInfo: one {@link Server} per row, complete when passed to the sink, with what the per-VM
 * sheets read before it contributed ({@link VmFacts}). Provisioned and in-use storage are vInfo's
 * own totals, never recomputed from disks: they are the figures consultants compare.
 */
final class VInfoSheet implements SheetRowHandler {
    static final String SHEET = "vInfo";
    static final String HYPERVISOR = "VMware vSphere";
    /** Distinct OS strings are few; normalizing each once saves the normalizer's regular expressions per VM. */
    private static final int MAX_CACHED_OS = 2_000;

    private final RvContext context;
    private final Map<String, OperatingSystem> osCache = new HashMap<>();

    private int vm;
    private int uuid;
    private int smbiosUuid;
    private int moRef;
    private int vCenter;
    private int dnsName;
    private int primaryIp;
    private int powerstate;
    private int template;
    private int cpus;
    private int memory;
    private int nics;
    private int disks;
    private int provisioned;
    private int inUse;
    private int firmware;
    private int hwVersion;
    private int annotation;
    private int datacenter;
    private int cluster;
    private int host;
    private int folder;
    private int osConfig;
    private int osTools;
    private int[] attributes;
    private String[] attributeNames;

    VInfoSheet(RvContext context) {
        this.context = context;
    }

    @Override
    public void header(SheetHeader header) {
        vm = header.column(RvColumns.VM);
        if (vm < 0) {
            throw new SheetDataException(header.rowNumber(), null, missingVmColumn(header));
        }
        uuid = header.column(RvColumns.VM_UUID);
        smbiosUuid = header.column(RvColumns.SMBIOS_UUID);
        moRef = header.column(RvColumns.VM_ID);
        vCenter = header.column(RvColumns.VI_SDK_SERVER);
        dnsName = header.column(RvColumns.DNS_NAME);
        primaryIp = header.column(RvColumns.PRIMARY_IP);
        powerstate = header.column(RvColumns.POWERSTATE);
        template = header.column(RvColumns.TEMPLATE);
        cpus = header.column(RvColumns.CPUS);
        memory = header.column(RvColumns.MEMORY);
        nics = context.countChildren ? header.column(RvColumns.NICS) : -1;
        disks = context.countChildren ? header.column(RvColumns.DISKS) : -1;
        provisioned = header.column(RvColumns.PROVISIONED);
        inUse = header.column(RvColumns.IN_USE);
        firmware = header.column(RvColumns.FIRMWARE);
        hwVersion = header.column(RvColumns.HW_VERSION);
        annotation = header.column(RvColumns.ANNOTATION);
        datacenter = header.column(RvColumns.DATACENTER);
        cluster = header.column(RvColumns.CLUSTER);
        host = header.column(RvColumns.HOST);
        folder = header.column(RvColumns.FOLDER);
        osConfig = header.column(RvColumns.OS_CONFIG);
        osTools = header.column(RvColumns.OS_TOOLS);
        attributes = RvColumns.customAttributes(header);
        attributeNames = new String[attributes.length];
        for (int i = 0; i < attributes.length; i++) {
            header.use(attributes[i]);
            attributeNames[i] = header.name(attributes[i]);
        }
    }

    static String missingVmColumn(SheetHeader header) {
        return "no \"VM\" column, so the VMs have no names (columns found: " + RvColumns.describe(header) + ")";
    }

    @Override
    public void row(SheetRow row) {
        SourceRef where = RvContext.at(SHEET, row.number());
        String name = row.text(vm);
        if (name == null) {
            context.sink.skipped(where, "no VM name");
            return;
        }
        Server server = new Server();
        server.name = name;
        server.kind = ServerKind.VIRTUAL;
        server.hypervisor = HYPERVISOR;
        server.vmUuid = row.text(uuid);
        server.biosUuid = row.text(smbiosUuid);
        server.moRef = row.text(moRef);
        server.vCenter = context.vCenter(row.text(vCenter));
        server.hostName = row.text(dnsName);
        String ip = row.text(primaryIp);
        if (ip != null) {
            server.ips.add(ip);
        }
        server.powerState = PowerState.parse(row.text(powerstate));
        server.template = Boolean.TRUE.equals(row.bool(template));
        server.vcpus = row.integer(cpus);
        // "Memory" is MiB in every version; 3.x's "MB" columns hold base-2 values too
        server.memoryMiB = row.rounded(memory);
        server.provisionedMiB = row.rounded(provisioned);
        server.inUseMiB = row.rounded(inUse);
        server.firmware = Firmware.parse(row.text(firmware));
        server.hardwareVersion = row.text(hwVersion);
        server.annotation = row.text(annotation);
        server.datacenter = row.text(datacenter);
        server.cluster = row.text(cluster);
        server.host = row.text(host);
        server.folder = row.text(folder);
        String configured = row.text(osConfig);
        server.osFromTools = row.text(osTools);
        server.os = os(configured != null ? configured : server.osFromTools);
        for (int i = 0; i < attributes.length; i++) {
            String value = row.text(attributes[i]);
            if (value != null) {
                tag(server, attributeNames[i], value);
            }
        }
        server.source = where;
        merge(server, row);
        if (context.snapshotsListed && server.snapshotCount == null) {
            // vSnapshot lists every snapshot of the estate: a VM it does not name has none
            server.snapshotCount = 0;
            server.snapshotMiB = 0L;
        }
        context.sink.server(server);
    }

    /** Adds what vCPU, vMemory, vTools, vSnapshot and vNetwork's addresses said about this VM. */
    private void merge(Server server, SheetRow row) {
        long uuidHash = VmFactsIndex.identity(server.vmUuid);
        long moRefHash = VmFactsIndex.identity(server.moRef);
        VmFacts facts = context.facts.isEmpty() ? null
                : context.facts.match(server.name, uuidHash, moRefHash, f -> f.infoRow == 0);
        if (facts == VmFactsIndex.AMBIGUOUS) {
            context.sink.warning(server.source, "several VMs are named \"" + server.name
                    + "\" and vCPU, vMemory, vTools, vSnapshot or vNetwork do not tell them apart;"
                    + " their values are not used for this one");
            facts = null;
        }
        if (facts != null) {
            facts.learn(uuidHash, moRefHash);
            mergeFacts(server, facts);
        }
        if (context.countChildren) {
            if (facts == null) {
                facts = context.facts.add(server.name, uuidHash, moRefHash);
            }
            Integer diskCount = row.integer(disks);
            Integer nicCount = row.integer(nics);
            facts.disksInInfo = count(diskCount);
            facts.nicsInInfo = count(nicCount);
        }
        if (facts != null) {
            facts.infoRow = (int) row.number();
        }
    }

    private static void mergeFacts(Server server, VmFacts facts) {
        if (facts.sockets != VmFacts.UNKNOWN) {
            server.sockets = facts.sockets;
        }
        if (facts.coresPerSocket != VmFacts.UNKNOWN) {
            server.coresPerSocket = facts.coresPerSocket;
        }
        server.toolsStatus = facts.toolsStatus;
        server.toolsVersion = facts.toolsVersion;
        if (facts.snapshotRow != 0) {
            server.snapshotCount = facts.snapshotCount;
            if (!Double.isNaN(facts.snapshotMiB)) {
                server.snapshotMiB = Math.round(facts.snapshotMiB);
            }
        }
        if (facts.addresses != null) {
            for (String address : facts.addresses) {
                if (!server.ips.contains(address)) {
                    server.ips.add(address);
                }
            }
        }
        if (server.annotation == null) {
            server.annotation = facts.annotation;
        }
        if (facts.attributes != null && server.tags.isEmpty()) {
            for (int i = 0; i + 1 < facts.attributes.length; i += 2) {
                tag(server, facts.attributes[i], facts.attributes[i + 1]);
            }
        }
        source(server, "vCPU", facts.cpuRow);
        source(server, "vMemory", facts.memoryRow);
        source(server, "vTools", facts.toolsRow);
        source(server, "vSnapshot", facts.snapshotRow);
        source(server, "vNetwork", facts.networkRow);
    }

    private static void source(Server server, String sheet, int row) {
        if (row > 0) {
            server.otherSources.add(sheet + '!' + row);
        }
    }

    /**
     * A custom attribute becomes a tag; those named like the model's owner, environment and
     * application fields also fill them.
     */
    static void tag(Server server, String name, String value) {
        server.tags.put(name, value);
        switch (name.toLowerCase(Locale.ROOT)) {
            case "owner":
                server.owner = value;
                break;
            case "environment":
            case "env":
                server.environment = value;
                break;
            case "application":
            case "applications":
            case "app":
                server.application = value;
                break;
            default:
                break;
        }
    }

    private OperatingSystem os(String raw) {
        if (raw == null) {
            return OperatingSystem.UNKNOWN;
        }
        OperatingSystem known = osCache.get(raw);
        if (known == null) {
            known = OsNormalizer.normalize(raw);
            if (osCache.size() < MAX_CACHED_OS) {
                osCache.put(raw, known);
            }
        }
        return known;
    }

    private static short count(Integer value) {
        if (value == null || value < 0) {
            return VmFacts.UNKNOWN;
        }
        return (short) Math.min(value, Short.MAX_VALUE);
    }
}
