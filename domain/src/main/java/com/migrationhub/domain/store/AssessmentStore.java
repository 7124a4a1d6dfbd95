package com.migrationhub.domain.store;

import static com.migrationhub.domain.store.jooq.Tables.SCENARIO;
import static com.migrationhub.domain.store.jooq.Tables.STRATEGY_OVERRIDE;

import com.migrationhub.domain.assessment.ScenarioInfo;
import com.migrationhub.domain.assessment.ServerAssessment;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Consumer;

/**
 * The project's assessments: named scenarios with their assumptions and results, and the
 * consultant's 7R and size overrides. Saving a scenario replaces any of the same name in one transaction,
 * so a failed or cancelled run leaves the previous results as they were.
 */
public final class AssessmentStore {
    private static final int BATCH = 1000;
    private static final String[] RESULT_COLUMNS = {"SCENARIO_ID", "SERVER_ID", "SERVER_NAME", "CLOUD", "REGION",
        "READINESS", "READINESS_REASONS_TEXT", "STRATEGY", "STRATEGY_RULE", "STRATEGY_SUGGESTED", "RATIONALE",
        "STRATEGY_TARGETS", "SIZE", "VCPUS", "MEMORY_MIB", "SIZING_BASIS", "STARS", "DEMAND_VCPUS",
        "DEMAND_MEMORY_MIB", "COMPUTE_NANOS", "LICENCE_NANOS", "STORAGE_NANOS", "NETWORK_NANOS", "PRICE_BASIS_TEXT",
        "RISK_SCORE", "RISK_LEVEL", "RISK_FACTORS_TEXT", "EXPLANATION"};

    /** A consultant's 7R decision for one server. */
    public record StrategyOverride(long serverId, String strategy, String note, OffsetDateTime setAt) {
    }

    private final ProjectFile project;

    AssessmentStore(ProjectFile project) {
        this.project = project;
    }

    public List<ScenarioInfo> scenarios() {
        return scenarios("", null);
    }

    public Optional<ScenarioInfo> scenario(String name) {
        return scenarios(" WHERE NAME = ?", name).stream().findFirst();
    }

