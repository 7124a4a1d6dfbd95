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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A sink that keeps what it receives in memory, in order: for the import preview (a file read
 * without touching the project) and for importer tests. Not for whole large estates.
 */
public class CollectingSink implements InventorySink {

    /** A child record with the key that named its server. */
    public record Keyed<T>(ServerKey server, T value) {
    }

    /** A skipped row or a warning. */
    public record Note(SourceRef where, String message) {
    }

    public String tool;
    public String toolVersion;
    public final List<Server> servers = new ArrayList<>();
    public final List<Keyed<Disk>> disks = new ArrayList<>();
    public final List<Keyed<Nic>> nics = new ArrayList<>();
    public final List<Keyed<Partition>> partitions = new ArrayList<>();
    public final List<Keyed<UtilizationStat>> utilization = new ArrayList<>();
    public final List<Keyed<Map<String, String>>> tags = new ArrayList<>();
    public final List<Host> hosts = new ArrayList<>();
    public final List<Cluster> clusters = new ArrayList<>();
    public final List<Datastore> datastores = new ArrayList<>();
    public final List<Note> skipped = new ArrayList<>();
    public final List<Note> warnings = new ArrayList<>();

    @Override
    public void source(String tool, String toolVersion) {
        this.tool = tool;
        this.toolVersion = toolVersion;
    }

    @Override
    public void server(Server server) {
        servers.add(server);
    }

    @Override
    public void disk(ServerKey server, Disk disk) {
        disks.add(new Keyed<>(server, disk));
    }

    @Override
    public void nic(ServerKey server, Nic nic) {
        nics.add(new Keyed<>(server, nic));
    }

    @Override
    public void partition(ServerKey server, Partition partition) {
        partitions.add(new Keyed<>(server, partition));
    }

    @Override
    public void utilization(ServerKey server, UtilizationStat stat) {
        utilization.add(new Keyed<>(server, stat));
    }

    @Override
    public void tags(ServerKey server, Map<String, String> tags, SourceRef source) {
        this.tags.add(new Keyed<>(server, tags));
    }

    @Override
    public void host(Host host) {
        hosts.add(host);
    }

    @Override
    public void cluster(Cluster cluster) {
        clusters.add(cluster);
    }

    @Override
    public void datastore(Datastore datastore) {
        datastores.add(datastore);
    }

    @Override
    public void skipped(SourceRef where, String reason) {
        skipped.add(new Note(where, reason));
    }

    @Override
    public void warning(SourceRef where, String message) {
        warnings.add(new Note(where, message));
    }

    /** Servers that are not templates. */
    public List<Server> nonTemplates() {
        return servers.stream().filter(s -> !s.template).toList();
    }
}
