package com.migrationhub.samples;

import java.util.ArrayList;
import java.util.List;

/**
 * The column headers of the RVTools sheets the generator writes, in RVTools' own order.
 *
 * <p>RVTools 4.x: taken from a real RVTools 4.7 export (27 sheets) as recorded in
 * Yoobuu/Kylow {@code vmware_rvtools_exporter/out/compare/summary.json} (reference headers), and
 * checked against the 4.7-era fixture kubev2v-example1.xlsx wherever that trimmed file has the
 * column. That export's three custom attributes ("Backup status", "ClusterInvariantVMMId", "Last
 * backup") sit between "Annotation" and "Datacenter" on every VM sheet; the estate's own custom
 * attributes take their place here.
 *
 * <p>RVTools 3.x: from the fixture nutanix-billsample-rvtools3.xlsx (vInfo, vDisk, vPartition,
 * vHost, vCluster, where its "Last Backup" column is a custom attribute). No 3.x vNetwork sheet
 * was available; its layout follows the 4.x one with 3.x's single "IP Address" column.
 */
final class RvToolsColumns {
    private RvToolsColumns() {
    }

    /** The columns every 4.x VM sheet ends with after the custom attributes. */
    private static final List<String> VM_TRAILER = List.of("Datacenter", "Cluster", "Host", "Folder",
            "OS according to the configuration file", "OS according to the VMware Tools", "VM ID", "VM UUID",
            "VI SDK Server", "VI SDK UUID");

    static List<String> vInfo(List<String> attributes) {
        return join(List.of("VM", "Powerstate", "Template", "SRM Placeholder", "Config status", "DNS Name",
                "Connection state", "Guest state", "Heartbeat", "Consolidation Needed", "PowerOn",
                "Suspended To Memory", "Suspend time", "Suspend Interval", "Creation date", "Change Version", "CPUs",
                "Overall Cpu Readiness", "Memory", "Active Memory", "NICs", "Disks", "Total disk capacity MiB",
                "Fixed Passthru HotPlug", "min Required EVC Mode Key", "Latency Sensitivity",
                "Op Notification Timeout", "EnableUUID", "CBT", "Primary IP Address", "Network #1", "Network #2",
                "Network #3", "Network #4", "Network #5", "Network #6", "Network #7", "Network #8", "Num Monitors",
                "Video Ram KiB", "Resource pool", "Folder ID", "Folder", "vApp", "DAS protection", "FT State",
                "FT Role", "FT Latency", "FT Bandwidth", "FT Sec. Latency", "Vm Failover In Progress",
                "Provisioned MiB", "In Use MiB", "Unshared MiB", "HA Restart Priority", "HA Isolation Response",
                "HA VM Monitoring", "Cluster rule(s)", "Cluster rule name(s)", "Boot Required", "Boot delay",
                "Boot retry delay", "Boot retry enabled", "Boot BIOS setup", "Reboot PowerOff", "EFI Secure boot",
                "Firmware", "HW version", "HW upgrade status", "HW upgrade policy", "HW target", "Path",
                "Log directory", "Snapshot directory", "Suspend directory", "Annotation"), attributes,
                List.of("Datacenter", "Cluster", "Host", "OS according to the configuration file",
                        "OS according to the VMware Tools", "Customization Info", "Guest Detailed Data", "VM ID",
                        "SMBIOS UUID", "VM UUID", "VI SDK Server type", "VI SDK API Version", "VI SDK Server",
                        "VI SDK UUID"));
    }

    static List<String> vCpu(List<String> attributes) {
        return join(List.of("VM", "Powerstate", "Template", "SRM Placeholder", "CPUs", "Sockets", "Cores p/s", "Max",
                "Overall", "Level", "Shares", "Reservation", "Entitlement", "DRS Entitlement", "Limit", "Hot Add",
                "Hot Remove", "Numa Hotadd Exposed", "Annotation"), attributes, VM_TRAILER);
    }

    static List<String> vMemory(List<String> attributes) {
        return join(List.of("VM", "Powerstate", "Template", "SRM Placeholder", "Size MiB",
                "Memory Reservation Locked To Max", "Overhead", "Max", "Consumed", "Consumed Overhead", "Private",
                "Shared", "Swapped", "Ballooned", "Active", "Entitlement", "DRS Entitlement", "Level", "Shares",
                "Reservation", "Limit", "Hot Add", "Annotation"), attributes, VM_TRAILER);
    }

    static List<String> vDisk(List<String> attributes) {
        return join(List.of("VM", "Powerstate", "Template", "SRM Placeholder", "Disk", "Disk Key", "Disk UUID",
                "Disk Path", "Capacity MiB", "Raw", "Disk Mode", "Sharing mode", "Thin", "Eagerly Scrub", "Split",
                "Write Through", "Level", "Shares", "Reservation", "Limit", "Controller", "Label", "SCSI Unit #",
                "Unit #", "Shared Bus", "Path", "Raw LUN ID", "Raw Comp. Mode", "Internal Sort Column",
                "Annotation"), attributes, VM_TRAILER);
    }

