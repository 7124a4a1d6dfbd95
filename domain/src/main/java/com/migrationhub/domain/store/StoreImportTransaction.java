package com.migrationhub.domain.store;

import static com.migrationhub.domain.store.jooq.Tables.CLUSTER;
import static com.migrationhub.domain.store.jooq.Tables.DATASTORE;
import static com.migrationhub.domain.store.jooq.Tables.DISK;
import static com.migrationhub.domain.store.jooq.Tables.HOST;
import static com.migrationhub.domain.store.jooq.Tables.IMPORT_ISSUE;
import static com.migrationhub.domain.store.jooq.Tables.IMPORT_RUN;
import static com.migrationhub.domain.store.jooq.Tables.NIC;
import static com.migrationhub.domain.store.jooq.Tables.PARTITION;
import static com.migrationhub.domain.store.jooq.Tables.SERVER;
import static com.migrationhub.domain.store.jooq.Tables.UTILIZATION;

import com.migrationhub.domain.inventory.IdentityIndex;
import com.migrationhub.domain.inventory.ImportReport;
import com.migrationhub.domain.inventory.ImportReport.Issue;
import com.migrationhub.domain.inventory.ImportReport.IssueKind;
import com.migrationhub.domain.inventory.ImportRun;
import com.migrationhub.domain.inventory.ImportTransaction;
import com.migrationhub.domain.inventory.SourceFidelity;
import com.migrationhub.domain.model.Cluster;
import com.migrationhub.domain.model.Datastore;
import com.migrationhub.domain.model.Disk;
import com.migrationhub.domain.model.Firmware;
import com.migrationhub.domain.model.Host;
import com.migrationhub.domain.model.Nic;
import com.migrationhub.domain.model.OperatingSystem;
import com.migrationhub.domain.model.Partition;
import com.migrationhub.domain.model.PowerState;
import com.migrationhub.domain.model.Server;
import com.migrationhub.domain.model.ServerKey;
import com.migrationhub.domain.model.ServerKind;
import com.migrationhub.domain.model.SourceRef;
import com.migrationhub.domain.model.UtilizationStat;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Table;
import org.jooq.exception.DataAccessException;
import org.jooq.impl.DSL;

/**
 * One import into the project file, as one database transaction. Records are merged as they
 * stream in: each server is matched by identity ({@link IdentityIndex}) against the project and
 * this import, then inserted or overlaid on the stored one (values the source leaves empty, and
 * values the user edited, are kept). Children (disks, NICs, partitions) of a matched server are
 * replaced by the import's when it has any for that server; a hash of the old and new children
 * tells updated from unchanged. Bulk writes go through JDBC batches.
 *
 * <p>Memory: the identity index plus a few bits per server; the records themselves are not kept.
 */
final class StoreImportTransaction implements ImportTransaction {
    private static final int BATCH = 1000;
    private static final int KEPT_ISSUES = 200;
    private static final int MAX_OTHER_SOURCES = 20;
    /** Imports of at least this many rows leave enough dead space in the file to compact it. */
    private static final long COMPACT_AFTER_ROWS = 20_000;
    /** Formats whose exports say whether a VM is a template; others leave the flag alone. */
    private static final Set<String> TEMPLATE_AWARE_FORMATS = Set.of("rvtools");

    private enum Children { DISKS, NICS, PARTITIONS }

