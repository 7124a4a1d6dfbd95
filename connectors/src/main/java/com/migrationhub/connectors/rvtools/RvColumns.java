package com.migrationhub.connectors.rvtools;

import com.migrationhub.connectors.xlsx.SheetHeader;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * RVTools' column headers, with the spellings of each version: 3.x writes sizes as "MB" (already
 * base-2 mebibytes, whatever the label says), 4.x as "MiB". Also knows which columns are
 * RVTools' own, to tell the client's custom attributes apart.
 */
final class RvColumns {
    static final String[] VM = {"VM"};
    static final String[] VM_UUID = {"VM UUID"};
    static final String[] SMBIOS_UUID = {"SMBIOS UUID"};
    static final String[] VM_ID = {"VM ID"};
    static final String[] VI_SDK_SERVER = {"VI SDK Server"};

    static final String[] POWERSTATE = {"Powerstate", "Power state"};
    static final String[] TEMPLATE = {"Template"};
    static final String[] DNS_NAME = {"DNS Name"};
    static final String[] PRIMARY_IP = {"Primary IP Address"};
    static final String[] CPUS = {"CPUs"};
    static final String[] MEMORY = {"Memory"};
    static final String[] NICS = {"NICs"};
    static final String[] DISKS = {"Disks"};
    static final String[] PROVISIONED = {"Provisioned MiB", "Provisioned MB"};
    static final String[] IN_USE = {"In Use MiB", "In Use MB"};
    static final String[] FIRMWARE = {"Firmware"};
    static final String[] HW_VERSION = {"HW version", "HW Version"};
    static final String[] ANNOTATION = {"Annotation"};
    static final String[] DATACENTER = {"Datacenter"};
    static final String[] CLUSTER = {"Cluster"};
    static final String[] HOST = {"Host"};
    static final String[] FOLDER = {"Folder"};
    static final String[] OS_CONFIG = {"OS according to the configuration file"};
    static final String[] OS_TOOLS = {"OS according to the VMware Tools"};

    static final String[] SOCKETS = {"Sockets"};
    static final String[] CORES_PER_SOCKET = {"Cores p/s", "Cores per socket"};
    static final String[] TOOLS_STATUS = {"Tools"};
    static final String[] TOOLS_VERSION = {"Tools Version"};
    static final String[] SNAPSHOT_SIZE = {"Size MiB (total)", "Size MB (total)", "Size MiB", "Size MB"};

    static final String[] DISK = {"Disk"};
    static final String[] CAPACITY = {"Capacity MiB", "Capacity MB"};
    static final String[] THIN = {"Thin"};
    static final String[] CONTROLLER = {"Controller"};
    static final String[] DISK_PATH = {"Disk Path", "Path"};
    static final String[] SHARING = {"Sharing mode"};
    static final String[] RAW = {"Raw"};
    static final String[] DISK_MODE = {"Disk Mode"};

    static final String[] CONSUMED = {"Consumed MiB", "Consumed MB"};
    static final String[] FREE = {"Free MiB", "Free MB"};

    static final String[] NIC_LABEL = {"NIC label", "Network adapter"};
    static final String[] ADAPTER = {"Adapter"};
    static final String[] NETWORK = {"Network"};
    static final String[] CONNECTED = {"Connected"};
    static final String[] MAC = {"Mac Address", "MAC Address"};
    static final String[] IPV4 = {"IPv4 Address", "IPv4 Addresses"};
    static final String[] IPV6 = {"IPv6 Address", "IPv6 Addresses"};
    static final String[] IP = {"IP Address", "IP Addresses"};

    static final String[] CPU_MODEL = {"CPU Model"};
    static final String[] HOST_SOCKETS = {"# CPU"};
    static final String[] HOST_CORES = {"# Cores"};
    static final String[] HT_ACTIVE = {"HT Active"};
    static final String[] HOST_MEMORY = {"# Memory"};
    static final String[] CPU_USAGE = {"CPU usage %"};
    static final String[] MEMORY_USAGE = {"Memory usage %"};
    static final String[] HOST_VMS = {"# VMs total", "# VMs"};
    static final String[] VENDOR = {"Vendor"};
    static final String[] MODEL = {"Model"};
    static final String[] ESX_VERSION = {"ESX Version"};

    static final String[] NAME = {"Name"};
    static final String[] NUM_HOSTS = {"NumHosts", "# Hosts"};
    static final String[] NUM_CPU_CORES = {"NumCpuCores"};
    static final String[] TOTAL_MEMORY = {"TotalMemory"};
    static final String[] HA_ENABLED = {"HA enabled"};
    static final String[] DRS_ENABLED = {"DRS enabled"};

    static final String[] TYPE = {"Type"};
    static final String[] DATASTORE_HOSTS = {"# Hosts"};
    static final String[] CLUSTER_NAME = {"Cluster name"};

    static final String[] RVTOOLS_VERSION = {"RVTools version"};
    static final String[] RVTOOLS_MAJOR_VERSION = {"RVTools major version"};
    static final String[] SERVER = {"Server"};

    /** Headers only RVTools 3.x writes: sizes labelled MB. */
    private static final String[] VERSION_3_MARKERS = {
        "Provisioned MB", "In Use MB", "Unshared MB", "Video Ram KB", "Capacity MB",
    };
    /** Headers only RVTools 4.x writes: sizes labelled MiB. */
    private static final String[] VERSION_4_MARKERS = {
        "Provisioned MiB", "In Use MiB", "Unshared MiB", "Video Ram KiB", "Total disk capacity MiB", "Capacity MiB",
    };

