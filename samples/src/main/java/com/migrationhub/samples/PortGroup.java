package com.migrationhub.samples;

/**
 * A distributed port group and the IPv4 range its VMs get addresses from.
 *
 * @param secondOctet the first 10.x.0.0/16 block of its address range (it spans 32 such blocks)
 */
record PortGroup(String name, String distributedSwitch, int vlan, int secondOctet) {
}