    static List<String> vPartition(List<String> attributes) {
        return join(List.of("VM", "Powerstate", "Template", "SRM Placeholder", "Disk Key", "Disk", "Capacity MiB",
                "Consumed MiB", "Free MiB", "Free %", "Internal Sort Column", "Annotation"), attributes, VM_TRAILER);
    }

    static List<String> vNetwork(List<String> attributes) {
        return join(List.of("VM", "Powerstate", "Template", "SRM Placeholder", "NIC label", "Adapter", "Network",
                "Switch", "Connected", "Starts Connected", "Mac Address", "Type", "IPv4 Address", "IPv6 Address",
                "Direct Path IO", "Internal Sort Column", "Annotation"), attributes, VM_TRAILER);
    }

    static List<String> vSnapshot(List<String> attributes) {
        return join(List.of("VM", "Powerstate", "Name", "Description", "Date / time", "Filename", "Size MiB (vmsn)",
                "Size MiB (total)", "Quiesced", "State", "Annotation"), attributes, VM_TRAILER);
    }

    static List<String> vTools(List<String> attributes) {
        return join(List.of("VM", "Powerstate", "Template", "SRM Placeholder", "VM Version", "Tools",
                "Tools Version", "Required Version", "Upgradeable", "Upgrade Policy", "Sync time", "App status",
                "Heartbeat status", "Kernel Crash state", "Operation Ready", "State change support",
                "Interactive Guest", "Annotation"), attributes,
                List.of("Datacenter", "Cluster", "Host", "Folder", "OS according to the configuration file",
                        "OS according to the VMware Tools", "VMRef", "VM ID", "VM UUID", "VI SDK Server",
                        "VI SDK UUID"));
    }

    static final List<String> V_SOURCE = List.of("Name", "OS type", "API type", "API version", "Version",
            "Patch level", "Build", "Fullname", "Product name", "Product version", "Product line", "Vendor",
            "VI SDK Server", "VI SDK UUID");

    static final List<String> V_CLUSTER = List.of("Name", "Config status", "OverallStatus", "NumHosts",
            "numEffectiveHosts", "TotalCpu", "NumCpuCores", "NumCpuThreads", "Effective Cpu", "TotalMemory",
            "Effective Memory", "Num VMotions", "HA enabled", "Failover Level", "AdmissionControlEnabled",
            "Host monitoring", "HB Datastore Candidate Policy", "Isolation Response", "Restart Priority",
            "Cluster Settings", "Max Failures", "Max Failure Window", "Failure Interval", "Min Up Time",
            "VM Monitoring", "DRS enabled", "DRS default VM behavior", "DRS vmotion rate", "DPM enabled",
            "DPM default behavior", "DPM Host Power Action Rate", "Object ID", "VI SDK Server", "VI SDK UUID");

    static final List<String> V_HOST = List.of("Host", "Datacenter", "Cluster", "Config status",
            "Compliance Check State", "in Maintenance Mode", "in Quarantine Mode", "vSAN Fault Domain Name",
            "CPU Model", "Speed", "HT Available", "HT Active", "# CPU", "Cores per CPU", "# Cores", "CPU usage %",
            "# Memory", "Memory Tiering Type", "Memory usage %", "Console", "# NICs", "# HBAs", "# VMs total",
            "# VMs", "VMs per Core", "# vCPUs", "vCPUs per Core", "vRAM", "VM Used memory", "VM Memory Swapped",
            "VM Memory Ballooned", "VMotion support", "Storage VMotion support", "Current EVC", "Max EVC",
            "Assigned License(s)", "ATS Heartbeat", "ATS Locking", "Current CPU power man. policy",
            "Supported CPU power man.", "Host Power Policy", "ESX Version", "Boot time", "DNS Servers", "DHCP",
            "Domain", "Domain List", "DNS Search Order", "NTP Server(s)", "NTPD running", "Time Zone",
            "Time Zone Name", "GMT Offset", "Vendor", "Model", "Serial number", "Service tag", "OEM specific string",
            "BIOS Vendor", "BIOS Version", "BIOS Date", "Certificate Issuer", "Certificate Start Date",
            "Certificate Expiry Date", "Certificate Status", "Certificate Subject", "Object ID", "UUID",
            "VI SDK Server", "VI SDK UUID");

    static final List<String> V_DATASTORE = List.of("Name", "Config status", "Address", "Accessible", "Type",
            "# VMs total", "# VMs", "Capacity MiB", "Provisioned MiB", "In Use MiB", "Free MiB", "Free %",
            "SIOC enabled", "SIOC Threshold", "# Hosts", "Hosts", "Cluster name", "Cluster capacity MiB",
            "Cluster free space MiB", "Block size", "Max Blocks", "# Extents", "Major Version", "Version",
            "VMFS Upgradeable", "MHA", "URL", "Object ID", "VI SDK Server", "VI SDK UUID");

