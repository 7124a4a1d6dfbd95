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
import static com.migrationhub.domain.store.jooq.Tables.SERVER_EDIT;
import static com.migrationhub.domain.store.jooq.Tables.UTILIZATION;

import com.migrationhub.domain.inventory.ImportReport.Issue;
import com.migrationhub.domain.inventory.ImportReport.IssueKind;
import com.migrationhub.domain.inventory.ImportRun;
import com.migrationhub.domain.inventory.InventorySummary;
import com.migrationhub.domain.inventory.OsNormalizer;
import com.migrationhub.domain.inventory.ServerEdit;
import com.migrationhub.domain.inventory.ServerFilter;
import com.migrationhub.domain.model.Architecture;
import com.migrationhub.domain.model.Cluster;
import com.migrationhub.domain.model.Datastore;
import com.migrationhub.domain.model.Disk;
import com.migrationhub.domain.model.Host;
import com.migrationhub.domain.model.Metric;
import com.migrationhub.domain.model.Nic;
import com.migrationhub.domain.model.OperatingSystem;
import com.migrationhub.domain.model.OsFamily;
import com.migrationhub.domain.model.Partition;
import com.migrationhub.domain.model.PowerState;
import com.migrationhub.domain.model.Server;
import com.migrationhub.domain.model.SourceRef;
import com.migrationhub.domain.model.UtilizationStat;
import com.migrationhub.domain.util.Interner;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.exception.DataAccessException;
import org.jooq.impl.DSL;

/**
 * Reads and edits the inventory of an open project: totals, server lists with filters, one
 * server with everything known about it and where each part came from, the import history, and
 * the user's edits (kept as a history so they can be undone, and kept over re-imports).
 */
public final class InventoryStore {

    private final ProjectFile project;

    InventoryStore(ProjectFile project) {
        this.project = project;
    }

    private DSLContext dsl() {
        return project.dsl();
    }

    /**
     * The project's totals: kept from the last time they were computed while the inventory has not
     * changed since (a few index lookups tell), else computed from the tables.
     */
    public InventorySummary summary() {
        try {
            return InventoryFingerprint.summary(project.connection(), project.settings(), this::computeSummary);
        } catch (SQLException | DataAccessException e) {
            throw failed(e);
        }
    }

    /** The project's totals, computed from the tables. */
    InventorySummary computeSummary() {
        try {
            Condition live = SERVER.DELETED.isFalse();
            Condition counted = live.and(SERVER.TEMPLATE.isFalse());
            Record r = dsl().select(
                    DSL.count().filterWhere(counted),
                    DSL.count().filterWhere(live.and(SERVER.TEMPLATE.isTrue())),
                    DSL.sum(SERVER.VCPUS).filterWhere(counted),
                    DSL.sum(SERVER.MEMORY_MIB).filterWhere(counted),
                    DSL.sum(SERVER.PROVISIONED_MIB).filterWhere(counted),
                    DSL.sum(SERVER.IN_USE_MIB).filterWhere(counted),
                    DSL.count().filterWhere(counted.and(SERVER.POWER_STATE.eq(PowerState.POWERED_ON.name()))),
                    DSL.count().filterWhere(counted.and(SERVER.POWER_STATE.eq(PowerState.POWERED_OFF.name()))),
                    DSL.count().filterWhere(counted.and(SERVER.POWER_STATE.eq(PowerState.SUSPENDED.name()))),
                    DSL.count().filterWhere(SERVER.DELETED.isTrue()))
                    .from(SERVER).fetchOne();
            Map<String, Long> families = new LinkedHashMap<>();
            dsl().select(SERVER.OS_FAMILY, DSL.count()).from(SERVER).where(counted).groupBy(SERVER.OS_FAMILY)
                    .orderBy(DSL.count().desc(), SERVER.OS_FAMILY)
                    .forEach(x -> families.put(x.value1(), x.value2().longValue()));
            long disks = dsl().fetchCount(DISK, DISK.SERVER_ID.in(DSL.select(SERVER.ID).from(SERVER).where(counted)));
            long nics = dsl().fetchCount(NIC, NIC.SERVER_ID.in(DSL.select(SERVER.ID).from(SERVER).where(counted)));
            long withUtil = dsl().fetchCount(DSL.selectDistinct(UTILIZATION.SERVER_ID).from(UTILIZATION)
                    .where(UTILIZATION.SERVER_ID.in(DSL.select(SERVER.ID).from(SERVER).where(counted))));
            return new InventorySummary(
                    num(r.get(0)), num(r.get(1)), num(r.get(2)), num(r.get(3)), num(r.get(4)), num(r.get(5)),
                    num(r.get(6)), num(r.get(7)), num(r.get(8)), num(r.get(9)),
                    disks, nics, dsl().fetchCount(HOST), dsl().fetchCount(CLUSTER), dsl().fetchCount(DATASTORE),
                    dsl().fetchCount(IMPORT_RUN), withUtil, families);
        } catch (DataAccessException e) {
            throw failed(e);
        }
    }

