package com.migrationhub.connectors.generic;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The server fields a generic CSV mapping can fill, by the key the mapping uses. Besides these,
 * {@code tag.<Name>} fills the tag {@code <Name>}. Keys are matched ignoring letter case.
 */
enum MappedField {
    NAME("name"),
    HOST_NAME("hostName"),
    IPS("ips"),
    VCPUS("vcpus"),
    SOCKETS("sockets"),
    CORES_PER_SOCKET("coresPerSocket"),
    MEMORY_MIB("memoryMiB"),
    MEMORY_GIB("memoryGiB"),
    OS("os"),
    OS_VERSION("osVersion"),
    ARCHITECTURE("architecture"),
    POWER_STATE("powerState"),
    KIND("kind"),
    FIRMWARE("firmware"),
    ENVIRONMENT("environment"),
    OWNER("owner"),
    APPLICATION("application"),
    HYPERVISOR("hypervisor"),
    DATACENTER("datacenter"),
    CLUSTER("cluster"),
    HOST("host"),
    FOLDER("folder"),
    ANNOTATION("annotation"),
    VM_UUID("vmUuid"),
    BIOS_UUID("biosUuid"),
    INSTANCE_ID("instanceId"),
    EXTERNAL_ID("externalId"),
    MOREF("moRef"),
    VCENTER("vCenter"),
    PROVISIONED_MIB("provisionedMiB"),
    PROVISIONED_GIB("provisionedGiB"),
    IN_USE_MIB("inUseMiB"),
    IN_USE_GIB("inUseGiB"),
    CPU_USAGE_PERCENT("cpuUsagePercent"),
    MEMORY_USAGE_PERCENT("memoryUsagePercent");

    /** The prefix of a tag mapping: {@code tag.CostCenter=cost_center}. */
    static final String TAG_PREFIX = "tag.";

    final String key;

    MappedField(String key) {
        this.key = key;
    }

    /** The field with this key (any letter case), or null. */
    static MappedField of(String key) {
        for (MappedField f : values()) {
            if (f.key.equalsIgnoreCase(key)) {
                return f;
            }
        }
        return null;
    }

    static boolean isTag(String key) {
        return key.toLowerCase(Locale.ROOT).startsWith(TAG_PREFIX) && key.length() > TAG_PREFIX.length();
    }

    /** Every key, for messages: "name, hostName, ips, ..., tag.<Name>". */
    static String allKeys() {
        return Arrays.stream(values()).map(f -> f.key).collect(Collectors.joining(", ")) + ", " + TAG_PREFIX
                + "<Name>";
    }
}
