package com.migrationhub.domain.inventory;

import java.util.Map;

/**
 * Totals of a project's inventory. Sums are over servers that are neither templates nor deleted;
 * storage totals are the sources' own provisioned / in-use figures (RVTools vInfo) where given.
 */
public record InventorySummary(long servers, long templates, long vcpus, long memoryMiB, long provisionedMiB,
                               long inUseMiB, long poweredOn, long poweredOff, long suspended, long deleted,
                               long disks, long nics, long hosts, long clusters, long datastores, long imports,
                               long serversWithUtilization, Map<String, Long> osFamilies) {
}