    private static long num(Object o) {
        return o == null ? 0 : ((Number) o).longValue();
    }

    /** Streams the servers that pass the filter, ordered by name, without their children. */
    public void forEachServer(ServerFilter filter, Consumer<Server> consumer) {
        forEachServer(filter, true, consumer);
    }

    /**
     * Streams the servers that pass the filter, without their children, in id order: the primary
     * key's order, which the database streams as it reads. For callers that sort in memory anyway
     * (the workbench's table): ordering 100,000 servers by name makes the database sort every
     * column of every row first, beyond its in-memory limit on disk.
     */
    public void forEachServerById(ServerFilter filter, Consumer<Server> consumer) {
        forEachServer(filter, false, consumer);
    }

    private void forEachServer(ServerFilter filter, boolean byName, Consumer<Server> consumer) {
        List<Field<?>> fields = new ArrayList<>();
        fields.add(SERVER.ID);
        fields.addAll(Rows.SERVER_TABLE.fields());
        fields.add(SERVER.DELETED);
        fields.add(SERVER.IMPORT_ID);
        fields.add(SERVER.SOURCE_SHEET);
        fields.add(SERVER.SOURCE_ROW);
        org.jooq.SelectLimitStep<Record> query = byName
                ? dsl().select(fields).from(SERVER).where(condition(filter)).orderBy(DSL.lower(SERVER.NAME), SERVER.ID)
                : dsl().select(fields).from(SERVER).where(condition(filter)).orderBy(SERVER.ID);
        String sql = filter.limit() > 0 ? query.limit(filter.limit()).getSQL() : query.getSQL();
        List<Object> binds = filter.limit() > 0 ? query.limit(filter.limit()).getBindValues() : query.getBindValues();
        try (PreparedStatement ps = project.connection().prepareStatement(sql)) {
            for (int i = 0; i < binds.size(); i++) {
                ps.setObject(i + 1, binds.get(i));
            }
            ps.setFetchSize(2000);
            try (ResultSet rs = ps.executeQuery()) {
                int n = Rows.SERVER_TABLE.bindings().size();
                while (rs.next()) {
                    Server s = Rows.SERVER_TABLE.read(rs, 2);
                    s.id = rs.getLong(1);
                    s.deleted = rs.getBoolean(n + 2);
                    s.source = new SourceRef(rs.getLong(n + 3), rs.getString(n + 4), rs.getLong(n + 5), null);
                    consumer.accept(s);
                }
            }
        } catch (SQLException e) {
            throw failed(e);
        }
    }

