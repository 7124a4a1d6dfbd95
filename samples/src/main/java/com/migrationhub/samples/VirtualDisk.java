package com.migrationhub.samples;

/**
 * A virtual disk of a VM.
 *
 * @param label "Hard disk 1"
 * @param key the vSphere device key (2000 for SCSI 0:0)
 * @param capacityMiB the size the guest sees
 * @param usedMiB what the guest has written, which a thin disk also takes on the datastore
 * @param provisioning "thin", "thick" (lazy zeroed) or "eager" (eager zeroed)
 * @param controllerBus the SCSI bus number (0 for "SCSI controller 0")
 * @param controllerType "VMware paravirtual SCSI", "LSI Logic SAS" or "LSI Logic Parallel"
 * @param unit the unit number on that bus
 */
record VirtualDisk(String label, int key, String uuid, long capacityMiB, long usedMiB, String provisioning,
        int controllerBus, String controllerType, int unit, Datastore datastore, String path) {

    boolean thin() {
        return "thin".equals(provisioning);
    }

    /** What the disk takes on its datastore: its written blocks when thin, all of it otherwise. */
    long datastoreUsedMiB() {
        return thin() ? usedMiB : capacityMiB;
    }
}