    // plain JDBC, not the DSL: the dependency workflow asks for the scenarios at every import, and
    // the DSL's first use in a fresh process costs a third of a second
    private List<ScenarioInfo> scenarios(String where, String name) {
        List<ScenarioInfo> list = new ArrayList<>();
        try (PreparedStatement ps = project.connection().prepareStatement("SELECT ID, NAME, ASSUMPTIONS, CATALOG,"
                + " ASSESSED_AT, SERVERS FROM SCENARIO" + where + " ORDER BY NAME")) {
            if (name != null) {
                ps.setString(1, name);
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    list.add(new ScenarioInfo(rs.getLong(1), rs.getString(2), parse(rs.getString(3)), rs.getString(4),
                            rs.getObject(5, OffsetDateTime.class), rs.getInt(6)));
                }
            }
        } catch (SQLException e) {
            throw new StoreException("the assessment could not be read from " + project.path().getFileName() + ": "
                    + ProjectFile.firstLine(e.getMessage()), e);
        }
        return list;
    }

    /**
     * Stores a scenario's results, replacing any scenario of the same name, in one transaction.
     *
     * @param results pushes every result to the consumer it is given, once; an exception from it
     *                (a cancelled run, bad input) rolls everything back
     * @return what the producer returns
     */
    public <T> T save(ScenarioInfo scenario, java.util.function.Function<Consumer<ServerAssessment>, T> results) {
        Connection c = project.connection();
        try {
            c.setAutoCommit(false);
            try {
                try (PreparedStatement del = c.prepareStatement("DELETE FROM SCENARIO WHERE NAME = ?")) {
                    del.setString(1, scenario.name());
                    del.executeUpdate();
                }
                long id;
                try (PreparedStatement ins = c.prepareStatement(
                        "INSERT INTO SCENARIO (NAME, ASSUMPTIONS, CATALOG, ASSESSED_AT, SERVERS) VALUES (?, ?, ?, ?, ?)",
                        new String[] {"ID"})) {
                    ins.setString(1, scenario.name());
                    ins.setString(2, format(scenario.assumptions()));
                    ins.setString(3, scenario.catalog());
                    ins.setObject(4, scenario.assessedAt());
                    ins.setInt(5, scenario.servers());
                    ins.executeUpdate();
                    try (ResultSet keys = ins.getGeneratedKeys()) {
                        keys.next();
                        id = keys.getLong(1);
                    }
                }
                String marks = String.join(", ", java.util.Collections.nCopies(RESULT_COLUMNS.length, "?"));
                T outcome;
                try (PreparedStatement ps = c.prepareStatement("INSERT INTO SCENARIO_RESULT ("
                        + String.join(", ", RESULT_COLUMNS) + ") VALUES (" + marks + ")");
                        TextsWriter texts = new TextsWriter(c, id)) {
                    int[] pending = {0};
                    outcome = results.apply(row -> {
                        try {
                            bind(ps, id, row, texts);
                            ps.addBatch();
                            if (++pending[0] == BATCH) {
                                ps.executeBatch();
                                pending[0] = 0;
                            }
                        } catch (SQLException e) {
                            throw new Failed(e);
                        }
                    });
                    if (pending[0] > 0) {
                        ps.executeBatch();
                    }
                }
                try (PreparedStatement up = c.prepareStatement("UPDATE SCENARIO SET SERVERS = ("
                        + "SELECT COUNT(DISTINCT SERVER_ID) FROM SCENARIO_RESULT WHERE SCENARIO_ID = ?) WHERE ID = ?")) {
                    up.setLong(1, id);
                    up.setLong(2, id);
                    up.executeUpdate();
                }
                c.commit();
                return outcome;
            } catch (Failed e) {
                c.rollback();
                throw e.getCause();
            } catch (SQLException | RuntimeException | Error e) {
                // an Error too: finally's setAutoCommit(true) would otherwise commit a half-written scenario
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new StoreException("the assessment could not be saved in " + project.path().getFileName() + ": "
                    + ProjectFile.firstLine(e.getMessage()), e);
        }
    }

    /**
     * Numbers a scenario's texts as its results are written: each distinct text is stored once in
     * RESULT_TEXT (written when closed, inside the scenario's transaction) and the results refer
     * to it by number.
     */
    private static final class TextsWriter implements AutoCloseable {
        private final Map<String, Integer> ids = new java.util.HashMap<>();
        private final PreparedStatement insert;
        private final long scenarioId;

        TextsWriter(Connection c, long scenarioId) throws SQLException {
            this.scenarioId = scenarioId;
            this.insert = c.prepareStatement("INSERT INTO RESULT_TEXT (SCENARIO_ID, ID, TEXT) VALUES (?, ?, ?)");
        }

        /** Binds the number of a text (stored once), or null for no text. */
        void set(PreparedStatement ps, int index, String text) throws SQLException {
            if (text == null) {
                ps.setNull(index, Types.INTEGER);
                return;
            }
            Integer id = ids.get(text);
            if (id == null) {
                id = ids.size() + 1;
                ids.put(text, id);
                insert.setLong(1, scenarioId);
                insert.setInt(2, id);
                insert.setString(3, text);
                insert.addBatch();
            }
            ps.setInt(index, id);
        }

        @Override
        public void close() throws SQLException {
            try {
                insert.executeBatch();
            } finally {
                insert.close();
            }
        }
    }

    /** Carries a database failure out of the result consumer. */
    private static final class Failed extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Failed(SQLException e) {
            super(e);
        }

        @Override
        public synchronized SQLException getCause() {
            return (SQLException) super.getCause();
        }
    }

    private static void bind(PreparedStatement ps, long scenarioId, ServerAssessment a, TextsWriter texts)
            throws SQLException {
        int i = 1;
        ps.setLong(i++, scenarioId);
        ps.setLong(i++, a.serverId());
        ps.setString(i++, a.serverName());
        ps.setString(i++, a.cloud());
        ps.setString(i++, a.region());
        ps.setString(i++, a.readiness());
        texts.set(ps, i++, lines(a.readinessReasons()));
        ps.setString(i++, a.strategy());
        ps.setString(i++, a.strategyRule());
        ps.setString(i++, a.strategySuggested());
        ps.setString(i++, a.rationale());
        ps.setString(i++, a.strategyTargets());
        ps.setString(i++, a.size());
        if (a.size() == null) {
            ps.setNull(i++, Types.INTEGER);
            ps.setNull(i++, Types.BIGINT);
        } else {
            ps.setInt(i++, a.vcpus());
            ps.setLong(i++, a.memoryMiB());
        }
        ps.setString(i++, a.sizingBasis());
        ps.setInt(i++, a.stars());
        ps.setString(i++, a.demandVcpus());
        ps.setLong(i++, a.demandMemoryMiB());
        ps.setLong(i++, a.computeNanos());
        ps.setLong(i++, a.licenceNanos());
        ps.setLong(i++, a.storageNanos());
        ps.setLong(i++, a.networkNanos());
        texts.set(ps, i++, a.priceBasis());
        ps.setInt(i++, a.riskScore());
        ps.setString(i++, a.riskLevel());
        texts.set(ps, i++, lines(a.riskFactors()));
        ps.setString(i, lines(a.explanation()));
    }

    /** Streams a scenario's results ordered by server name, server, cloud and region. */
    public void forEachResult(String scenario, Consumer<ServerAssessment> consumer) {
        forEachResult(scenario, true, consumer);
    }

    /**
     * Streams a scenario's results, in server-name order (then server, cloud and region) or, when
     * {@code byName} is false, in the order they were stored: servers by id, each server's results
     * together; two to three times as fast at 100,000 servers (no sort), for passes that only sum.
     */
    public void forEachResult(String scenario, boolean byName, Consumer<ServerAssessment> consumer) {
        read(scenario, null, null, byName ? "LOWER(SERVER_NAME), SERVER_ID, CLOUD, REGION" : null, consumer);
    }

    /**
     * How to reach a whole scenario's rows: through the index on the scenario (a lookup into the
     * table for every row), or by reading the table straight through and passing over the other
     * scenarios' rows, two to three times faster when the scenario holds most of them, as in a
     * project with one large scenario. Stored order is the order the engines gave them: servers by
     * id, each server's clouds and regions together.
     */
    private String wholeScenario(ScenarioInfo info) {
        try (PreparedStatement ps = project.connection().prepareStatement("SELECT COALESCE(SUM(SERVERS), 0) FROM SCENARIO");
             ResultSet rs = ps.executeQuery()) {
            rs.next();
            return 2L * info.servers() >= rs.getLong(1) ? " USE INDEX ()" : "";
        } catch (SQLException e) {
            throw new StoreException("the assessment could not be read from " + project.path().getFileName() + ": "
                    + ProjectFile.firstLine(e.getMessage()), e);
        }
    }

    private void read(String scenario, String where, Object arg, String order, Consumer<ServerAssessment> consumer) {
        ScenarioInfo info = scenario(scenario).orElseThrow(() -> new IllegalArgumentException(
                "the project has no assessment scenario '" + scenario + "'"));
        String scan = where == null ? wholeScenario(info) : "";
        // in stored order: straight through the table, or in the index's order (servers by id) through it
        String by = order != null ? order : scan.isEmpty() ? "SERVER_ID, CLOUD, REGION" : null;
        String sql = "SELECT " + String.join(", ", Arrays.copyOfRange(RESULT_COLUMNS, 1, RESULT_COLUMNS.length))
                + " FROM SCENARIO_RESULT" + scan + " WHERE SCENARIO_ID = ?" + (where == null ? "" : " AND " + where)
                + (by == null ? "" : " ORDER BY " + by);
        TextsReader texts = new TextsReader(info.id());
        try (PreparedStatement ps = project.connection().prepareStatement(sql)) {
            ps.setLong(1, info.id());
            if (where != null) {
                ps.setObject(2, arg);
            }
            ps.setFetchSize(2000);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    int i = 1;
                    long serverId = rs.getLong(i++);
                    String name = rs.getString(i++);
                    String cloud = rs.getString(i++);
                    String region = rs.getString(i++);
                    String readiness = rs.getString(i++);
                    List<String> reasons = texts.lines(rs, i++);
                    String strategy = rs.getString(i++);
                    String rule = rs.getString(i++);
                    String suggested = rs.getString(i++);
                    String rationale = rs.getString(i++);
                    String targets = rs.getString(i++);
                    String size = rs.getString(i++);
                    int vcpus = rs.getInt(i++);
                    long memory = rs.getLong(i++);
                    String basis = rs.getString(i++);
                    int stars = rs.getInt(i++);
                    String demandVcpus = rs.getString(i++);
                    long demandMemory = rs.getLong(i++);
                    long compute = rs.getLong(i++);
                    long licence = rs.getLong(i++);
                    long storage = rs.getLong(i++);
                    long network = rs.getLong(i++);
                    String priceBasis = texts.text(rs, i++);
                    int score = rs.getInt(i++);
                    String level = rs.getString(i++);
                    List<String> factors = texts.lines(rs, i++);
                    List<String> explanation = split(rs.getString(i));
                    consumer.accept(new ServerAssessment(serverId, name, cloud, region, readiness, reasons, strategy,
                            rule, suggested, rationale, targets, size, vcpus, memory, basis, stars, demandVcpus,
                            demandMemory, compute, licence, storage, network, priceBasis, score, level, factors,
                            explanation));
                }
            }
        } catch (SQLException e) {
            throw new StoreException("the assessment could not be read from " + project.path().getFileName() + ": "
                    + ProjectFile.firstLine(e.getMessage()), e);
        }
    }

    /** A scenario's texts by number, read once; each text's lines split once and shared by the results that refer to it. */
    private final class TextsReader {
        private final Map<Integer, String> texts = new java.util.HashMap<>();
        private final Map<Integer, List<String>> lines = new java.util.HashMap<>();

        TextsReader(long scenarioId) {
            try (PreparedStatement ps = project.connection().prepareStatement(
                    "SELECT ID, TEXT FROM RESULT_TEXT WHERE SCENARIO_ID = ?")) {
                ps.setLong(1, scenarioId);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        texts.put(rs.getInt(1), rs.getString(2));
                    }
                }
            } catch (SQLException e) {
                throw new StoreException("the assessment could not be read from " + project.path().getFileName() + ": "
                        + ProjectFile.firstLine(e.getMessage()), e);
            }
        }

        String text(ResultSet rs, int column) throws SQLException {
            int id = rs.getInt(column);
            if (rs.wasNull()) {
                return null;
            }
            String t = texts.get(id);
            if (t == null) {
                throw new StoreException("the assessment in " + project.path().getFileName()
                        + " is damaged: a result of server " + rs.getLong(1) + " refers to text " + id
                        + ", which the scenario does not have", null);
            }
            return t;
        }

        List<String> lines(ResultSet rs, int column) throws SQLException {
            String t = text(rs, column);
            return t == null ? List.of() : lines.computeIfAbsent(rs.getInt(column), k -> split(t));
        }
    }

    /** One server's results in a scenario, by cloud and region: what a detail pane shows without reading them all. */
    public List<ServerAssessment> results(String scenario, long serverId) {
        List<ServerAssessment> out = new ArrayList<>();
        read(scenario, "SERVER_ID = ?", serverId, "CLOUD, REGION", out::add);
        return out;
    }

    /** Each server's risk score in a scenario (the same for every cloud). */
    public Map<Long, Integer> riskScores(String scenario) {
        Map<Long, Integer> map = new java.util.HashMap<>();
        ScenarioInfo info = scenario(scenario).orElseThrow(() -> new IllegalArgumentException(
                "the project has no assessment scenario '" + scenario + "'"));
        try (PreparedStatement ps = project.connection().prepareStatement(
                "SELECT SERVER_ID, MAX(RISK_SCORE) FROM SCENARIO_RESULT" + wholeScenario(info)
                        + " WHERE SCENARIO_ID = ? GROUP BY SERVER_ID")) {
            ps.setLong(1, info.id());
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    map.put(rs.getLong(1), rs.getInt(2));
                }
            }
        } catch (SQLException e) {
            throw new StoreException("the assessment could not be read from " + project.path().getFileName() + ": "
                    + ProjectFile.firstLine(e.getMessage()), e);
        }
        return map;
    }

    /**
     * Stores what each cloud and region of a scenario would cost a month with every server sized
     * as on premises ("cloud region" to cents of the scenario's currency), as worked out when it ran.
     */
    public void setAsOnPremises(String scenario, Map<String, Long> cents) {
        Map<String, String> text = new TreeMap<>();
        cents.forEach((k, v) -> text.put(k, Long.toString(v)));
        try (PreparedStatement ps = project.connection().prepareStatement(
                "UPDATE SCENARIO SET AS_ON_PREMISES = ? WHERE NAME = ?")) {
            ps.setString(1, format(text));
            ps.setString(2, scenario);
            ps.executeUpdate();
        } catch (SQLException e) {
            throw new StoreException("the assessment could not be saved in " + project.path().getFileName() + ": "
                    + ProjectFile.firstLine(e.getMessage()), e);
        }
    }

    /** What {@link #setAsOnPremises} stored for a scenario; empty when the scenario ran without it. */
    public Optional<Map<String, Long>> asOnPremises(String scenario) {
        try (PreparedStatement ps = project.connection().prepareStatement(
                "SELECT AS_ON_PREMISES FROM SCENARIO WHERE NAME = ?")) {
            ps.setString(1, scenario);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next() || rs.getString(1) == null) {
                    return Optional.empty();
                }
                Map<String, Long> cents = new LinkedHashMap<>();
                for (Map.Entry<String, String> e : parse(rs.getString(1)).entrySet()) {
                    try {
                        cents.put(e.getKey(), Long.parseLong(e.getValue()));
                    } catch (NumberFormatException bad) {
                        throw new StoreException("the scenario '" + scenario + "' in " + project.path().getFileName()
                                + " is damaged: its cost sized as on premises for " + e.getKey() + " is '"
                                + e.getValue() + "'", bad);
                    }
                }
                return Optional.of(cents);
            }
        } catch (SQLException e) {
            throw new StoreException("the assessment could not be read from " + project.path().getFileName() + ": "
                    + ProjectFile.firstLine(e.getMessage()), e);
        }
    }

    /** Deletes a scenario and its results; false when there was none of that name. */
    public boolean delete(String scenario) {
        return project.dsl().deleteFrom(SCENARIO).where(SCENARIO.NAME.eq(scenario)).execute() > 0;
    }

    public Map<Long, StrategyOverride> overrides() {
        Map<Long, StrategyOverride> map = new LinkedHashMap<>();
        project.dsl().selectFrom(STRATEGY_OVERRIDE).orderBy(STRATEGY_OVERRIDE.SERVER_ID).forEach(r -> map.put(
                r.getServerId(), new StrategyOverride(r.getServerId(), r.getStrategy(), r.getNote(), r.getSetAt())));
        return map;
    }

    public void setOverride(long serverId, String strategy, String note, OffsetDateTime at) {
        project.dsl().mergeInto(STRATEGY_OVERRIDE).using(project.dsl().selectOne())
                .on(STRATEGY_OVERRIDE.SERVER_ID.eq(serverId))
                .whenMatchedThenUpdate().set(STRATEGY_OVERRIDE.STRATEGY, strategy).set(STRATEGY_OVERRIDE.NOTE, note)
                .set(STRATEGY_OVERRIDE.SET_AT, at)
                .whenNotMatchedThenInsert(STRATEGY_OVERRIDE.SERVER_ID, STRATEGY_OVERRIDE.STRATEGY,
                        STRATEGY_OVERRIDE.NOTE, STRATEGY_OVERRIDE.SET_AT)
                .values(serverId, strategy, note, at).execute();
    }

    /** Removes an override; false when the server had none. */
    public boolean clearOverride(long serverId) {
        return project.dsl().deleteFrom(STRATEGY_OVERRIDE).where(STRATEGY_OVERRIDE.SERVER_ID.eq(serverId)).execute() > 0;
    }

    /** A size the consultant set for one server on one cloud (aws, azure or gcp). */
    public record StoredSizeOverride(long serverId, String cloud, String size, String note, OffsetDateTime setAt) {
        /** As the engine takes it. */
        public com.migrationhub.domain.assessment.sizing.SizeOverride toOverride() {
            return new com.migrationhub.domain.assessment.sizing.SizeOverride(serverId,
                    com.migrationhub.domain.catalog.Cloud.parse(cloud), size, note);
        }
    }

    /** Every size override, by server id then cloud. */
    public List<StoredSizeOverride> sizeOverrides() {
        List<StoredSizeOverride> list = new ArrayList<>();
        try (PreparedStatement ps = project.connection().prepareStatement(
                "SELECT SERVER_ID, CLOUD, SIZE, NOTE, SET_AT FROM SIZE_OVERRIDE ORDER BY SERVER_ID, CLOUD");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                list.add(new StoredSizeOverride(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getObject(5, OffsetDateTime.class)));
            }
        } catch (SQLException e) {
            throw new StoreException("the size overrides could not be read from " + project.path().getFileName()
                    + ": " + ProjectFile.firstLine(e.getMessage()), e);
        }
        return list;
    }

    /** The size overrides as the engine takes them: server id to its sizes, one a cloud. */
    public Map<Long, List<com.migrationhub.domain.assessment.sizing.SizeOverride>> sizeOverridesByServer() {
        Map<Long, List<com.migrationhub.domain.assessment.sizing.SizeOverride>> map = new LinkedHashMap<>();
        for (StoredSizeOverride o : sizeOverrides()) {
            map.computeIfAbsent(o.serverId(), k -> new ArrayList<>()).add(o.toOverride());
        }
        return map;
    }

    /** Sets (or replaces) the size of a server on a cloud; it applies when a scenario is next run. */
    public void setSizeOverride(long serverId, String cloud, String size, String note, OffsetDateTime at) {
        update("MERGE INTO SIZE_OVERRIDE (SERVER_ID, CLOUD, SIZE, NOTE, SET_AT) KEY (SERVER_ID, CLOUD) "
                + "VALUES (?, ?, ?, ?, ?)", serverId, cloud, size, note, at);
    }

    /** Removes a server's size on a cloud, or on every cloud when {@code cloud} is null; false when there was none. */
    public boolean clearSizeOverride(long serverId, String cloud) {
        return cloud == null ? update("DELETE FROM SIZE_OVERRIDE WHERE SERVER_ID = ?", serverId) > 0
                : update("DELETE FROM SIZE_OVERRIDE WHERE SERVER_ID = ? AND CLOUD = ?", serverId, cloud) > 0;
    }

    private int update(String sql, Object... args) {
        try (PreparedStatement ps = project.connection().prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                ps.setObject(i + 1, args[i]);
            }
            return ps.executeUpdate();
        } catch (SQLException e) {
            throw new StoreException("the project could not be written: " + ProjectFile.firstLine(e.getMessage()), e);
        }
    }

    /** key=value lines in key order; a value's newlines are escaped. */
    static String format(Map<String, String> map) {
        StringBuilder b = new StringBuilder();
        new TreeMap<>(map).forEach((k, v) -> b.append(k).append('=').append(v == null ? "" : escape(v)).append('\n'));
        return b.toString();
    }

    static Map<String, String> parse(String text) {
        Map<String, String> map = new LinkedHashMap<>();
        if (text == null) {
            return map;
        }
        for (String line : text.split("\n")) {
            int eq = line.indexOf('=');
            if (eq > 0) {
                map.put(line.substring(0, eq), unescape(line.substring(eq + 1)));
            }
        }
        return map;
    }

    private static String escape(String text) {
        return text.replace("\\", "\\\\").replace("\n", "\\n");
    }

    /** The reverse of {@link #escape}, in one pass so "\\n" stays a backslash and an n. */
    private static String unescape(String text) {
        if (text.indexOf('\\') < 0) {
            return text;
        }
        StringBuilder b = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (ch == '\\' && i + 1 < text.length()) {
                char next = text.charAt(++i);
                b.append(next == 'n' ? '\n' : next);
            } else {
                b.append(ch);
            }
        }
        return b.toString();
    }

    /** One item a line, each escaped so an item's own newline cannot split it. */
    private static String lines(List<String> list) {
        if (list == null || list.isEmpty()) {
            return null;
        }
        StringBuilder b = new StringBuilder();
        for (String item : list) {
            if (b.length() > 0) {
                b.append('\n');
            }
            b.append(escape(item));
        }
        return b.toString();
    }

    private static List<String> split(String text) {
        if (text == null) {
            return List.of();
        }
        List<String> items = new ArrayList<>();
        for (String line : text.split("\n", -1)) {
            items.add(unescape(line));
        }
        return List.copyOf(items);
    }
}
