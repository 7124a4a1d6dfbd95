package com.migrationhub.samples;

/**
 * A file system the guest reports through the VMware Tools ("C:\" or "/var").
 *
 * @param diskKey the virtual disk it lives on
 */
record GuestPartition(String mountPoint, int diskKey, long capacityMiB, long consumedMiB) {

    long freeMiB() {
        return capacityMiB - consumedMiB;
    }

    int freePercent() {
        return capacityMiB == 0 ? 0 : (int) Math.round(freeMiB() * 100.0 / capacityMiB);
    }
}
