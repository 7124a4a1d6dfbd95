package com.migrationhub.domain.store;

import com.migrationhub.domain.dependency.Connection;
import com.migrationhub.domain.dependency.IpamEntry;
import com.migrationhub.domain.model.SourceRef;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The project's dependency data and plans: dependency imports with their (aggregated)
 * connections, the IP address plan, the consultant's hard/soft overrides, group and wave pins,
 * and the move groups and wave plan last computed. Every write is one transaction: a failed
 * import, a failed re-computation, leave what the project held as it was.
 */
public final class DependencyStore {
    private static final int BATCH = 2000;
    /** Skipped rows beyond this many are counted, not listed. */
    public static final int MAX_SKIPS_KEPT = 1000;

    /** One dependency import. */
    public record ImportInfo(long id, String fileName, String path, String sha256, String format, String captureHost,
            OffsetDateTime importedAt, long rowsRead, long rowsSkipped, long connections) {
    }

    /** A row read but not used, and why. */
    public record Skip(long row, String reason) {
    }

    /** A consultant's hard/soft decision: kind "edge" (subject "a -> b") or "server" (subject the id). */
    public record StrengthOverride(String kind, String subject, String strength, String note, OffsetDateTime setAt) {
    }

    /** A move group as computed, with its members. */
    public record StoredGroup(String name, String origin, String reason, List<Long> serverIds, long vcpus,
            List<String> dependsOn) {
        public StoredGroup {
            serverIds = List.copyOf(serverIds);
            dependsOn = List.copyOf(dependsOn);
        }
    }

    /** One wave of the plan. */
    public record StoredWave(int number, String name, LocalDate startsOn, LocalDate endsOn, String explanation,
            List<String> groups) {
        public StoredWave {
            groups = List.copyOf(groups);
        }
    }

    /** The wave plan last made. */
    public record StoredPlan(Map<String, String> options, OffsetDateTime plannedAt, List<String> warnings,
            List<StoredWave> waves) {
    }

    private final ProjectFile project;

    DependencyStore(ProjectFile project) {
        this.project = project;
    }

    // ------------------------------------------------------------------ imports

    public List<ImportInfo> imports() {
        List<ImportInfo> list = new ArrayList<>();
        query("SELECT ID, FILE_NAME, FILE_PATH, SHA256, FORMAT, CAPTURE_HOST, IMPORTED_AT, ROWS_READ, ROWS_SKIPPED,"
                + " CONNECTIONS FROM DEPENDENCY_IMPORT ORDER BY ID", ps -> { }, rs -> list.add(importInfo(rs)));
        return list;
    }

    public Optional<ImportInfo> importRun(long id) {
        List<ImportInfo> list = new ArrayList<>();
        query("SELECT ID, FILE_NAME, FILE_PATH, SHA256, FORMAT, CAPTURE_HOST, IMPORTED_AT, ROWS_READ, ROWS_SKIPPED,"
                + " CONNECTIONS FROM DEPENDENCY_IMPORT WHERE ID = ?", ps -> ps.setLong(1, id),
                rs -> list.add(importInfo(rs)));
        return list.stream().findFirst();
    }

    private static ImportInfo importInfo(ResultSet rs) throws SQLException {
        return new ImportInfo(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                rs.getString(6), rs.getObject(7, OffsetDateTime.class), rs.getLong(8), rs.getLong(9), rs.getLong(10));
    }

    public List<Skip> skips(long importId) {
        List<Skip> list = new ArrayList<>();
        query("SELECT SOURCE_ROW, REASON FROM DEPENDENCY_SKIP WHERE IMPORT_ID = ? ORDER BY SOURCE_ROW",
                ps -> ps.setLong(1, importId), rs -> list.add(new Skip(rs.getLong(1), rs.getString(2))));
        return list;
    }

