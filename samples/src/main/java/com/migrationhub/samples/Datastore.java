package com.migrationhub.samples;

/**
 * A datastore shared by one cluster's hosts. Its capacity is decided once every VM is placed,
 * from what it holds.
 *
 * @param type "VMFS" or "NFS"
 * @param fillRatio how full the storage team keeps it: provisioned space over capacity
 * @param ssd whether it sits on flash (the disk type cloud templates ask for)
 */
record Datastore(int index, String name, ComputeCluster cluster, String type, double fillRatio, boolean ssd,
        String url, String moRef) {
}