    private final ProjectFile project;
    private final Connection connection;
    private final DSLContext dsl;
    private final ImportRun run;
    private final long importId;
    private final OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);

    private final IdentityIndex index = new IdentityIndex();
    private final BitSet deleted = new BitSet();
    private final BitSet touched = new BitSet();
    private final BitSet added = new BitSet();
    private final BitSet updated = new BitSet();
    private final Map<Children, BitSet> cleared = new HashMap<>();
    /** Servers whose stored children of a kind came from a more detailed export and stay. */
    private final Map<Children, BitSet> kept = new HashMap<>();
    private final Map<Children, Map<Long, long[]>> childHashes = new HashMap<>();
    private long nextId;

    private final PreparedStatement insertServer;
    private final PreparedStatement updateServer;
    private final PreparedStatement updateProvenance;
    private final PreparedStatement selectServer;
    private final PreparedStatement insertDisk;
    private final PreparedStatement insertNic;
    private final PreparedStatement insertPartition;
    private final PreparedStatement insertIssue;
    private final Map<PreparedStatement, int[]> pending = new LinkedHashMap<>();

    private String tool;
    private String toolVersion;
    private int templates;
    private int addedTemplates;
    private int skipped;
    private int warnings;
    private long rowsRead;
    private final List<Issue> issues = new ArrayList<>();
    private boolean committed;
    private boolean closed;

    StoreImportTransaction(ProjectFile project, ImportRun run) {
        this.project = project;
        this.connection = project.connection();
        this.dsl = project.dsl();
        this.run = run;
        for (Children c : Children.values()) {
            cleared.put(c, new BitSet());
            kept.put(c, new BitSet());
            childHashes.put(c, new HashMap<>());
        }
        try {
            connection.setAutoCommit(false);
            importId = dsl.insertInto(IMPORT_RUN)
                    .set(IMPORT_RUN.FILE_NAME, run.fileName())
                    .set(IMPORT_RUN.FILE_PATH, run.filePath())
                    .set(IMPORT_RUN.SHA256, run.sha256())
                    .set(IMPORT_RUN.SIZE_BYTES, run.sizeBytes())
                    .set(IMPORT_RUN.FORMAT, run.format())
                    .set(IMPORT_RUN.STARTED_AT, run.startedAt().atOffset(ZoneOffset.UTC))
                    .returning(IMPORT_RUN.ID).fetchOne().getId();
            loadIndex();
            List<Field<?>> provenance = List.of(SERVER.ID, SERVER.IMPORT_ID, SERVER.SOURCE_SHEET, SERVER.SOURCE_ROW,
                    SERVER.OTHER_SOURCES, SERVER.DELETED, SERVER.CREATED_AT, SERVER.UPDATED_AT, SERVER.SOURCE_FORMAT);
            insertServer = connection.prepareStatement(Rows.SERVER_TABLE.insertSql(dsl, new ArrayList<>(provenance)));
            updateServer = connection.prepareStatement(updateSql());
            updateProvenance = connection.prepareStatement(dsl.update(SERVER)
                    .set(SERVER.IMPORT_ID, (Long) null).set(SERVER.SOURCE_SHEET, (String) null)
                    .set(SERVER.SOURCE_ROW, (Long) null).set(SERVER.OTHER_SOURCES, (String) null)
                    .where(SERVER.ID.eq((Long) null)).getSQL());
            List<Field<?>> selected = Rows.SERVER_TABLE.fields();
            selected.add(SERVER.IMPORT_ID);
            selected.add(SERVER.SOURCE_SHEET);
            selected.add(SERVER.SOURCE_ROW);
            selected.add(SERVER.OTHER_SOURCES);
            selected.add(SERVER.EDITED_FIELDS);
            selected.add(SERVER.SOURCE_FORMAT);
            selectServer = connection.prepareStatement(dsl.select(selected).from(SERVER)
                    .where(SERVER.ID.eq((Long) null)).getSQL());
            List<Field<?>> childExtra = List.of(
                    DISK.SERVER_ID,
                    DISK.IMPORT_ID,
                    DISK.SOURCE_SHEET,
                    DISK.SOURCE_ROW);
            insertDisk = connection.prepareStatement(Rows.DISK_TABLE.insertSql(dsl, new ArrayList<>(childExtra)));
            insertNic = connection.prepareStatement(Rows.NIC_TABLE.insertSql(dsl, new ArrayList<>(List.of(
                    NIC.SERVER_ID,
                    NIC.IMPORT_ID,
                    NIC.SOURCE_SHEET,
                    NIC.SOURCE_ROW))));
            insertPartition = connection.prepareStatement(Rows.PARTITION_TABLE.insertSql(dsl, new ArrayList<>(List.of(
                    PARTITION.SERVER_ID,
                    PARTITION.IMPORT_ID,
                    PARTITION.SOURCE_SHEET,
                    PARTITION.SOURCE_ROW))));
            insertIssue = connection.prepareStatement(dsl.insertInto(IMPORT_ISSUE).columns(IMPORT_ISSUE.IMPORT_ID,
                    IMPORT_ISSUE.KIND, IMPORT_ISSUE.SHEET, IMPORT_ISSUE.ROW_NUM, IMPORT_ISSUE.COL, IMPORT_ISSUE.MESSAGE)
                    .values((Long) null, null, null, null, null, null).getSQL());
        } catch (SQLException e) {
            rollbackQuietly();
            throw fail(e);
        }
    }

    private String updateSql() {
        var update = dsl.update(SERVER).set(SERVER.UPDATED_AT, (OffsetDateTime) null);
        for (Binding<Server> b : Rows.SERVER_TABLE.bindings()) {
            update = update.set(castField(b.field()), (Object) null);
        }
        return update.set(SERVER.IMPORT_ID, (Long) null).set(SERVER.SOURCE_SHEET, (String) null)
                .set(SERVER.SOURCE_ROW, (Long) null).set(SERVER.OTHER_SOURCES, (String) null)
                .set(SERVER.SOURCE_FORMAT, (String) null)
                .where(SERVER.ID.eq((Long) null)).getSQL();
    }

    @SuppressWarnings("unchecked")
    private static Field<Object> castField(Field<?> f) {
        return (Field<Object>) f;
    }

    private void loadIndex() throws SQLException {
        try (Statement st = connection.createStatement()) {
            st.setFetchSize(5000);
            try (ResultSet rs = st.executeQuery(dsl.select(SERVER.ID, SERVER.VM_UUID, SERVER.BIOS_UUID, SERVER.MO_REF,
                    SERVER.VCENTER, SERVER.INSTANCE_ID, SERVER.EXTERNAL_ID, SERVER.NAME, SERVER.HOST_NAME, SERVER.IPS,
                    SERVER.DELETED).from(SERVER).getSQL())) {
                long max = 0;
                while (rs.next()) {
                    long id = rs.getLong(1);
                    max = Math.max(max, id);
                    List<String> ips = ListColumns.split(rs.getString(10));
                    index.add(id, new ServerKey(rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                            rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9),
                            ips.isEmpty() ? null : ips.get(0)), ips);
                    if (rs.getBoolean(11)) {
                        deleted.set(Math.toIntExact(id));
                    }
                }
                nextId = max + 1;
            }
        }
    }

    // ---------------------------------------------------------------- sink

    @Override
    public void source(String tool, String toolVersion) {
        this.tool = tool;
        this.toolVersion = toolVersion;
    }

    @Override
    public void server(Server incoming) {
        rowsRead++;
        normalize(incoming);
        ServerKey key = incoming.key();
        long id = index.find(key);
        if (id > 0 && touched.get((int) id)) {
            // Two rows of one export never describe the same machine: this is another one with
            // the same name (a weak key), so it is added in its own right.
            id = IdentityIndex.NONE;
        }
        if (incoming.template) {
            templates++;
        }
        try {
            if (id == IdentityIndex.AMBIGUOUS) {
                skipped(incoming.source, "\"" + key.describe()
                        + "\" matches more than one server in the project by name, host name or IP address; "
                        + "give the servers unique identifiers (UUID) to import it");
            } else if (id == IdentityIndex.NONE) {
                insert(incoming);
            } else if (deleted.get((int) id)) {
                skipped(incoming.source, "\"" + key.describe() + "\" was deleted from this project by the user");
            } else {
                merge(id, incoming);
            }
        } catch (SQLException e) {
            throw fail(e);
        }
    }

    private static void normalize(Server s) {
        if (s.os == null) {
            s.os = OperatingSystem.UNKNOWN;
        }
        if (s.kind == null) {
            s.kind = ServerKind.UNKNOWN;
        }
        if (s.powerState == null) {
            s.powerState = PowerState.UNKNOWN;
        }
        if (s.firmware == null) {
            s.firmware = Firmware.UNKNOWN;
        }
    }

    private void insert(Server s) throws SQLException {
        long id = nextId++;
        int i = Rows.SERVER_TABLE.bind(insertServer, s);
        insertServer.setLong(i++, id);
        insertServer.setLong(i++, importId);
        setSource(insertServer, i, s.source);
        i += 2;
        EntityTable.setParameter(insertServer, i++, joinSources(importId, s.otherSources, null));
        insertServer.setBoolean(i++, false);
        insertServer.setObject(i++, now);
        insertServer.setObject(i++, now);
        insertServer.setString(i, fidelityKey());
        addBatch(insertServer);
        index.add(id, s.key(), s.ips);
        touched.set((int) id);
        added.set((int) id);
        if (s.template) {
            addedTemplates++;
        }
    }

    private void merge(long id, Server incoming) throws SQLException {
        Server existing = null;
        long oldImport = 0;
        String oldSheet = null;
        long oldRow = 0;
        String oldOthers = null;
        Set<String> edited = Set.of();
        String storedFormat = null;
        selectServer.setLong(1, id);
        try (ResultSet rs = selectServer.executeQuery()) {
            if (rs.next()) {
                existing = Rows.SERVER_TABLE.read(rs, 1);
                int n = Rows.SERVER_TABLE.bindings().size();
                oldImport = rs.getLong(n + 1);
                oldSheet = rs.getString(n + 2);
                oldRow = rs.getLong(n + 3);
                oldOthers = rs.getString(n + 4);
                edited = ServerEdits.parse(rs.getString(n + 5));
                storedFormat = rs.getString(n + 6);
            }
        }
        if (existing == null) {
            insert(incoming);
            return;
        }
        existing.id = id;
        boolean overwrite = SourceFidelity.mayOverwrite(fidelityKey(), storedFormat);
        Server merged = overlay(existing, incoming, edited, TEMPLATE_AWARE_FORMATS.contains(run.format()), overwrite);
        String format = overwrite ? fidelityKey() : storedFormat;
        // The primary source is the most detailed one; less detailed rows are listed beside it.
        long provenanceImport;
        SourceRef provenance;
        String otherSources;
        if (overwrite) {
            provenanceImport = importId;
            provenance = incoming.source;
            otherSources = joinSources(importId, incoming.otherSources,
                    oldImport != importId && oldSheet != null ? "#" + oldImport + ":" + oldSheet + "!" + oldRow : null,
                    oldOthers);
        } else {
            provenanceImport = oldImport;
            provenance = new SourceRef(oldImport, oldSheet, oldRow, null);
            List<String> mine = new ArrayList<>();
            if (incoming.source != null && incoming.source.sheet() != null) {
                mine.add(incoming.source.sheet() + "!" + incoming.source.row());
            }
            mine.addAll(incoming.otherSources);
            otherSources = joinSources(importId, mine, null, oldOthers);
        }
        boolean changed = differs(existing, merged);
        if (changed) {
            int i = 1;
            updateServer.setObject(i++, now);
            for (Binding<Server> b : Rows.SERVER_TABLE.bindings()) {
                EntityTable.setParameter(updateServer, i++, b.get().apply(merged));
            }
            updateServer.setLong(i++, provenanceImport);
            setSource(updateServer, i, provenance);
            i += 2;
            EntityTable.setParameter(updateServer, i++, otherSources);
            EntityTable.setParameter(updateServer, i++, format);
            updateServer.setLong(i, id);
            addBatch(updateServer);
            updated.set((int) id);
        } else {
            updateProvenance.setLong(1, provenanceImport);
            setSource(updateProvenance, 2, provenance);
            EntityTable.setParameter(updateProvenance, 4, otherSources);
            updateProvenance.setLong(5, id);
            addBatch(updateProvenance);
        }
        index.add(id, merged.key(), merged.ips);
        touched.set((int) id);
    }

    /**
     * The stored server with the import's values laid over it: a value the import leaves empty
     * keeps the stored one, and so does a value the user edited. Addresses and tags are united.
     * When the import is less detailed than the source of the stored values ({@link SourceFidelity}),
     * it only fills values that are empty.
     */
    static Server overlay(Server existing, Server incoming, Set<String> edited, boolean templateAware,
                          boolean overwrite) {
        Server merged = new Server();
        for (Binding<Server> b : Rows.SERVER_TABLE.bindings()) {
            b.set().accept(merged, b.get().apply(existing));
        }
        merged.os = existing.os;
        for (Binding<Server> b : Rows.SERVER_TABLE.bindings()) {
            String name = b.name();
            if (edited.contains(name) || name.startsWith("os") || name.equals("ips") || name.equals("tags")
                    || name.equals("template")) {
                continue;
            }
            Object v = b.get().apply(incoming);
            if (empty(v) || (!overwrite && !empty(b.get().apply(existing)))) {
                continue;
            }
            b.set().accept(merged, v);
        }
        if (!edited.contains("os") && incoming.os != null && incoming.os.raw() != null
                && (overwrite || existing.os.raw() == null)) {
            merged.os = incoming.os;
        }
        if (!edited.contains("osFromTools") && incoming.osFromTools != null
                && (overwrite || existing.osFromTools == null)) {
            merged.osFromTools = incoming.osFromTools;
        }
        if (templateAware && !edited.contains("template")) {
            merged.template = incoming.template;
        }
        if (!edited.contains("ips")) {
            Set<String> ips = new LinkedHashSet<>(overwrite ? incoming.ips : existing.ips);
            ips.addAll(overwrite ? existing.ips : incoming.ips);
            merged.ips = new ArrayList<>(ips);
        }
        if (!edited.contains("tags")) {
            Map<String, String> tags = new LinkedHashMap<>(existing.tags);
            for (Map.Entry<String, String> t : incoming.tags.entrySet()) {
                if (overwrite || !tags.containsKey(t.getKey())) {
                    tags.put(t.getKey(), t.getValue());
                }
            }
            merged.tags = tags;
        }
        return merged;
    }

    private static boolean empty(Object v) {
        return v == null || (v instanceof String s && (s.isBlank() || s.equals("UNKNOWN")));
    }

    private static boolean differs(Server a, Server b) {
        for (Binding<Server> binding : Rows.SERVER_TABLE.bindings()) {
            if (!Objects.equals(binding.get().apply(a), binding.get().apply(b))) {
                return true;
            }
        }
        return false;
    }

    private static String joinSources(long importId, List<String> mine, String previousPrimary, String... older) {
        List<String> all = new ArrayList<>();
        for (String s : mine) {
            all.add("#" + importId + ":" + s);
        }
        if (previousPrimary != null) {
            all.add(previousPrimary);
        }
        for (String o : older) {
            for (String s : ListColumns.split(o)) {
                if (!s.startsWith("#" + importId + ":") && !all.contains(s)) {
                    all.add(s);
                }
            }
        }
        if (all.size() > MAX_OTHER_SOURCES) {
            all = all.subList(0, MAX_OTHER_SOURCES);
        }
        return ListColumns.join(all);
    }

    private static void setSource(PreparedStatement ps, int i, SourceRef ref) throws SQLException {
        EntityTable.setParameter(ps, i, ref == null ? null : ref.sheet());
        EntityTable.setParameter(ps, i + 1, ref == null || ref.row() <= 0 ? null : ref.row());
    }

    @Override
    public void disk(ServerKey server, Disk disk) {
        child(Children.DISKS, server, disk.source, insertDisk, Rows.DISK_TABLE, disk);
    }

    @Override
    public void nic(ServerKey server, Nic nic) {
        child(Children.NICS, server, nic.source, insertNic, Rows.NIC_TABLE, nic);
    }

    @Override
    public void partition(ServerKey server, Partition partition) {
        child(Children.PARTITIONS, server, partition.source, insertPartition, Rows.PARTITION_TABLE, partition);
    }

    private <E> void child(Children kind, ServerKey key, SourceRef source, PreparedStatement insert,
                           EntityTable<E> table, E child) {
        rowsRead++;
        long id = resolve(key, source, kind.name().toLowerCase(Locale.ROOT));
        if (id <= 0) {
            return;
        }
        try {
            int sid = (int) id;
            if (!added.get(sid)) {
                BitSet done = cleared.get(kind);
                BitSet keep = kept.get(kind);
                Map<Long, long[]> hashes = childHashes.get(kind);
                if (keep.get(sid)) {
                    return;
                }
                if (!done.get(sid)) {
                    done.set(sid);
                    flush();
                    long[] stored = hashStored(kind, table, id);
                    if (stored[1] > 0 && !SourceFidelity.mayOverwrite(fidelityKey(), storedFormat(id))) {
                        // a more detailed export described these already: keep its rows
                        keep.set(sid);
                        return;
                    }
                    hashes.put(id, new long[] {stored[0], 0});
                    deleteChildren(kind, id);
                }
                hashes.get(id)[1] += hash(table, child);
            }
            int i = table.bind(insert, child);
            insert.setLong(i++, id);
            insert.setLong(i++, importId);
            setSource(insert, i, source);
            addBatch(insert);
        } catch (SQLException e) {
            throw fail(e);
        }
    }

    /** The server a child or utilization row names, or 0 after recording why it was skipped. */
    private long resolve(ServerKey key, SourceRef source, String what) {
        long id = index.find(key);
        if (id == IdentityIndex.NONE) {
            skipped(source, "no server \"" + key.describe() + "\" in this import or the project; " + what + " row not imported");
            return 0;
        }
        if (id == IdentityIndex.AMBIGUOUS) {
            skipped(source, "\"" + key.describe() + "\" names more than one server; " + what + " row not imported");
            return 0;
        }
        if (deleted.get((int) id)) {
            return 0;
        }
        return id;
    }

    private static String childTable(Children kind) {
        switch (kind) {
            case DISKS: return "DISK";
            case NICS: return "NIC";
            default: return "PARTITION";
        }
    }

    /** This import's source, for ranking against what gave a server's stored values. */
    private String fidelityKey() {
        return SourceFidelity.key(run.format(), toolVersion);
    }

    private String storedFormat(long serverId) {
        return dsl.select(SERVER.SOURCE_FORMAT).from(SERVER).where(SERVER.ID.eq(serverId)).fetchOne(SERVER.SOURCE_FORMAT);
    }

    /** The order-independent hash of a server's stored children of one kind, and their count. */
    private <E> long[] hashStored(Children kind, EntityTable<E> table, long serverId) throws SQLException {
        long sum = 0;
        long count = 0;
        String sql = dsl.select(table.fields()).from(childTable(kind)).where("SERVER_ID = ?", serverId).getSQL();
        try (PreparedStatement ps = connection.prepareStatement(sql)) {
            ps.setLong(1, serverId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    sum += hash(table, table.read(rs, 1));
                    count++;
                }
            }
        }
        return new long[] {sum, count};
    }

    private void deleteChildren(Children kind, long serverId) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement(
                dsl.deleteFrom(DSL.table(DSL.name(childTable(kind))))
                        .where(DSL.field(DSL.name("SERVER_ID")).eq((Object) null)).getSQL())) {
            ps.setLong(1, serverId);
            ps.executeUpdate();
        }
    }

    private static <E> long hash(EntityTable<E> table, E e) {
        long h = 1125899906842597L;
        for (Binding<E> b : table.bindings()) {
            h = 31 * h + Objects.hashCode(b.get().apply(e));
        }
        return h * 0x9E3779B97F4A7C15L;
    }

    @Override
    public void utilization(ServerKey server, UtilizationStat stat) {
        rowsRead++;
        long id = resolve(server, stat.source(), "utilization");
        if (id <= 0) {
            return;
        }
        try {
            flush();
            var u = UTILIZATION;
            var old = dsl.selectFrom(u).where(u.SERVER_ID.eq(id)).and(u.METRIC.eq(stat.metric().name())).fetchOne();
            OffsetDateTime start = stat.windowStart() == null ? null : stat.windowStart().atOffset(ZoneOffset.UTC);
            OffsetDateTime end = stat.windowEnd() == null ? null : stat.windowEnd().atOffset(ZoneOffset.UTC);
            boolean same = old != null && Objects.equals(old.getAverage(), stat.average())
                    && Objects.equals(old.getP95(), stat.p95()) && Objects.equals(old.getMaximum(), stat.maximum())
                    && old.getSamples() == stat.samples()
                    && Objects.equals(old.getWindowStart() == null ? null : old.getWindowStart().toInstant(), stat.windowStart())
                    && Objects.equals(old.getWindowEnd() == null ? null : old.getWindowEnd().toInstant(), stat.windowEnd());
            if (old != null && old.getSamples() > 0 && stat.samples() == 0) {
                // A measured series stays: one figure typed into a CSV does not replace it.
                touched.set((int) id);
                return;
            }
            if (old != null) {
                old.delete();
            }
            dsl.insertInto(u)
                    .set(u.SERVER_ID, id).set(u.METRIC, stat.metric().name())
                    .set(u.AVERAGE, stat.average()).set(u.P95, stat.p95()).set(u.MAXIMUM, stat.maximum())
                    .set(u.SAMPLES, stat.samples()).set(u.WINDOW_START, start).set(u.WINDOW_END, end)
                    .set(u.IMPORT_ID, importId)
                    .set(u.SOURCE_SHEET, stat.source() == null ? null : stat.source().sheet())
                    .set(u.SOURCE_ROW, stat.source() == null || stat.source().row() <= 0 ? null : stat.source().row())
                    .execute();
            touched.set((int) id);
            if (!same && !added.get((int) id)) {
                updated.set((int) id);
            }
        } catch (SQLException | DataAccessException e) {
            throw fail(e);
        }
    }

    @Override
    public void tags(ServerKey server, Map<String, String> tags, SourceRef source) {
        rowsRead++;
        long id = resolve(server, source, "tags");
        if (id <= 0 || tags.isEmpty()) {
            return;
        }
        try {
            flush();
            var row = dsl.select(SERVER.TAGS, SERVER.EDITED_FIELDS).from(SERVER).where(SERVER.ID.eq(id)).fetchOne();
            if (row == null || ServerEdits.parse(row.value2()).contains("tags")) {
                return;
            }
            Map<String, String> merged = Rows.TagCodec.decode(row.value1());
            merged.putAll(tags);
            String encoded = Rows.TagCodec.encode(merged);
            touched.set((int) id);
            if (!Objects.equals(encoded, row.value1())) {
                dsl.update(SERVER).set(SERVER.TAGS, encoded).set(SERVER.UPDATED_AT, now)
                        .where(SERVER.ID.eq(id)).execute();
                if (!added.get((int) id)) {
                    updated.set((int) id);
                }
            }
        } catch (SQLException | DataAccessException e) {
            throw fail(e);
        }
    }

    @Override
    public void host(Host host) {
        rowsRead++;
        upsertByName(Rows.HOST_TABLE, HOST, host, host.name, host.vCenter,
                host.source);
    }

    @Override
    public void cluster(Cluster cluster) {
        rowsRead++;
        upsertByName(Rows.CLUSTER_TABLE, CLUSTER, cluster, cluster.name,
                cluster.vCenter, cluster.source);
    }

    @Override
    public void datastore(Datastore datastore) {
        rowsRead++;
        upsertByName(Rows.DATASTORE_TABLE, DATASTORE, datastore,
                datastore.name, datastore.vCenter, datastore.source);
    }

    /** Hosts, clusters and datastores are identified by name within their vCenter. */
    private <E> void upsertByName(EntityTable<E> table, Table<?> t, E entity, String name, String vCenter,
                                  SourceRef source) {
        if (name == null || name.isBlank()) {
            skipped(source, "no name; row not imported");
            return;
        }
        try {
            flush();
            Field<String> nameField = castString(t.field("NAME"));
            Field<String> vcField = castString(t.field("VCENTER"));
            Field<Long> idField = castLong(t.field("ID"));
            Long existing = dsl.select(idField).from(t).where(nameField.eq(name))
                    .and(vcField.isNotDistinctFrom(vCenter)).limit(1).fetchOne(idField);
            Map<Field<?>, Object> values = new LinkedHashMap<>();
            for (Binding<E> b : table.bindings()) {
                Object v = b.get().apply(entity);
                if (v != null || existing == null) {
                    values.put(b.field(), v);
                }
            }
            values.put(t.field("IMPORT_ID"), importId);
            values.put(t.field("SOURCE_SHEET"), source == null ? null : source.sheet());
            values.put(t.field("SOURCE_ROW"), source == null || source.row() <= 0 ? null : source.row());
            if (existing == null) {
                dsl.insertInto(t).set(values).execute();
            } else {
                dsl.update(t).set(values).where(idField.eq(existing)).execute();
            }
        } catch (SQLException | DataAccessException e) {
            throw fail(e);
        }
    }

    @SuppressWarnings("unchecked")
    private static Field<String> castString(Field<?> f) {
        return (Field<String>) f;
    }

    @SuppressWarnings("unchecked")
    private static Field<Long> castLong(Field<?> f) {
        return (Field<Long>) f;
    }

    @Override
    public void skipped(SourceRef where, String reason) {
        skipped++;
        issue(IssueKind.SKIPPED, where, reason);
    }

    @Override
    public void warning(SourceRef where, String message) {
        warnings++;
        issue(IssueKind.WARNING, where, message);
    }

    private void issue(IssueKind kind, SourceRef where, String message) {
        if (issues.size() < KEPT_ISSUES) {
            issues.add(new Issue(kind, where, message));
        }
        try {
            insertIssue.setLong(1, importId);
            insertIssue.setString(2, kind.name());
            EntityTable.setParameter(insertIssue, 3, where == null ? null : where.sheet());
            EntityTable.setParameter(insertIssue, 4, where == null || where.row() <= 0 ? null : where.row());
            EntityTable.setParameter(insertIssue, 5, where == null ? null : where.column());
            insertIssue.setString(6, message.length() > 4000 ? message.substring(0, 4000) : message);
            addBatch(insertIssue);
        } catch (SQLException e) {
            throw fail(e);
        }
    }

    // ---------------------------------------------------------------- batching and commit

    private void addBatch(PreparedStatement ps) throws SQLException {
        ps.addBatch();
        int[] count = pending.computeIfAbsent(ps, k -> new int[1]);
        if (++count[0] >= BATCH) {
            ps.executeBatch();
            count[0] = 0;
        }
    }

    private void flush() throws SQLException {
        for (Map.Entry<PreparedStatement, int[]> e : pending.entrySet()) {
            if (e.getValue()[0] > 0) {
                e.getKey().executeBatch();
                e.getValue()[0] = 0;
            }
        }
    }

    @Override
    public ImportReport commit() {
        if (committed || closed) {
            throw new IllegalStateException("this import is finished");
        }
        try {
            flush();
            for (Map<Long, long[]> hashes : childHashes.values()) {
                for (Map.Entry<Long, long[]> e : hashes.entrySet()) {
                    if (e.getValue()[0] != e.getValue()[1]) {
                        updated.set(e.getKey().intValue());
                    }
                }
            }
            int addedServers = added.cardinality() - addedTemplates;
            BitSet changed = (BitSet) updated.clone();
            changed.andNot(added);
            int updatedCount = changed.cardinality();
            BitSet same = (BitSet) touched.clone();
            same.andNot(added);
            same.andNot(updated);
            int unchangedCount = same.cardinality();
            Instant finished = Instant.now();
            dsl.update(IMPORT_RUN)
                    .set(IMPORT_RUN.TOOL, tool)
                    .set(IMPORT_RUN.TOOL_VERSION, toolVersion)
                    .set(IMPORT_RUN.FINISHED_AT, finished.atOffset(ZoneOffset.UTC))
                    .set(IMPORT_RUN.ADDED, addedServers)
                    .set(IMPORT_RUN.UPDATED, updatedCount)
                    .set(IMPORT_RUN.UNCHANGED, unchangedCount)
                    .set(IMPORT_RUN.SKIPPED, skipped)
                    .set(IMPORT_RUN.WARNINGS, warnings)
                    .set(IMPORT_RUN.TEMPLATES, templates)
                    .set(IMPORT_RUN.ROWS_READ, rowsRead)
                    .where(IMPORT_RUN.ID.eq(importId)).execute();
            connection.commit();
            committed = true;
            if (rowsRead >= COMPACT_AFTER_ROWS) {
                project.compactOnClose();
            }
            ImportRun done = new ImportRun(importId, run.fileName(), run.filePath(), run.sha256(), run.sizeBytes(),
                    run.format(), tool, toolVersion, run.startedAt(), finished, addedServers, updatedCount,
                    unchangedCount, skipped, warnings, templates, rowsRead);
            return new ImportReport(done, addedServers, updatedCount, unchangedCount, skipped, warnings, templates,
                    List.copyOf(issues), skipped + warnings);
        } catch (SQLException | DataAccessException e) {
            throw fail(e);
        } finally {
            close();
        }
    }

    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        for (PreparedStatement ps : new PreparedStatement[] {insertServer, updateServer, updateProvenance, selectServer,
            insertDisk, insertNic, insertPartition, insertIssue}) {
            try {
                if (ps != null) {
                    ps.close();
                }
            } catch (SQLException e) {
                // closing after a failure: the rollback below is what matters
            }
        }
        if (!committed) {
            rollbackQuietly();
        }
        try {
            connection.setAutoCommit(true);
        } catch (SQLException e) {
            // the connection is broken; the next use will say so
        }
    }

    private void rollbackQuietly() {
        try {
            connection.rollback();
        } catch (SQLException e) {
            // nothing was committed; H2 discards an unfinished transaction when the file closes
        }
    }

    private StoreException fail(Exception e) {
        return new StoreException("the project " + project.path().getFileName() + " could not be written: "
                + ProjectFile.firstLine(e.getMessage()), e);
    }
}
