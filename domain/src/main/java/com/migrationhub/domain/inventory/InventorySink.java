package com.migrationhub.domain.inventory;

import com.migrationhub.domain.model.Cluster;
import com.migrationhub.domain.model.Datastore;
import com.migrationhub.domain.model.Disk;
import com.migrationhub.domain.model.Host;
import com.migrationhub.domain.model.Nic;
import com.migrationhub.domain.model.Partition;
import com.migrationhub.domain.model.Server;
import com.migrationhub.domain.model.ServerKey;
import com.migrationhub.domain.model.SourceRef;
import com.migrationhub.domain.model.UtilizationStat;
import java.util.Map;

/**
 * Receives what an {@link InventoryImporter} reads, record by record, while it streams the file.
 * The importer never holds the whole inventory; the sink merges each record into the project
 * as it comes.
 *
 * <p>Order: a server must be passed before the disks, NICs and partitions that name it; a child
 * or a utilization record whose server is neither in this import nor in the project is reported
 * as skipped by the sink. The {@link Server} objects passed to {@link #server} carry the server's
 * own fields only; their child lists are ignored (pass children through the child methods).
 */
public interface InventorySink {

    /** The tool and version that produced the file, as soon as the importer knows it. */
    void source(String tool, String toolVersion);

    void server(Server server);

    void disk(ServerKey server, Disk disk);

    void nic(ServerKey server, Nic nic);

    void partition(ServerKey server, Partition partition);

    void utilization(ServerKey server, UtilizationStat stat);

    /**
     * Tags (labels) for a server defined elsewhere, such as Migration Center's tagInfo table:
     * merged into the server's tags, a tag of the same name replaced.
     */
    void tags(ServerKey server, Map<String, String> tags, SourceRef source);

    void host(Host host);

    void cluster(Cluster cluster);

    void datastore(Datastore datastore);

    /** A row deliberately not imported, with the reason ("empty row" rows need not be reported). */
    void skipped(SourceRef where, String reason);

    /** Something imported, but worth the consultant's attention (a value out of range, say). */
    void warning(SourceRef where, String message);
}