    /**
     * Streams the live servers (not deleted, not templates) with only what identifies, sizes and
     * outlines them: id, name, host name, IPs, application, environment, vCPUs, memory, provisioned
     * storage, power state, and the operating system as read (text, family, distribution, version;
     * not its architecture). Nothing else of the server is set. In storage order, not sorted: one
     * cheap pass for what needs the whole estate's outline (the dependency graph's endpoint
     * resolution, a report's inventory figures) without the other fifty columns.
     */
    public void forEachServerOutline(Consumer<Server> consumer) {
        String sql = "SELECT ID, NAME, HOST_NAME, IPS, APPLICATION, ENVIRONMENT, VCPUS, MEMORY_MIB, PROVISIONED_MIB,"
                + " POWER_STATE, OS_RAW, OS_FAMILY, OS_DISTRIBUTION, OS_VERSION FROM SERVER"
                + " WHERE NOT DELETED AND NOT TEMPLATE";
        Interner shared = new Interner();
        try (PreparedStatement ps = project.connection().prepareStatement(sql)) {
            ps.setFetchSize(5000);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    Server s = new Server();
                    s.id = rs.getLong(1);
                    s.name = rs.getString(2);
                    s.hostName = rs.getString(3);
                    s.ips = ListColumns.split(rs.getString(4));
                    s.application = rs.getString(5);
                    s.environment = rs.getString(6);
                    int vcpus = rs.getInt(7);
                    s.vcpus = rs.wasNull() ? null : vcpus;
                    long memory = rs.getLong(8);
                    s.memoryMiB = rs.wasNull() ? null : memory;
                    long provisioned = rs.getLong(9);
                    s.provisionedMiB = rs.wasNull() ? null : provisioned;
                    String power = rs.getString(10);
                    s.powerState = power == null ? PowerState.UNKNOWN : PowerState.valueOf(power);
                    String family = rs.getString(12);
                    // the few distinct OS texts held once, as the estate repeats them
                    s.os = new OperatingSystem(shared.of(rs.getString(11)), family == null ? OsFamily.UNKNOWN
                            : OsFamily.valueOf(family), shared.of(rs.getString(13)), shared.of(rs.getString(14)),
                            Architecture.UNKNOWN);
                    consumer.accept(s);
                }
            }
        } catch (SQLException e) {
            throw failed(e);
        }
    }

    /**
     * Streams every server an assessment considers (not deleted, not a template) with its disks,
     * NICs and utilization statistics, in id order. Four ordered cursors read side by side, so the
     * cost is one pass over each table whatever the estate's size, and memory holds one server.
     */
    public void forEachServerWithDetails(Consumer<Server> consumer) {
        Condition live = SERVER.DELETED.isFalse().and(SERVER.TEMPLATE.isFalse());
        List<Field<?>> fields = new ArrayList<>();
        fields.add(SERVER.ID);
        fields.addAll(Rows.SERVER_TABLE.fields());
        fields.add(SERVER.IMPORT_ID);
        fields.add(SERVER.SOURCE_SHEET);
        fields.add(SERVER.SOURCE_ROW);
        String servers = dsl().select(fields).from(SERVER).where(live).orderBy(SERVER.ID).getSQL(
                org.jooq.conf.ParamType.INLINED);
        try (PreparedStatement ps = project.connection().prepareStatement(servers);
             ChildCursor<Disk> disks = new ChildCursor<>(Rows.DISK_TABLE, "DISK");
             ChildCursor<Nic> nics = new ChildCursor<>(Rows.NIC_TABLE, "NIC");
             PreparedStatement us = project.connection().prepareStatement(dsl().selectFrom(UTILIZATION)
                     .orderBy(UTILIZATION.SERVER_ID, UTILIZATION.METRIC).getSQL(org.jooq.conf.ParamType.INLINED))) {
            ps.setFetchSize(2000);
            us.setFetchSize(2000);
            try (ResultSet rs = ps.executeQuery(); ResultSet ur = us.executeQuery()) {
                int n = Rows.SERVER_TABLE.bindings().size();
                boolean uMore = ur.next();
                while (rs.next()) {
                    Server s = Rows.SERVER_TABLE.read(rs, 2);
                    s.id = rs.getLong(1);
                    s.source = new SourceRef(rs.getLong(n + 2), rs.getString(n + 3), rs.getLong(n + 4), null);
                    s.disks = disks.take(s.id);
                    s.nics = nics.take(s.id);
                    s.utilization = new ArrayList<>();
                    while (uMore && ur.getLong("SERVER_ID") < s.id) {
                        uMore = ur.next();
                    }
                    while (uMore && ur.getLong("SERVER_ID") == s.id) {
                        java.sql.Timestamp from = ur.getTimestamp("WINDOW_START");
                        java.sql.Timestamp to = ur.getTimestamp("WINDOW_END");
                        s.utilization.add(new UtilizationStat(Metric.valueOf(ur.getString("METRIC")),
                                (Double) ur.getObject("AVERAGE"), (Double) ur.getObject("P95"),
                                (Double) ur.getObject("MAXIMUM"), ur.getLong("SAMPLES"),
                                from == null ? null : from.toInstant(), to == null ? null : to.toInstant(),
                                new SourceRef(ur.getLong("IMPORT_ID"), ur.getString("SOURCE_SHEET"),
                                        ur.getLong("SOURCE_ROW"), null)));
                        uMore = ur.next();
                    }
                    consumer.accept(s);
                }
            }
        } catch (SQLException e) {
            throw failed(e);
        }
    }

    /**
     * An ordered cursor over one child table, handing out the rows of one server at a time; rows
     * of servers not asked for (deleted, templates) are passed over.
     */
    private final class ChildCursor<E> implements AutoCloseable {
        private final EntityTable<E> table;
        private final PreparedStatement ps;
        private final ResultSet rs;
        private final int n;
        private boolean more;

        ChildCursor(EntityTable<E> table, String tableName) throws SQLException {
            this.table = table;
            List<Field<?>> fields = new ArrayList<>(table.fields());
            fields.add(DSL.field(DSL.name("SERVER_ID"), Long.class));
            String sql = dsl().select(fields).from(DSL.table(DSL.name(tableName)))
                    .orderBy(DSL.field(DSL.name("SERVER_ID")), DSL.field(DSL.name("ID")))
                    .getSQL(org.jooq.conf.ParamType.INLINED);
            this.ps = project.connection().prepareStatement(sql);
            ps.setFetchSize(2000);
            this.rs = ps.executeQuery();
            this.n = table.bindings().size();
            this.more = rs.next();
        }

        List<E> take(long serverId) throws SQLException {
            List<E> list = new ArrayList<>();
            while (more && rs.getLong(n + 1) < serverId) {
                more = rs.next();
            }
            while (more && rs.getLong(n + 1) == serverId) {
                list.add(table.read(rs, 1));
                more = rs.next();
            }
            return list;
        }

        @Override
        public void close() throws SQLException {
            try {
                rs.close();
            } finally {
                ps.close();
            }
        }
    }

    /**
     * How many servers pass the filter (its limit aside): one count query, so that a caller
     * streaming them with {@link #forEachServer} can show how far it got.
     */
    public long count(ServerFilter filter) {
        try {
            return dsl().fetchCount(SERVER, condition(filter));
        } catch (DataAccessException e) {
            throw failed(e);
        }
    }

    public List<Server> servers(ServerFilter filter) {
        List<Server> list = new ArrayList<>();
        forEachServer(filter, list::add);
        return list;
    }

    private static Condition condition(ServerFilter f) {
        Condition c = DSL.noCondition();
        if (!f.includeDeleted()) {
            c = c.and(SERVER.DELETED.isFalse());
        }
        if (f.templates() == ServerFilter.Templates.EXCLUDE) {
            c = c.and(SERVER.TEMPLATE.isFalse());
        } else if (f.templates() == ServerFilter.Templates.ONLY) {
            c = c.and(SERVER.TEMPLATE.isTrue());
        }
        if (f.text() != null && !f.text().isBlank()) {
            String like = "%" + f.text().trim().toLowerCase(Locale.ROOT).replace("!", "!!").replace("%", "!%")
                    .replace("_", "!_") + "%";
            Condition any = DSL.falseCondition();
            for (Field<String> field : List.of(SERVER.NAME, SERVER.HOST_NAME, SERVER.IPS, SERVER.OS_RAW,
                    SERVER.OS_DISTRIBUTION, SERVER.APPLICATION, SERVER.OWNER)) {
                any = any.or(DSL.lower(field).like(like, '!'));
            }
            c = c.and(any);
        }
        if (f.osFamily() != null) {
            c = c.and(SERVER.OS_FAMILY.eq(f.osFamily().name()));
        }
        if (f.powerState() != null) {
            c = c.and(SERVER.POWER_STATE.eq(f.powerState().name()));
        }
        if (f.environment() != null) {
            c = c.and(DSL.lower(SERVER.ENVIRONMENT).eq(f.environment().toLowerCase(Locale.ROOT)));
        }
        if (f.cluster() != null) {
            c = c.and(DSL.lower(SERVER.CLUSTER).eq(f.cluster().toLowerCase(Locale.ROOT)));
        }
        if (f.datacenter() != null) {
            c = c.and(DSL.lower(SERVER.DATACENTER).eq(f.datacenter().toLowerCase(Locale.ROOT)));
        }
        return c;
    }

    /**
     * Servers a user's word names: a numeric id, or an exact (case-insensitive) name, host name,
     * VM UUID, SMBIOS UUID, instance id or external id. Deleted servers are included.
     */
    public List<Server> find(String what) {
        String w = what.trim().toLowerCase(Locale.ROOT);
        Condition c = DSL.lower(SERVER.NAME).eq(w).or(DSL.lower(SERVER.HOST_NAME).eq(w))
                .or(DSL.lower(SERVER.VM_UUID).eq(w)).or(DSL.lower(SERVER.BIOS_UUID).eq(w))
                .or(DSL.lower(SERVER.INSTANCE_ID).eq(w)).or(DSL.lower(SERVER.EXTERNAL_ID).eq(w));
        if (w.matches("\\d{1,18}")) {
            c = c.or(SERVER.ID.eq(Long.parseLong(w)));
        }
        List<Long> ids = dsl().select(SERVER.ID).from(SERVER).where(c).orderBy(SERVER.ID).fetch(SERVER.ID);
        List<Server> found = new ArrayList<>();
        for (long id : ids) {
            server(id).ifPresent(found::add);
        }
        return found;
    }

    /** One server with its disks, NICs, partitions and utilization, each with its source row. */
    public Optional<Server> server(long id) {
        try {
            List<Field<?>> fields = new ArrayList<>(Rows.SERVER_TABLE.fields());
            fields.add(SERVER.DELETED);
            fields.add(SERVER.IMPORT_ID);
            fields.add(SERVER.SOURCE_SHEET);
            fields.add(SERVER.SOURCE_ROW);
            fields.add(SERVER.OTHER_SOURCES);
            var query = dsl().select(fields).from(SERVER).where(SERVER.ID.eq(id));
            Server s;
            try (PreparedStatement ps = project.connection().prepareStatement(query.getSQL())) {
                ps.setLong(1, id);
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next()) {
                        return Optional.empty();
                    }
                    int n = Rows.SERVER_TABLE.bindings().size();
                    s = Rows.SERVER_TABLE.read(rs, 1);
                    s.id = id;
                    s.deleted = rs.getBoolean(n + 1);
                    s.source = new SourceRef(rs.getLong(n + 2), rs.getString(n + 3), rs.getLong(n + 4), null);
                    s.otherSources = ListColumns.split(rs.getString(n + 5));
                }
            }
            s.disks = children(Rows.DISK_TABLE, "DISK", id, (d, ref) -> d.source = ref);
            s.nics = children(Rows.NIC_TABLE, "NIC", id, (x, ref) -> x.source = ref);
            s.partitions = children(Rows.PARTITION_TABLE, "PARTITION", id, (p, ref) -> p.source = ref);
            s.utilization = new ArrayList<>();
            dsl().selectFrom(UTILIZATION).where(UTILIZATION.SERVER_ID.eq(id)).orderBy(UTILIZATION.METRIC).forEach(u ->
                    s.utilization.add(new UtilizationStat(Metric.valueOf(u.getMetric()), u.getAverage(), u.getP95(),
                            u.getMaximum(), u.getSamples(),
                            u.getWindowStart() == null ? null : u.getWindowStart().toInstant(),
                            u.getWindowEnd() == null ? null : u.getWindowEnd().toInstant(),
                            new SourceRef(u.getImportId() == null ? 0 : u.getImportId(), u.getSourceSheet(),
                                    u.getSourceRow() == null ? 0 : u.getSourceRow(), null))));
            return Optional.of(s);
        } catch (SQLException e) {
            throw failed(e);
        }
    }

    private <E> List<E> children(EntityTable<E> table, String tableName, long serverId,
                                 java.util.function.BiConsumer<E, SourceRef> source) throws SQLException {
        List<Field<?>> fields = new ArrayList<>(table.fields());
        fields.add(DSL.field(DSL.name("IMPORT_ID"), Long.class));
        fields.add(DSL.field(DSL.name("SOURCE_SHEET"), String.class));
        fields.add(DSL.field(DSL.name("SOURCE_ROW"), Long.class));
        String sql = dsl().select(fields).from(DSL.table(DSL.name(tableName)))
                .where(DSL.field(DSL.name("SERVER_ID"), Long.class).eq(serverId))
                .orderBy(DSL.field(DSL.name("ID"))).getSQL();
        List<E> list = new ArrayList<>();
        try (PreparedStatement ps = project.connection().prepareStatement(sql)) {
            ps.setLong(1, serverId);
            try (ResultSet rs = ps.executeQuery()) {
                int n = table.bindings().size();
                while (rs.next()) {
                    E e = table.read(rs, 1);
                    source.accept(e, new SourceRef(rs.getLong(n + 1), rs.getString(n + 2), rs.getLong(n + 3), null));
                    list.add(e);
                }
            }
        }
        return list;
    }

    public List<Host> hosts() {
        return readAll(Rows.HOST_TABLE, "HOST", (h, ref) -> h.source = ref);
    }

    public List<Cluster> clusters() {
        return readAll(Rows.CLUSTER_TABLE, "CLUSTER", (c, ref) -> c.source = ref);
    }

    public List<Datastore> datastores() {
        return readAll(Rows.DATASTORE_TABLE, "DATASTORE", (d, ref) -> d.source = ref);
    }

    private <E> List<E> readAll(EntityTable<E> table, String tableName, java.util.function.BiConsumer<E, SourceRef> source) {
        List<Field<?>> fields = new ArrayList<>(table.fields());
        fields.add(DSL.field(DSL.name("IMPORT_ID"), Long.class));
        fields.add(DSL.field(DSL.name("SOURCE_SHEET"), String.class));
        fields.add(DSL.field(DSL.name("SOURCE_ROW"), Long.class));
        String sql = dsl().select(fields).from(DSL.table(DSL.name(tableName))).orderBy(DSL.field(DSL.name("NAME"))).getSQL();
        List<E> list = new ArrayList<>();
        try (PreparedStatement ps = project.connection().prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
            int n = table.bindings().size();
            while (rs.next()) {
                E e = table.read(rs, 1);
                source.accept(e, new SourceRef(rs.getLong(n + 1), rs.getString(n + 2), rs.getLong(n + 3), null));
                list.add(e);
            }
        } catch (SQLException e) {
            throw failed(e);
        }
        return list;
    }

    /** The import history, oldest first. */
    public List<ImportRun> imports() {
        // a plain statement: a report reads the history, and needs nothing else of jOOQ (whose first use takes half a second)
        return runs("", null);
    }

    public Optional<ImportRun> importRun(long id) {
        return runs(" WHERE ID = ?", id).stream().findFirst();
    }

    private List<ImportRun> runs(String where, Long id) {
        List<ImportRun> runs = new ArrayList<>();
        try (PreparedStatement ps = project.connection().prepareStatement("SELECT ID, FILE_NAME, FILE_PATH, SHA256,"
                + " SIZE_BYTES, FORMAT, TOOL, TOOL_VERSION, STARTED_AT, FINISHED_AT, ADDED, UPDATED, UNCHANGED,"
                + " SKIPPED, WARNINGS, TEMPLATES, ROWS_READ FROM IMPORT_RUN" + where + " ORDER BY ID")) {
            if (id != null) {
                ps.setLong(1, id);
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    OffsetDateTime finished = rs.getObject(10, OffsetDateTime.class);
                    runs.add(new ImportRun(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                            rs.getLong(5), rs.getString(6), rs.getString(7), rs.getString(8),
                            rs.getObject(9, OffsetDateTime.class).toInstant(), finished == null ? null : finished.toInstant(),
                            rs.getInt(11), rs.getInt(12), rs.getInt(13), rs.getInt(14), rs.getInt(15), rs.getInt(16),
                            rs.getLong(17)));
                }
            }
        } catch (SQLException e) {
            throw failed(e);
        }
        return runs;
    }

    /** The skips and warnings of one import, in file order, at most {@code limit}. */
    public List<Issue> issues(long importId, int limit) {
        return dsl().selectFrom(IMPORT_ISSUE).where(IMPORT_ISSUE.IMPORT_ID.eq(importId)).orderBy(IMPORT_ISSUE.ID)
                .limit(limit).fetch(r -> new Issue(IssueKind.valueOf(r.getKind()),
                        new SourceRef(importId, r.getSheet(), r.getRowNum() == null ? 0 : r.getRowNum(), r.getCol()),
                        r.getMessage()));
    }

    // ---------------------------------------------------------------- edits

    /** The fields a user may edit, by the names {@link #edit} takes. */
    public static List<String> editableFields() {
        List<String> names = new ArrayList<>();
        for (Binding<Server> b : Rows.SERVER_TABLE.bindings()) {
            if (!b.name().startsWith("os") || b.name().equals("os")) {
                names.add(b.name());
            }
        }
        names.add("tag.<name>");
        return names;
    }

    /**
     * Sets one field of a server, as the user typed it. Setting {@code os} re-reads the family,
     * version and architecture from the new text; {@code tag.NAME} sets a tag (an empty value
     * removes it). The edit is recorded, survives later imports and can be undone.
     *
     * @throws IllegalArgumentException for an unknown field or a value of the wrong type, with a
     *                                  message for the user
     */
    public void edit(long serverId, String field, String value) {
        Server server = server(serverId).orElseThrow(() -> new IllegalArgumentException("no server with id " + serverId));
        String stored;
        String old;
        String editedName;
        if (field.startsWith("tag.") && field.length() > 4) {
            String tag = field.substring(4);
            old = Rows.TagCodec.encode(server.tags);
            if (value == null || value.isEmpty()) {
                server.tags.remove(tag);
            } else {
                server.tags.put(tag, value);
            }
            stored = Rows.TagCodec.encode(server.tags);
            editedName = "tags";
        } else {
            Binding<Server> b = binding(field);
            old = string(b.get().apply(server));
            if (b.name().equals("os")) {
                server.os = OsNormalizer.normalize(value);
            } else {
                b.set().accept(server, parse(b, value));
            }
            stored = string(b.get().apply(server));
            editedName = b.name();
        }
        Server edited = server;
        project.inTransaction(() -> {
            writeAll(serverId, edited, editedName, true);
            record(serverId, editedName, old, stored);
            return null;
        });
    }

    private void writeAll(long serverId, Server server, String editedField, boolean markEdited) {
        var update = dsl().update(SERVER).set(SERVER.UPDATED_AT, OffsetDateTime.now(ZoneOffset.UTC));
        for (Binding<Server> b : Rows.SERVER_TABLE.bindings()) {
            update = update.set(cast(b.field()), b.get().apply(server));
        }
        String edits = dsl().select(SERVER.EDITED_FIELDS).from(SERVER).where(SERVER.ID.eq(serverId))
                .fetchOne(SERVER.EDITED_FIELDS);
        Set<String> set = ServerEdits.parse(edits);
        if (markEdited) {
            set.add(editedField);
        } else {
            set.remove(editedField);
        }
        update.set(SERVER.EDITED_FIELDS, ServerEdits.format(set)).where(SERVER.ID.eq(serverId)).execute();
    }

    @SuppressWarnings("unchecked")
    private static Field<Object> cast(Field<?> f) {
        return (Field<Object>) f;
    }

    private static Binding<Server> binding(String field) {
        for (Binding<Server> b : Rows.SERVER_TABLE.bindings()) {
            if (b.name().equalsIgnoreCase(field) && (!b.name().startsWith("os") || b.name().equals("os")
                    || b.name().equals("osFromTools"))) {
                return b;
            }
        }
        throw new IllegalArgumentException("unknown field '" + field + "'; the fields are: "
                + String.join(", ", editableFields()));
    }

    private static Object parse(Binding<Server> b, String value) {
        Class<?> type = b.field().getType();
        String v = value == null ? null : value.trim();
        if (v == null || v.isEmpty()) {
            if (type == Boolean.class) {
                throw new IllegalArgumentException(b.name() + " must be true or false");
            }
            if (b.name().equals("kind") || b.name().equals("powerState") || b.name().equals("firmware")) {
                return "UNKNOWN";
            }
            return null;
        }
        try {
            if (type == Integer.class) {
                return Integer.valueOf(v);
            }
            if (type == Long.class) {
                return Long.valueOf(v);
            }
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(b.name() + " must be a whole number, not \"" + value + "\"");
        }
        if (type == Boolean.class) {
            if (v.equalsIgnoreCase("true") || v.equalsIgnoreCase("yes")) {
                return Boolean.TRUE;
            }
            if (v.equalsIgnoreCase("false") || v.equalsIgnoreCase("no")) {
                return Boolean.FALSE;
            }
            throw new IllegalArgumentException(b.name() + " must be true or false, not \"" + value + "\"");
        }
        switch (b.name()) {
            case "kind":
                return enumValue(com.migrationhub.domain.model.ServerKind.class, b.name(), v);
            case "powerState":
                PowerState p = PowerState.parse(v);
                if (p == PowerState.UNKNOWN && !v.equalsIgnoreCase("unknown")) {
                    throw new IllegalArgumentException("powerState must be one of on, off, suspended, unknown");
                }
                return p.name();
            case "firmware":
                return enumValue(com.migrationhub.domain.model.Firmware.class, b.name(), v);
            case "ips":
                return v.replace(',', ';');
            default:
                return v;
        }
    }

    private static <T extends Enum<T>> String enumValue(Class<T> type, String field, String v) {
        for (T t : type.getEnumConstants()) {
            if (t.name().equalsIgnoreCase(v)) {
                return t.name();
            }
        }
        List<String> names = new ArrayList<>();
        for (T t : type.getEnumConstants()) {
            names.add(t.name().toLowerCase(Locale.ROOT));
        }
        throw new IllegalArgumentException(field + " must be one of " + String.join(", ", names));
    }

    private static String string(Object o) {
        return o == null ? null : o.toString();
    }

    private void record(long serverId, String field, String old, String now) {
        dsl().insertInto(SERVER_EDIT).set(SERVER_EDIT.SERVER_ID, serverId).set(SERVER_EDIT.FIELD, field)
                .set(SERVER_EDIT.OLD_VALUE, old).set(SERVER_EDIT.NEW_VALUE, now)
                .set(SERVER_EDIT.EDITED_AT, OffsetDateTime.now(ZoneOffset.UTC)).execute();
    }

    /** Marks a server deleted: it leaves every list and total, and re-imports do not bring it back. */
    public void delete(long serverId) {
        setDeleted(serverId, true);
    }

    /** Brings back a deleted server. */
    public void restore(long serverId) {
        setDeleted(serverId, false);
    }

    private void setDeleted(long serverId, boolean deleted) {
        project.inTransaction(() -> {
            Boolean was = dsl().select(SERVER.DELETED).from(SERVER).where(SERVER.ID.eq(serverId)).fetchOne(SERVER.DELETED);
            if (was == null) {
                throw new IllegalArgumentException("no server with id " + serverId);
            }
            if (was != deleted) {
                dsl().update(SERVER).set(SERVER.DELETED, deleted)
                        .set(SERVER.UPDATED_AT, OffsetDateTime.now(ZoneOffset.UTC))
                        .where(SERVER.ID.eq(serverId)).execute();
                record(serverId, "deleted", String.valueOf(was), String.valueOf(deleted));
            }
            return null;
        });
    }

    /** The edit history, newest first. */
    public List<ServerEdit> edits(int limit) {
        return dsl().selectFrom(SERVER_EDIT).orderBy(SERVER_EDIT.ID.desc()).limit(limit)
                .fetch(r -> new ServerEdit(r.getId(), r.getServerId(), r.getField(), r.getOldValue(), r.getNewValue(),
                        r.getEditedAt().toInstant()));
    }

    /** The edit history of one server (its deletions included), newest first. */
    public List<ServerEdit> edits(long serverId, int limit) {
        return dsl().selectFrom(SERVER_EDIT).where(SERVER_EDIT.SERVER_ID.eq(serverId)).orderBy(SERVER_EDIT.ID.desc())
                .limit(limit).fetch(r -> new ServerEdit(r.getId(), r.getServerId(), r.getField(), r.getOldValue(),
                        r.getNewValue(), r.getEditedAt().toInstant()));
    }

    /** Undoes the newest edit or delete; returns it, or empty when there is nothing to undo. */
    public Optional<ServerEdit> undo() {
        List<ServerEdit> last = edits(1);
        if (last.isEmpty()) {
            return Optional.empty();
        }
        ServerEdit e = last.get(0);
        project.inTransaction(() -> {
            if (e.field().equals("deleted")) {
                dsl().update(SERVER).set(SERVER.DELETED, Boolean.parseBoolean(e.oldValue()))
                        .where(SERVER.ID.eq(e.serverId())).execute();
            } else {
                Server s = server(e.serverId()).orElseThrow();
                if (e.field().equals("tags")) {
                    s.tags = Rows.TagCodec.decode(e.oldValue());
                } else {
                    Binding<Server> b = binding(e.field());
                    if (b.name().equals("os")) {
                        s.os = OsNormalizer.normalize(e.oldValue());
                    } else {
                        b.set().accept(s, parse(b, e.oldValue()));
                    }
                }
                boolean stillEdited = dsl().fetchCount(SERVER_EDIT, SERVER_EDIT.SERVER_ID.eq(e.serverId())
                        .and(SERVER_EDIT.FIELD.eq(e.field())).and(SERVER_EDIT.ID.ne(e.id()))) > 0;
                writeAll(e.serverId(), s, e.field(), stillEdited);
            }
            dsl().deleteFrom(SERVER_EDIT).where(SERVER_EDIT.ID.eq(e.id())).execute();
            return null;
        });
        return Optional.of(e);
    }

    private StoreException failed(Exception e) {
        return new StoreException("the project " + project.path().getFileName() + " could not be read: "
                + ProjectFile.firstLine(e.getMessage()), e);
    }
}
