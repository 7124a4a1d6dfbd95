package com.migrationhub.app.ui.inventory;

import com.migrationhub.domain.model.OsFamily;
import com.migrationhub.domain.model.PowerState;
import com.migrationhub.domain.model.Server;
import com.migrationhub.domain.model.ServerKind;
import java.util.Locale;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * One server as the inventory table shows it: only the values of its columns, small and
 * immutable, with the lower-case text the quick filter searches precomputed once per load (so a
 * keystroke costs a scan of 100,000 strings, not 100,000 servers' worth of lower-casing).
 * Sizes in MiB as stored; -1 where the source did not say.
 */
public final class ServerRow {
    private final long id;
    private final String name;
    private final String hostName;
    private final String ips;
    private final String os;
    private final OsFamily osFamily;
    private final PowerState power;
    private final ServerKind kind;
    private final boolean template;
    private final boolean deleted;
    private final int vcpus;
    private final long memoryMiB;
    private final long provisionedMiB;
    private final long inUseMiB;
    private final String environment;
    private final String application;
    private final String owner;
    private final String datacenter;
    private final String cluster;
    private final String host;
    private final String folder;
    private final String sourceFile;
    private final String sourceSheet;
    private final long sourceRow;
    private final String searchKey;
    /** The row's place in name order as loaded: the cheap last key of every sort. */
    private int rank;

    private ServerRow(ServerRow r, boolean deleted) {
        this.id = r.id;
        this.name = r.name;
        this.hostName = r.hostName;
        this.ips = r.ips;
        this.os = r.os;
        this.osFamily = r.osFamily;
        this.power = r.power;
        this.kind = r.kind;
        this.template = r.template;
        this.deleted = deleted;
        this.vcpus = r.vcpus;
        this.memoryMiB = r.memoryMiB;
        this.provisionedMiB = r.provisionedMiB;
        this.inUseMiB = r.inUseMiB;
        this.environment = r.environment;
        this.application = r.application;
        this.owner = r.owner;
        this.datacenter = r.datacenter;
        this.cluster = r.cluster;
        this.host = r.host;
        this.folder = r.folder;
        this.sourceFile = r.sourceFile;
        this.sourceSheet = r.sourceSheet;
        this.sourceRow = r.sourceRow;
        this.searchKey = r.searchKey;
        this.rank = r.rank;
    }

    /**
     * The row of {@code s}. {@code shared} returns one instance for equal strings: environments,
     * clusters, owners and OS names repeat across an estate, and sharing them keeps 100,000 rows
     * small. {@code files} names each import's file.
     */
    static ServerRow of(Server s, Map<Long, String> files, UnaryOperator<String> shared) {
        return new ServerRow(s, files, shared);
    }

    private ServerRow(Server s, Map<Long, String> files, UnaryOperator<String> shared) {
        id = s.id;
        name = s.name == null ? "" : s.name;
        hostName = s.hostName;
        ips = s.ips.isEmpty() ? null : String.join(", ", s.ips);
        os = shared.apply(s.os.raw() == null && s.os.distribution() == null ? null : s.os.label());
        osFamily = s.os.family();
        power = s.powerState;
        kind = s.kind;
        template = s.template;
        deleted = s.deleted;
        vcpus = s.vcpus == null ? -1 : s.vcpus;
        memoryMiB = s.memoryMiB == null ? -1 : s.memoryMiB;
        provisionedMiB = s.provisionedMiB == null ? -1 : s.provisionedMiB;
        inUseMiB = s.inUseMiB == null ? -1 : s.inUseMiB;
        environment = shared.apply(s.environment);
        application = shared.apply(s.application);
        owner = shared.apply(s.owner);
        datacenter = shared.apply(s.datacenter);
        cluster = shared.apply(s.cluster);
        host = shared.apply(s.host);
        folder = shared.apply(s.folder);
        if (s.source == null || s.source.sheet() == null) {
            sourceFile = null;
            sourceSheet = null;
            sourceRow = 0;
        } else {
            sourceFile = shared.apply(files.getOrDefault(s.source.importId(), "#" + s.source.importId()));
            sourceSheet = shared.apply(s.source.sheet());
            sourceRow = s.source.row();
        }
        StringBuilder k = new StringBuilder(160);
        for (String v : new String[] {name, hostName, ips, os, s.os.raw(), environment, application, owner,
            datacenter, cluster, host, folder, s.annotation}) {
            if (v != null && !v.isEmpty()) {
                k.append(v).append(' ');
            }
        }
        for (Map.Entry<String, String> t : s.tags.entrySet()) {
            k.append(t.getKey()).append(' ');
            if (t.getValue() != null) {
                k.append(t.getValue()).append(' ');
            }
        }
        searchKey = k.toString().toLowerCase(Locale.ROOT);
    }

    /** The same values in the place of {@code before} (a row read again after an edit). */
    ServerRow inPlaceOf(ServerRow before) {
        rank = before.rank;
        return this;
    }

    int rank() {
        return rank;
    }

    void setRank(int rank) {
        this.rank = rank;
    }

    /** The same row, marked deleted or not. */
    ServerRow withDeleted(boolean isDeleted) {
        return isDeleted == deleted ? this : new ServerRow(this, isDeleted);
    }

    public long id() {
        return id;
    }

    public String name() {
        return name;
    }

    public String hostName() {
        return hostName;
    }

    /** The IP addresses, comma-separated, or null. */
    public String ips() {
        return ips;
    }

    /** The OS as a short label ("Windows Server 2019"), or null when unknown. */
    public String os() {
        return os;
    }

    public OsFamily osFamily() {
        return osFamily;
    }

    public PowerState power() {
        return power;
    }

    public ServerKind kind() {
        return kind;
    }

    public boolean template() {
        return template;
    }

    public boolean deleted() {
        return deleted;
    }

    /** -1 when unknown. */
    public int vcpus() {
        return vcpus;
    }

    /** MiB; -1 when unknown. */
    public long memoryMiB() {
        return memoryMiB;
    }

    public long provisionedMiB() {
        return provisionedMiB;
    }

    public long inUseMiB() {
        return inUseMiB;
    }

    public String environment() {
        return environment;
    }

    public String application() {
        return application;
    }

    public String owner() {
        return owner;
    }

    public String datacenter() {
        return datacenter;
    }

    public String cluster() {
        return cluster;
    }

    public String host() {
        return host;
    }

    public String folder() {
        return folder;
    }

    /** The file of the row the server was read from, or null when the user entered it. */
    public String sourceFile() {
        return sourceFile;
    }

    public String sourceSheet() {
        return sourceSheet;
    }

    public long sourceRow() {
        return sourceRow;
    }

    /** The lower-case text the quick filter searches. */
    String searchKey() {
        return searchKey;
    }

    @Override
    public String toString() {
        return name + " (" + id + ")";
    }
}
