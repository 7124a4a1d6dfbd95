package com.migrationhub.samples;

/**
 * A virtual network adapter of a VM.
 *
 * @param label "Network adapter 1"
 * @param adapterType "Vmxnet3", "E1000E" or "E1000"
 * @param ipv4 the address the guest uses on it
 * @param ipv6 an IPv6 address, or "" for the many adapters without one
 */
record NetworkAdapter(String label, int key, String adapterType, PortGroup portGroup, String mac, String ipv4,
        String ipv6, boolean connected) {
}