    static final List<String> V_META_DATA = List.of("RVTools major version", "RVTools version",
            "xlsx creation datetime", "Server");

    // RVTools 3.x

    static List<String> vInfo3(List<String> attributes) {
        return join(List.of("VM", "Powerstate", "Template", "Config status", "DNS Name", "CPUs",
                "Latency Sensitivity", "Memory", "NICs", "Disks", "EnableUUID", "CBT", "Num Monitors",
                "Video Ram KB", "Resource pool", "Folder", "vApp", "DAS protection", "FT State", "FT Latency",
                "FT Bandwidth", "FT Sec. Latency", "Provisioned MB", "In Use MB", "Unshared MB", "HA Restart Priority",
                "HA Isolation Response", "HA VM Monitoring", "Cluster rule(s)", "Cluster rule name(s)",
                "Boot Required", "Boot delay", "Boot retry delay", "Boot retry enabled", "Boot BIOS setup",
                "Firmware", "HW version", "HW upgrade status", "HW upgrade policy", "HW target", "Path",
                "Annotation"), attributes,
                List.of("Datacenter", "Cluster", "Host", "OS according to the configuration file",
                        "OS according to the VMware Tools", "VM ID"));
    }

    static List<String> vDisk3(List<String> attributes) {
        return join(List.of("VM", "Powerstate", "Template", "Disk", "Capacity MB", "Raw", "Disk Mode", "Thin",
                "Eagerly Scrub", "Split", "Write Through", "Level", "Shares", "Reservation", "Limit", "Controller",
                "Label", "SCSI Unit #", "Unit #", "Shared Bus", "Path", "Raw LUN ID", "Raw Comp. Mode", "Annotation"),
                attributes, VM_TRAILER);
    }

    /** "Free % " ends with a space in RVTools 3.x, as both 3.x fixtures show. */
    static List<String> vPartition3(List<String> attributes) {
        return join(List.of("VM", "Powerstate", "Template", "Disk", "Capacity MB", "Consumed MB", "Free MB",
                "Free % ", "Annotation"), attributes,
                List.of("Datacenter", "Cluster", "Host", "OS according to the configuration file",
                        "OS according to the VMware Tools", "VM ID"));
    }

    static List<String> vNetwork3(List<String> attributes) {
        return join(List.of("VM", "Powerstate", "Template", "NIC label", "Adapter", "Network", "Switch", "Connected",
                "Starts Connected", "Mac Address", "Type", "IP Address", "Direct Path IO", "Internal Sort Column",
                "Annotation"), attributes, VM_TRAILER);
    }

    static final List<String> V_CLUSTER_3 = List.of("Name", "Config status", "OverallStatus", "NumHosts",
            "numEffectiveHosts", "TotalCpu", "NumCpuCores", "NumCpuThreads", "Effective Cpu", "TotalMemory",
            "Effective Memory", "Num VMotions", "HA enabled", "Failover Level", "AdmissionControlEnabled",
            "Host monitoring", "HB Datastore Candidate Policy", "Isolation Response", "Restart Priority",
            "Cluster Settings", "Max Failures", "Max Failure Window", "Failure Interval", "Min Up Time",
            "VM Monitoring", "DRS enabled", "DRS default VM behavior", "DRS vmotion rate", "DPM enabled",
            "DPM default behavior", "DPM Host Power Action Rate", "VI SDK Server", "VI SDK UUID");

    static final List<String> V_HOST_3 = List.of("Host", "Datacenter", "Cluster", "Config status", "CPU Model",
            "Speed", "HT Available", "HT Active", "# CPU", "Cores per CPU", "# Cores", "CPU usage %", "# Memory",
            "Memory usage %", "Console", "# NICs", "# HBAs", "# VMs", "VMs per Core", "# vCPUs", "vCPUs per Core",
            "vRAM", "VM Used memory", "VM Memory Swapped", "VM Memory Ballooned", "VMotion support",
            "Storage VMotion support", "Current EVC", "Max EVC", "Assigned License(s)", "ATS Heartbeat",
            "ATS Locking", "Current CPU power man. policy", "Supported CPU power man.", "Host Power Policy",
            "ESX Version", "Boot time", "DNS Servers", "DHCP", "Domain", "DNS Search Order", "NTP Server(s)",
            "NTPD running", "Time Zone", "Time Zone Name", "GMT Offset", "Vendor", "Model", "Service tag",
            "OEM specific string", "BIOS Version", "BIOS Date", "Object ID", "VI SDK Server", "VI SDK UUID");

    private static List<String> join(List<String> before, List<String> attributes, List<String> after) {
        List<String> all = new ArrayList<>(before.size() + attributes.size() + after.size());
        all.addAll(before);
        all.addAll(attributes);
        all.addAll(after);
        return List.copyOf(all);
    }
}