    /**
     * Stores one file's connections (aggregated by the caller), replacing an earlier import of
     * the same file content (same SHA-256, whatever host a capture was said to be taken on), in
     * one transaction.
     *
     * @param info     the import; its id and connection count are ignored
     * @param replaced receives the import it replaced, if any
     * @return the import as stored
     */
    public ImportInfo saveImport(ImportInfo info, Collection<Connection> connections, List<Skip> skips,
            Consumer<ImportInfo> replaced) {
        return inTransaction("the dependency import could not be saved", () -> {
            for (ImportInfo old : imports()) {
                if (old.sha256().equals(info.sha256())) {
                    update("DELETE FROM DEPENDENCY_IMPORT WHERE ID = ?", old.id());
                    replaced.accept(old);
                }
            }
            long id;
            try (PreparedStatement ins = project.connection().prepareStatement("INSERT INTO DEPENDENCY_IMPORT (FILE_NAME,"
                    + " FILE_PATH, SHA256, FORMAT, CAPTURE_HOST, IMPORTED_AT, ROWS_READ, ROWS_SKIPPED, CONNECTIONS)"
                    + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", new String[] {"ID"})) {
                ins.setString(1, info.fileName());
                ins.setString(2, info.path());
                ins.setString(3, info.sha256());
                ins.setString(4, info.format());
                ins.setString(5, info.captureHost());
                ins.setObject(6, info.importedAt());
                ins.setLong(7, info.rowsRead());
                ins.setLong(8, info.rowsSkipped());
                ins.setLong(9, connections.size());
                ins.executeUpdate();
                try (ResultSet keys = ins.getGeneratedKeys()) {
                    keys.next();
                    id = keys.getLong(1);
                }
            }
            writeBlocks(project.connection(), id, connections);
            try (PreparedStatement ps = project.connection().prepareStatement(
                    "INSERT INTO DEPENDENCY_SKIP (IMPORT_ID, SOURCE_ROW, REASON) VALUES (?, ?, ?)")) {
                for (Skip s : skips.subList(0, Math.min(MAX_SKIPS_KEPT, skips.size()))) {
                    ps.setLong(1, id);
                    ps.setLong(2, s.row());
                    ps.setString(3, cut(s.reason(), 2000));
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            return importRun(id).orElseThrow();
        });
    }

    /** Writes one import's connections as blocks (see {@link ConnectionBlocks}), in the order given. */
    static void writeBlocks(java.sql.Connection db, long importId, Collection<Connection> connections)
            throws SQLException {
        try (PreparedStatement ps = db.prepareStatement(
                "INSERT INTO OBSERVED_CONNECTION_BLOCK (IMPORT_ID, BLOCK_NO, ROW_COUNT, DATA) VALUES (?, ?, ?, ?)")) {
            List<Connection> block = new ArrayList<>(Math.min(connections.size(), ConnectionBlocks.ROWS));
            int blockNo = 0;
            java.util.Iterator<Connection> it = connections.iterator();
            while (it.hasNext()) {
                block.add(it.next());
                if (block.size() == ConnectionBlocks.ROWS || !it.hasNext()) {
                    ps.setLong(1, importId);
                    ps.setInt(2, blockNo++);
                    ps.setInt(3, block.size());
                    ps.setBytes(4, ConnectionBlocks.encode(block));
                    ps.executeUpdate();
                    block.clear();
                }
            }
        }
    }

    /** Deletes an import and its connections; false when there was none. */
    public boolean deleteImport(long id) {
        return inTransaction("the dependency import could not be deleted",
                () -> update("DELETE FROM DEPENDENCY_IMPORT WHERE ID = ?", id) > 0);
    }


    /**
     * Every stored connection, read from the file as it is iterated (one block of rows in memory
     * at a time), for engines that pull; import by import, each in the order its rows were given.
     * Close it when done, also when the engine failed or was cancelled: closing ends the query it
     * holds open.
     */
    public ConnectionCursor connections() {
        return new ConnectionCursor();
    }

    /** The stored connections as a one-pass {@link Iterable} holding a query open until closed or read to the end. */
    public final class ConnectionCursor implements Iterable<Connection>, AutoCloseable {
        private final Map<Long, String> files = fileNames();
        private PreparedStatement ps;
        private ResultSet rs;
        private boolean iterated;
        /** The blocks read at once by {@link #readAhead()}, each import id, block number and data; else null */
        private java.util.ArrayDeque<Object[]> ahead;
        private Object[] current;

        /**
         * Reads every block now, as stored (some 20 MB for 500,000 connections), and closes the
         * query: the rows are then decoded as they are iterated, on any thread, without the
         * project's connection, which stays free for other reads meanwhile.
         */
        public ConnectionCursor readAhead() {
            if (iterated || ahead != null) {
                throw new IllegalStateException("read ahead before the cursor is iterated, once");
            }
            java.util.ArrayDeque<Object[]> blocks = new java.util.ArrayDeque<>();
            query(CONNECTIONS_SQL, p -> p.setFetchSize(4),
                    r -> blocks.add(new Object[] {r.getLong(1), r.getInt(2), r.getBytes(3)}));
            ahead = blocks;
            return this;
        }

        @Override
        public java.util.Iterator<Connection> iterator() {
            if (iterated) {
                throw new IllegalStateException("the stored connections can be read once per cursor");
            }
            iterated = true;
            return new java.util.Iterator<>() {
                private List<Connection> block = List.of();
                private int next;
                private boolean done;

                /** Reads blocks until one has rows or none is left. */
                private void advance() {
                    try {
                        if (ahead != null) {
                            while (next == block.size()) {
                                current = ahead.poll();
                                if (current == null) {
                                    block = List.of();
                                    next = 0;
                                    done = true;
                                    return;
                                }
                                long importId = (Long) current[0];
                                block = ConnectionBlocks.decode((byte[]) current[2], importId, files.get(importId));
                                next = 0;
                            }
                            return;
                        }
                        if (ps == null) {
                            ps = project.connection().prepareStatement(CONNECTIONS_SQL);
                            ps.setFetchSize(4);
                            rs = ps.executeQuery();
                        }
                        while (next == block.size()) {
                            if (!rs.next()) {
                                block = List.of();
                                next = 0;
                                done = true;
                                close();
                                return;
                            }
                            long importId = rs.getLong(1);
                            block = ConnectionBlocks.decode(rs.getBytes(3), importId, files.get(importId));
                            next = 0;
                        }
                    } catch (SQLException e) {
                        throw new StoreException("the dependency data could not be read from "
                                + project.path().getFileName() + ": " + ProjectFile.firstLine(e.getMessage()), e);
                    } catch (IllegalArgumentException e) {
                        throw new StoreException(damaged(e), e);
                    }
                }

                private String damaged(IllegalArgumentException e) {
                    String where = "";
                    try {
                        where = current != null ? " (import " + current[0] + ", block " + current[1] + ")"
                                : " (import " + rs.getLong(1) + ", block " + rs.getInt(2) + ")";
                    } catch (SQLException ignored) {
                        // the message is still right without the place
                    }
                    return "the dependency data in " + project.path().getFileName() + " is damaged" + where + ": "
                            + e.getMessage();
                }

                @Override
                public boolean hasNext() {
                    if (next == block.size() && !done) {
                        advance();
                    }
                    return next < block.size();
                }

                @Override
                public Connection next() {
                    if (!hasNext()) {
                        throw new java.util.NoSuchElementException();
                    }
                    return block.get(next++);
                }
            };
        }

        /** Whether the query is still open (for tests). */
        public boolean isOpen() {
            return ps != null;
        }

        @Override
        public void close() {
            try {
                if (rs != null) {
                    rs.close();
                }
                if (ps != null) {
                    ps.close();
                }
            } catch (SQLException e) {
                throw new StoreException("the dependency data could not be read from " + project.path().getFileName()
                        + ": " + ProjectFile.firstLine(e.getMessage()), e);
            } finally {
                rs = null;
                ps = null;
            }
        }
    }

    // import by import, each in the order its rows were given (the primary key's order: no sort)
    private static final String CONNECTIONS_SQL = "SELECT IMPORT_ID, BLOCK_NO, DATA FROM OBSERVED_CONNECTION_BLOCK"
            + " ORDER BY IMPORT_ID, BLOCK_NO";

    /** Import id to its file name, for the rows' provenance. */
    private Map<Long, String> fileNames() {
        Map<Long, String> names = new java.util.HashMap<>();
        query("SELECT ID, FILE_NAME FROM DEPENDENCY_IMPORT", ps -> { }, rs -> names.put(rs.getLong(1), rs.getString(2)));
        return names;
    }

    public long connectionCount() {
        long[] n = {0};
        query("SELECT COALESCE(SUM(ROW_COUNT), 0) FROM OBSERVED_CONNECTION_BLOCK", ps -> { }, rs -> n[0] = rs.getLong(1));
        return n[0];
    }

    // ------------------------------------------------------------------ IPAM

    /** Stores an address plan's entries (an address already known gets the new host name), in one transaction. */
    public int saveIpam(String fileName, List<IpamEntry> entries) {
        return inTransaction("the IP address plan could not be saved", () -> {
            try (PreparedStatement ps = project.connection().prepareStatement("MERGE INTO IPAM_ENTRY (IP, HOST_NAME,"
                    + " FILE_NAME, SOURCE_ROW) KEY (IP) VALUES (?, ?, ?, ?)")) {
                int pending = 0;
                for (IpamEntry e : entries) {
                    ps.setString(1, cut(e.ip(), 64));
                    ps.setString(2, cut(e.hostName(), 1000));
                    ps.setString(3, fileName);
                    ps.setLong(4, e.source() == null ? 0 : e.source().row());
                    ps.addBatch();
                    if (++pending == BATCH) {
                        ps.executeBatch();
                        pending = 0;
                    }
                }
                ps.executeBatch();
            }
            return entries.size();
        });
    }

    public List<IpamEntry> ipam() {
        List<IpamEntry> list = new ArrayList<>();
        query("SELECT IP, HOST_NAME, FILE_NAME, SOURCE_ROW FROM IPAM_ENTRY ORDER BY IP", ps -> { },
                rs -> list.add(new IpamEntry(rs.getString(1), rs.getString(2),
                        new SourceRef(rs.getString(3), rs.getLong(4)))));
        return list;
    }

    // ------------------------------------------------------------------ overrides and pins

    public List<StrengthOverride> overrides() {
        List<StrengthOverride> list = new ArrayList<>();
        query("SELECT KIND, SUBJECT, STRENGTH, NOTE, SET_AT FROM DEPENDENCY_OVERRIDE ORDER BY KIND, SUBJECT", ps -> { },
                rs -> list.add(new StrengthOverride(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getObject(5, OffsetDateTime.class))));
        return list;
    }

    public void setOverride(StrengthOverride o) {
        inTransaction("the override could not be saved", () -> update("MERGE INTO DEPENDENCY_OVERRIDE (KIND, SUBJECT,"
                + " STRENGTH, NOTE, SET_AT) KEY (KIND, SUBJECT) VALUES (?, ?, ?, ?, ?)", o.kind(), o.subject(),
                o.strength(), o.note(), o.setAt()));
    }

    /** Removes an override; false when there was none. */
    public boolean clearOverride(String kind, String subject) {
        return inTransaction("the override could not be removed",
                () -> update("DELETE FROM DEPENDENCY_OVERRIDE WHERE KIND = ? AND SUBJECT = ?", kind, subject) > 0);
    }

    /** Server id to the group the consultant placed it in. */
    public Map<Long, String> groupPins() {
        Map<Long, String> map = new LinkedHashMap<>();
        query("SELECT SERVER_ID, GROUP_NAME FROM GROUP_PIN ORDER BY SERVER_ID", ps -> { },
                rs -> map.put(rs.getLong(1), rs.getString(2)));
        return map;
    }

    /** Places servers in a named group (replacing where they were pinned before), in one transaction. */
    public void pinToGroup(Collection<Long> serverIds, String group, OffsetDateTime at) {
        inTransaction("the group could not be saved", () -> {
            pin(serverIds, group, at);
            return null;
        });
    }

    private void pin(Collection<Long> serverIds, String group, OffsetDateTime at) throws SQLException {
        try (PreparedStatement ps = project.connection().prepareStatement(
                "MERGE INTO GROUP_PIN (SERVER_ID, GROUP_NAME, SET_AT) KEY (SERVER_ID) VALUES (?, ?, ?)")) {
            for (long id : serverIds) {
                ps.setLong(1, id);
                ps.setString(2, group);
                ps.setObject(3, at);
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    /** Removes servers' pins; returns how many there were. */
    public int unpin(Collection<Long> serverIds) {
        return inTransaction("the group pins could not be removed", () -> {
            int n = 0;
            for (long id : serverIds) {
                n += update("DELETE FROM GROUP_PIN WHERE SERVER_ID = ?", id);
            }
            return n;
        });
    }

    /** Group name to the wave number the consultant put it in. */
    public Map<String, Integer> wavePins() {
        Map<String, Integer> map = new LinkedHashMap<>();
        query("SELECT GROUP_NAME, WAVE_NUMBER FROM WAVE_PIN ORDER BY GROUP_NAME", ps -> { },
                rs -> map.put(rs.getString(1), rs.getInt(2)));
        return map;
    }

    /** Puts a group in a wave, replacing any pin of the same group (group names compare ignoring case). */
    public void pinToWave(String group, int wave, OffsetDateTime at) {
        inTransaction("the wave pin could not be saved", () -> {
            update("DELETE FROM WAVE_PIN WHERE LOWER(GROUP_NAME) = LOWER(?)", group);
            return update("INSERT INTO WAVE_PIN (GROUP_NAME, WAVE_NUMBER, SET_AT) VALUES (?, ?, ?)", group, wave, at);
        });
    }

    /** Lets the planner place a group again; false when it was not pinned (names compare ignoring case). */
    public boolean unpinFromWave(String group) {
        return inTransaction("the wave pin could not be removed",
                () -> update("DELETE FROM WAVE_PIN WHERE LOWER(GROUP_NAME) = LOWER(?)", group) > 0);
    }

    /**
     * Renames a group in one transaction: its servers are pinned under the new name, and its
     * pins, wave pin and place in the stored plan follow (names compare ignoring case).
     */
    public void renameGroup(String from, String to, Collection<Long> serverIds, OffsetDateTime at) {
        inTransaction("the group could not be renamed", () -> {
            update("UPDATE GROUP_PIN SET GROUP_NAME = ? WHERE LOWER(GROUP_NAME) = LOWER(?)", to, from);
            update("UPDATE WAVE_PIN SET GROUP_NAME = ? WHERE LOWER(GROUP_NAME) = LOWER(?)", to, from);
            update("UPDATE WAVE_GROUP SET GROUP_NAME = ? WHERE LOWER(GROUP_NAME) = LOWER(?)", to, from);
            pin(serverIds, to, at);
            return null;
        });
    }

    /**
     * Merges groups in one transaction: every server pinned under {@code into}; the merged groups'
     * wave pins go (the merged group keeps {@code into}'s own, if it had one).
     */
    public void mergeGroups(Collection<String> groups, Collection<Long> serverIds, String into, OffsetDateTime at) {
        inTransaction("the groups could not be merged", () -> {
            for (String g : groups) {
                if (!g.equalsIgnoreCase(into)) {
                    update("DELETE FROM WAVE_PIN WHERE LOWER(GROUP_NAME) = LOWER(?)", g);
                }
            }
            pin(serverIds, into, at);
            return null;
        });
    }

    /** Splits in one transaction: {@code staying} pinned under {@code group}, {@code leaving} under {@code into}. */
    public void splitGroup(String group, Collection<Long> staying, String into, Collection<Long> leaving,
            OffsetDateTime at) {
        inTransaction("the group could not be split", () -> {
            pin(staying, group, at);
            pin(leaving, into, at);
            return null;
        });
    }

    // ------------------------------------------------------------------ computed groups and waves

    /** Replaces the computed move groups, in one transaction. */
    public void saveGroups(List<StoredGroup> groups) {
        inTransaction("the move groups could not be saved", () -> {
            update("DELETE FROM MOVE_GROUP");
            try (PreparedStatement g = project.connection().prepareStatement("INSERT INTO MOVE_GROUP (NAME, ORIGIN,"
                    + " REASON, SERVERS, VCPUS, DEPENDS_ON, MEMBERS) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
                int pending = 0;
                for (StoredGroup sg : groups) {
                    g.setString(1, sg.name());
                    g.setString(2, sg.origin());
                    g.setString(3, cut(sg.reason(), 4000));
                    g.setInt(4, sg.serverIds().size());
                    g.setLong(5, sg.vcpus());
                    g.setString(6, String.join("\n", sg.dependsOn()));
                    g.setString(7, members(sg.serverIds()));
                    g.addBatch();
                    if (++pending == BATCH) {
                        g.executeBatch();
                        pending = 0;
                    }
                }
                g.executeBatch();
            }
            return null;
        });
    }

    /** The computed move groups, by name. */
    public List<StoredGroup> groups() {
        List<StoredGroup> list = new ArrayList<>();
        // read straight through and sorted, not through the name's index with a lookup a row (a third slower cold)
        query("SELECT NAME, ORIGIN, REASON, VCPUS, DEPENDS_ON, MEMBERS FROM MOVE_GROUP USE INDEX () ORDER BY NAME", ps -> { },
                rs -> list.add(new StoredGroup(rs.getString(1), rs.getString(2), rs.getString(3),
                        memberIds(rs.getString(6), rs.getString(1)), rs.getLong(4), lines(rs.getString(5)))));
        return list;
    }

    /** Server ids ascending, comma-separated: the form MOVE_GROUP.MEMBERS keeps. */
    static String members(Collection<Long> serverIds) {
        long[] ids = new long[serverIds.size()];
        int n = 0;
        for (long id : serverIds) {
            ids[n++] = id;
        }
        java.util.Arrays.sort(ids);
        StringBuilder b = new StringBuilder(ids.length * 6);
        for (int i = 0; i < n; i++) {
            if (i > 0) {
                b.append(',');
            }
            b.append(ids[i]);
        }
        return b.toString();
    }

    private List<Long> memberIds(String members, String group) {
        List<Long> ids = new ArrayList<>();
        int start = 0;
        int len = members == null ? 0 : members.length();
        while (start < len) {
            int comma = members.indexOf(',', start);
            int end = comma < 0 ? len : comma;
            try {
                ids.add(Long.parseLong(members, start, end, 10));
            } catch (NumberFormatException e) {
                throw new StoreException("the move group '" + group + "' in " + project.path().getFileName()
                        + " is damaged: its members list holds '" + members.substring(start, end) + "'", e);
            }
            start = end + 1;
        }
        return ids;
    }

    /** Replaces the wave plan, in one transaction. */
    public void saveWavePlan(StoredPlan plan) {
        inTransaction("the wave plan could not be saved", () -> {
            update("DELETE FROM WAVE_GROUP");
            update("DELETE FROM WAVE");
            update("DELETE FROM WAVE_PLAN");
            update("INSERT INTO WAVE_PLAN (ID, OPTIONS, PLANNED_AT, WARNINGS) VALUES (1, ?, ?, ?)",
                    AssessmentStore.format(plan.options()), plan.plannedAt(), String.join("\n", plan.warnings()));
            try (PreparedStatement wave = project.connection().prepareStatement("INSERT INTO WAVE (NUMBER, NAME,"
                    + " STARTS_ON, ENDS_ON, EXPLANATION) VALUES (?, ?, ?, ?, ?)");
                    PreparedStatement member = project.connection().prepareStatement(
                            "INSERT INTO WAVE_GROUP (GROUP_NAME, WAVE_NUMBER) VALUES (?, ?)")) {
                for (StoredWave w : plan.waves()) {
                    wave.setInt(1, w.number());
                    wave.setString(2, w.name());
                    wave.setObject(3, w.startsOn());
                    wave.setObject(4, w.endsOn());
                    wave.setString(5, cut(w.explanation(), 4000));
                    wave.addBatch();
                    for (String g : w.groups()) {
                        member.setString(1, g);
                        member.setInt(2, w.number());
                        member.addBatch();
                    }
                }
                wave.executeBatch();
                member.executeBatch();
            }
            return null;
        });
    }

    public Optional<StoredPlan> wavePlan() {
        List<Object[]> head = new ArrayList<>();
        query("SELECT OPTIONS, PLANNED_AT, WARNINGS FROM WAVE_PLAN WHERE ID = 1", ps -> { },
                rs -> head.add(new Object[] {rs.getString(1), rs.getObject(2, OffsetDateTime.class), rs.getString(3)}));
        if (head.isEmpty()) {
            return Optional.empty();
        }
        Map<Integer, List<String>> groups = new LinkedHashMap<>();
        query("SELECT WAVE_NUMBER, GROUP_NAME FROM WAVE_GROUP USE INDEX () ORDER BY WAVE_NUMBER, GROUP_NAME", ps -> { },
                rs -> groups.computeIfAbsent(rs.getInt(1), k -> new ArrayList<>()).add(rs.getString(2)));
        List<StoredWave> waves = new ArrayList<>();
        query("SELECT NUMBER, NAME, STARTS_ON, ENDS_ON, EXPLANATION FROM WAVE ORDER BY NUMBER", ps -> { },
                rs -> waves.add(new StoredWave(rs.getInt(1), rs.getString(2), rs.getObject(3, LocalDate.class),
                        rs.getObject(4, LocalDate.class), rs.getString(5), groups.getOrDefault(rs.getInt(1), List.of()))));
        return Optional.of(new StoredPlan(AssessmentStore.parse((String) head.get(0)[0]), (OffsetDateTime) head.get(0)[1],
                lines((String) head.get(0)[2]), waves));
    }

    // ------------------------------------------------------------------ plumbing

    private interface Binder {
        void bind(PreparedStatement ps) throws SQLException;
    }

    private interface RowReader {
        void read(ResultSet rs) throws SQLException;
    }

    private interface Work<T> {
        T run() throws SQLException;
    }

    private void query(String sql, Binder binder, RowReader reader) {
        try (PreparedStatement ps = project.connection().prepareStatement(sql)) {
            binder.bind(ps);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    reader.read(rs);
                }
            }
        } catch (SQLException e) {
            throw new StoreException("the dependency data could not be read from " + project.path().getFileName() + ": "
                    + ProjectFile.firstLine(e.getMessage()), e);
        }
    }

    private int update(String sql, Object... args) throws SQLException {
        try (PreparedStatement ps = project.connection().prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                if (args[i] == null) {
                    ps.setNull(i + 1, Types.VARCHAR);
                } else {
                    ps.setObject(i + 1, args[i]);
                }
            }
            return ps.executeUpdate();
        }
    }

    private <T> T inTransaction(String what, Work<T> work) {
        java.sql.Connection c = project.connection();
        try {
            c.setAutoCommit(false);
            try {
                T result = work.run();
                c.commit();
                return result;
            } catch (SQLException | RuntimeException | Error e) {
                // an Error too: finally's setAutoCommit(true) would otherwise commit half the work
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new StoreException(what + " in " + project.path().getFileName() + ": "
                    + ProjectFile.firstLine(e.getMessage()), e);
        }
    }

    private static String cut(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }

    private static List<String> lines(String s) {
        if (s == null || s.isEmpty()) {
            return List.of();
        }
        return List.of(s.split("\n"));
    }
}