    /**
     * The columns RVTools itself writes in vInfo, vCPU, vMemory, vTools and vSnapshot (3.x to
     * 4.7), in lower case; any other named column there is a custom attribute of the client's.
     */
    private static final Set<String> OWN_VM_COLUMNS = lowerCase(
            // vInfo
            "VM", "Powerstate", "Template", "SRM Placeholder", "Config status", "DNS Name", "Connection state",
            "Guest state", "Heartbeat", "Consolidation Needed", "PowerOn", "Suspended To Memory", "Suspend time",
            "Suspend Interval", "Creation date", "Change Version", "CPUs", "Overall Cpu Readiness", "Memory",
            "Active Memory", "NICs", "Disks", "Total disk capacity MiB", "Fixed Passthru HotPlug",
            "min Required EVC Mode Key", "Latency Sensitivity", "Op Notification Timeout", "EnableUUID", "CBT",
            "Primary IP Address", "Network #1", "Network #2", "Network #3", "Network #4", "Network #5",
            "Network #6", "Network #7", "Network #8", "Num Monitors", "Video Ram KiB", "Video Ram KB",
            "Resource pool", "Folder ID", "Folder", "vApp", "DAS protection", "FT State", "FT Role", "FT Latency",
            "FT Bandwidth", "FT Sec. Latency", "Vm Failover In Progress", "Provisioned MiB", "Provisioned MB",
            "In Use MiB", "In Use MB", "Unshared MiB", "Unshared MB", "HA Restart Priority",
            "HA Isolation Response", "HA VM Monitoring", "Cluster rule(s)", "Cluster rule name(s)",
            "Boot Required", "Boot delay", "Boot retry delay", "Boot retry enabled", "Boot BIOS setup",
            "Reboot PowerOff", "EFI Secure boot", "Firmware", "HW version", "HW upgrade status",
            "HW upgrade policy", "HW target", "Path", "Log directory", "Snapshot directory", "Suspend directory",
            "Annotation", "Datacenter", "Cluster", "Host", "OS according to the configuration file",
            "OS according to the VMware Tools", "Customization Info", "Guest Detailed Data", "VM ID", "VM UUID",
            "SMBIOS UUID", "VI SDK Server type", "VI SDK API Version", "VI SDK Server", "VI SDK UUID",
            // vCPU
            "Sockets", "Cores p/s", "Max", "Overall", "Level", "Shares", "Reservation", "Entitlement",
            "DRS Entitlement", "Limit", "Hot Add", "Hot Remove", "Numa Hotadd Exposed",
            // vMemory
            "Size MiB", "Size MB", "Memory Reservation Locked To Max", "Overhead", "Consumed", "Consumed Overhead",
            "Private", "Shared", "Swapped", "Ballooned", "Active",
            // vTools
            "VM Version", "Tools", "Tools Version", "Required Version", "Upgradeable", "Upgrade Policy",
            "Sync time", "App status", "Heartbeat status", "Kernel Crash state", "Operation Ready",
            "State change support", "Interactive Guest",
            // vSnapshot
            "Name", "Description", "Date / time", "Filename", "Size MiB (vmsn)", "Size MB (vmsn)",
            "Size MiB (total)", "Size MB (total)", "Quiesced", "State");

    private RvColumns() {
    }

    /**
     * The positions of the custom-attribute columns of a per-VM sheet: named columns that are not
     * RVTools' own, after "Annotation" and before "Datacenter" where the sheet has them (RVTools
     * puts custom attributes there).
     */
    static int[] customAttributes(SheetHeader header) {
        int annotation = header.indexOf(ANNOTATION);
        int datacenter = header.indexOf(DATACENTER);
        int from = annotation >= 0 ? annotation + 1 : 0;
        int to = datacenter > from ? datacenter : header.width();
        int[] found = new int[to - from];
        int n = 0;
        for (int c = from; c < to; c++) {
            String name = header.name(c);
            if (name != null && !OWN_VM_COLUMNS.contains(name.toLowerCase(Locale.ROOT)) && header.indexOf(name) == c) {
                found[n++] = c;
            }
        }
        return Arrays.copyOf(found, n);
    }

    /** "3.x" or "4.x" from the size units in the headers, or null when no header tells. */
    static String versionFromHeader(SheetHeader header) {
        if (header.has(VERSION_4_MARKERS)) {
            return "4.x";
        }
        if (header.has(VERSION_3_MARKERS)) {
            return "3.x";
        }
        return null;
    }

    /** A short list of a header's names for messages: the first few, then how many more. */
    static String describe(SheetHeader header) {
        StringBuilder b = new StringBuilder();
        int shown = 0;
        int named = 0;
        for (int c = 0; c < header.width(); c++) {
            String name = header.name(c);
            if (name == null) {
                continue;
            }
            named++;
            if (shown < 6) {
                b.append(shown == 0 ? "" : ", ").append('"').append(name).append('"');
                shown++;
            }
        }
        if (named > shown) {
            b.append(" and ").append(named - shown).append(" more");
        }
        return named == 0 ? "none" : b.toString();
    }

    private static Set<String> lowerCase(String... names) {
        Set<String> set = new HashSet<>();
        for (String name : names) {
            set.add(name.toLowerCase(Locale.ROOT));
        }
        return set;
    }
}
