/**
 * The RVTools importer (format id {@code rvtools}): {@link com.migrationhub.connectors.rvtools.RvToolsImporter}
 * reads an RVTools 3.x to 4.7 export into servers, disks, NICs, partitions, hosts, clusters and
 * datastores, one sheet reader per RVTools sheet.
 */
package com.migrationhub.connectors.rvtools;
