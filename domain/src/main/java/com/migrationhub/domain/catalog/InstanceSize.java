package com.migrationhub.domain.catalog;

/**
 * One virtual-machine size a cloud offers (an EC2 instance type, an Azure VM size, a Compute
 * Engine machine type). Limits that a source does not give are 0, meaning unknown.
 *
 * @param family          the cloud's family as it names it (m5, Dsv5, n2)
 * @param series          the size's category (general purpose, memory optimized, ...)
 * @param localStorageGiB temporary or instance-store disk, 0 when none
 * @param maxDataDisks    data disks (volumes) the size can attach; 0 when the source does not say
 * @param maxNics         network interfaces the size can attach; 0 when the source does not say
 * @param current         offered for new deployments (not a previous generation)
 * @param maxIops         the size's storage IOPS limit, 0 when unknown
 * @param maxMBps         the size's storage throughput limit in MB/s, 0 when unknown
 * @param source          the id of the {@link CatalogSource} the size came from
 */
public record InstanceSize(Cloud cloud, String name, String family, String series, int vcpus, long memoryMiB,
        Arch arch, boolean burstable, int localStorageGiB, int maxDataDisks, int maxNics, boolean current, int gpus,
        long maxIops, long maxMBps, String source) {
}
