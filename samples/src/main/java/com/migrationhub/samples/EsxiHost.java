package com.migrationhub.samples;

/**
 * An ESXi host of a cluster.
 *
 * @param index the host's position in the estate's host list
 * @param memoryMiB physical memory as vSphere reports it (slightly under the installed amount)
 */
record EsxiHost(int index, String name, ComputeCluster cluster, HostModel model, int memoryMiB, String uuid,
        String moRef, String serialNumber, String esxVersion) {

    int cores() {
        return model.sockets() * model.coresPerSocket();
    }
}
