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

/** Counts what an importer produces and keeps only the first servers and issues: memory stays flat. */
final class PreviewSink implements InventorySink {
    final int keep;
    String tool;
    String toolVersion;
    int servers;
    int templates;
    int disks;
    int nics;
    int partitions;
    int utilization;
    int tags;
    int hosts;
    int clusters;
    int datastores;
    int skipped;
    int warnings;
    final List<Server> sample = new ArrayList<>();
    final List<ImportReport.Issue> issues = new ArrayList<>();

    PreviewSink(int keep) {
        this.keep = Math.max(0, keep);
    }

    @Override
    public void source(String tool, String toolVersion) {
        this.tool = tool;
        this.toolVersion = toolVersion;
    }

    @Override
    public void server(Server server) {
        servers++;
        if (server.template) {
            templates++;
        }
        if (sample.size() < keep) {
            sample.add(server);
        }
    }

    @Override
    public void disk(ServerKey server, Disk disk) {
        disks++;
    }

    @Override
    public void nic(ServerKey server, Nic nic) {
        nics++;
    }

    @Override
    public void partition(ServerKey server, Partition partition) {
        partitions++;
    }

    @Override
    public void utilization(ServerKey server, UtilizationStat stat) {
        utilization++;
    }

    @Override
    public void tags(ServerKey server, Map<String, String> tags, SourceRef source) {
        this.tags++;
    }

    @Override
    public void host(Host host) {
        hosts++;
    }

    @Override
    public void cluster(Cluster cluster) {
        clusters++;
    }

    @Override
    public void datastore(Datastore datastore) {
        datastores++;
    }

    @Override
    public void skipped(SourceRef where, String reason) {
        skipped++;
        if (issues.size() < keep) {
            issues.add(new ImportReport.Issue(ImportReport.IssueKind.SKIPPED, where, reason));
        }
    }

    @Override
    public void warning(SourceRef where, String message) {
        warnings++;
        if (issues.size() < keep) {
            issues.add(new ImportReport.Issue(ImportReport.IssueKind.WARNING, where, message));
        }
    }
}
