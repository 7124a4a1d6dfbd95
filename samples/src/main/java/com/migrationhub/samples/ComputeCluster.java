package com.migrationhub.samples;

/**
 * A vSphere cluster: where the VMs of one kind of environment run.
 *
 * @param index the cluster's position in the estate's cluster list
 * @param kind "PROD", "NONPROD" or "DR"
 * @param shortCode the part of host and datastore names that names the cluster ("p01")
 */
record ComputeCluster(int index, String name, String datacenter, String site, String kind, String shortCode,
        String moRef) {
}
