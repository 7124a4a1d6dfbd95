package com.migrationhub.domain.store;

import com.migrationhub.domain.inventory.ImportRun;
import com.migrationhub.domain.inventory.ImportTarget;
import com.migrationhub.domain.inventory.ImportTransaction;
import com.migrationhub.domain.store.ProjectFileException.Reason;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.conf.Settings;
import org.jooq.impl.DSL;

/**
 * One engagement: one H2 file named {@code *.mhub}. The schema is kept by Flyway migrations
 * ({@code db/migration}); a file of an older schema is copied to a backup beside it and migrated
 * forward on open, a file of a newer schema is refused. A path that is not a project file, or a
 * damaged one, is refused without being written to.
 *
 * <p>One open project holds one JDBC connection; it is not thread-safe (the workbench serializes
 * access to it on its task executor).
 */
public final class ProjectFile implements ImportTarget, AutoCloseable {

    public static final String EXTENSION = ".mhub";
    /** The schema version this build writes: the highest migration in {@code db/migration}. */
    public static final int SCHEMA_VERSION = 12;

    static final String FORMAT_MARKER = "MigrationHub project";
    private static final String HISTORY_TABLE = "flyway_schema_history";
    /** The first bytes of an H2 MVStore file. */
    private static final byte[] H2_HEADER = "H:2,".getBytes(StandardCharsets.US_ASCII);

    /** Held so the levels stay set: JUL keeps loggers only weakly. */
    private static final java.util.logging.Logger[] QUIET = {
        java.util.logging.Logger.getLogger("org.flywaydb"), java.util.logging.Logger.getLogger("org.jooq")};

    static {
        // The libraries' start-up banners and progress lines are not for a consultant's terminal;
        // their warnings still go to the log.
        for (java.util.logging.Logger l : QUIET) {
            l.setLevel(java.util.logging.Level.WARNING);
        }
        System.setProperty("org.jooq.no-logo", "true");
        System.setProperty("org.jooq.no-tips", "true");
    }

    private final Path path;
    private final Connection connection;
    /** Made on first use: jOOQ's start takes half a second, and reading a report needs none of it. */
    private DSLContext dsl;
    private final InventoryStore inventory;
    /** Set after a large write: H2 appends, so the file is rewritten compactly on close. */
    private boolean compactOnClose;

    private ProjectFile(Path path, Connection connection) {
        this.path = path;
        this.connection = connection;
        this.inventory = new InventoryStore(this);
    }

    /**
     * Creates a new project file.
     *
     * @throws ProjectFileException if the name does not end in .mhub or the file exists
     */
    public static ProjectFile create(Path file, String client, String engagement) throws ProjectFileException {
        Path path = file.toAbsolutePath().normalize();
        checkName(path);
        if (Files.exists(path)) {
            throw new ProjectFileException(Reason.ALREADY_EXISTS, path,
                    "already exists; open it, or choose another name");
        }
        Path parent = path.getParent();
        if (parent != null && !Files.isDirectory(parent)) {
            throw new ProjectFileException(Reason.NOT_FOUND, path, "the folder " + parent + " does not exist");
        }
        MhubFilePath.register();
        migrate(path, Mode.CREATE, SCHEMA_VERSION);
        ProjectFile project = connect(path, Mode.EXISTING);
        try {
            Map<String, String> settings = new LinkedHashMap<>();
            settings.put(ProjectSettings.FORMAT, FORMAT_MARKER);
            settings.put(ProjectSettings.CLIENT, client == null ? "" : client);
            settings.put(ProjectSettings.ENGAGEMENT, engagement == null ? "" : engagement);
            settings.put(ProjectSettings.CREATED_AT, Instant.now().toString());
            project.settings().putAll(settings);
            return project;
        } catch (RuntimeException e) {
            project.close();
            throw e;
        }
    }

    /**
     * Opens an existing project file, migrating an older schema forward after writing a backup
     * copy beside it ({@code name.mhub.schema-N-backup}).
     */
    public static ProjectFile open(Path file) throws ProjectFileException {
        Path path = file.toAbsolutePath().normalize();
        if (!Files.exists(path)) {
            throw new ProjectFileException(Reason.NOT_FOUND, path, "no such project file");
        }
        if (!Files.isRegularFile(path)) {
            throw new ProjectFileException(Reason.NOT_A_PROJECT, path, "is not a file");
        }
        checkName(path);
        checkHeader(path);
        MhubFilePath.register();
        int version;
        // Look first without the right to write, so that a file we must refuse stays untouched.
        try (ProjectFile readOnly = connect(path, Mode.READ_ONLY)) {
            version = readOnly.schemaVersion();
        }
        if (version > SCHEMA_VERSION) {
            throw new ProjectFileException(Reason.NEWER_SCHEMA, path, "was written by a newer MigrationHub (project schema "
                    + version + "); this version reads schema " + SCHEMA_VERSION + " and older. Update MigrationHub to open it.");
        }
        if (version < SCHEMA_VERSION) {
            backup(path, version);
            migrate(path, Mode.EXISTING, SCHEMA_VERSION);
            // a migration rewrites whole tables, and H2 appends: the file is rewritten compactly on close
            ProjectFile migrated = connect(path, Mode.EXISTING);
            migrated.compactOnClose();
            return migrated;
        }
        return connect(path, Mode.EXISTING);
    }

    /** Creates a project file at an older schema: for tests of the migration path. */
    static void createAtSchema(Path file, int version) throws ProjectFileException {
        Path path = file.toAbsolutePath().normalize();
        MhubFilePath.register();
        migrate(path, Mode.CREATE, version);
        try (ProjectFile project = connect(path, Mode.EXISTING)) {
            project.settings().put(ProjectSettings.FORMAT, FORMAT_MARKER);
        }
    }

    /** How to connect: create the file, require it, or require it and never write. */
    private enum Mode { CREATE, EXISTING, READ_ONLY }

    private static void checkName(Path path) throws ProjectFileException {
        if (!path.getFileName().toString().endsWith(EXTENSION)) {
            throw new ProjectFileException(Reason.BAD_NAME, path, "a project file's name must end in " + EXTENSION);
        }
    }

    private static void checkHeader(Path path) throws ProjectFileException {
        byte[] head;
        try (InputStream in = Files.newInputStream(path)) {
            head = in.readNBytes(H2_HEADER.length);
        } catch (IOException e) {
            throw new ProjectFileException(Reason.IO, path, "cannot be read: " + e.getMessage(), e);
        }
        for (int i = 0; i < H2_HEADER.length; i++) {
            if (head.length <= i || head[i] != H2_HEADER[i]) {
                throw new ProjectFileException(Reason.NOT_A_PROJECT, path, "is not a MigrationHub project file");
            }
        }
    }

    private static String url(Path path, Mode mode) {
        // IFEXISTS keeps H2 from ever creating a file on open; the trace file is not wanted
        // beside a client's project.
        String url = "jdbc:h2:" + MhubFilePath.SCHEME + ":" + path + ";TRACE_LEVEL_FILE=0;DB_CLOSE_ON_EXIT=FALSE";
        switch (mode) {
            case READ_ONLY:
                return url + ";IFEXISTS=TRUE;ACCESS_MODE_DATA=r";
            case EXISTING:
                return url + ";IFEXISTS=TRUE";
            default:
                return url;
        }
    }

    private static ProjectFile connect(Path path, Mode mode) throws ProjectFileException {
        try {
            Connection c = DriverManager.getConnection(url(path, mode), "sa", "");
            c.setAutoCommit(true);
            return new ProjectFile(path, c);
        } catch (SQLException e) {
            throw translate(path, e);
        }
    }

    private static ProjectFileException translate(Path path, SQLException e) {
        int code = e.getErrorCode();
        if (code == 90020) {
            return new ProjectFileException(Reason.IN_USE, path,
                    "is open in another MigrationHub window or process; close it there first", e);
        }
        if (code == 90049 || code == 90050) {
            return new ProjectFileException(Reason.NOT_A_PROJECT, path, "is encrypted or not a MigrationHub project file", e);
        }
        if (code == 90013 || code == 90146) {
            return new ProjectFileException(Reason.NOT_FOUND, path, "no such project file", e);
        }
        return new ProjectFileException(Reason.DAMAGED, path,
                "is damaged and cannot be opened (" + firstLine(e.getMessage()) + "); restore it from a backup", e);
    }

    /** The first line of a database message, without H2's "[code-version]" suffix. */
    static String firstLine(String s) {
        if (s == null) {
            return "unknown error";
        }
        int nl = s.indexOf('\n');
        String line = nl < 0 ? s : s.substring(0, nl);
        int bracket = line.indexOf(" [");
        return bracket > 0 ? line.substring(0, bracket) : line;
    }

    private static void migrate(Path path, Mode mode, int target) throws ProjectFileException {
        try {
            Flyway.configure(ProjectFile.class.getClassLoader())
                    .dataSource(url(path, mode), "sa", "")
                    .target(String.valueOf(target))
                    .locations("classpath:db/migration")
                    .javaMigrations(new ConnectionBlockMigration())
                    .table(HISTORY_TABLE)
                    .loggers("org.flywaydb.core.internal.logging.javautil.JavaUtilLogCreator")
                    .load()
                    .migrate();
        } catch (FlywayException e) {
            throw new ProjectFileException(Reason.DAMAGED, path,
                    "could not be brought to schema " + SCHEMA_VERSION + " (" + firstLine(e.getMessage()) + ")", e);
        }
    }

    private static void backup(Path path, int version) throws ProjectFileException {
        String stamp = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC).format(Instant.now());
        Path copy = path.resolveSibling(path.getFileName() + ".schema-" + version + "-" + stamp + ".bak");
        try {
            Files.copy(path, copy, StandardCopyOption.COPY_ATTRIBUTES);
        } catch (IOException e) {
            throw new ProjectFileException(Reason.IO, path,
                    "needs migrating, but its backup copy could not be written (" + e.getMessage() + "); nothing was changed", e);
        }
    }

    /** The schema version recorded in the file; refuses files that are not projects. */
    private int schemaVersion() throws ProjectFileException {
        try (Statement st = connection.createStatement()) {
            if (!tableExists(st, HISTORY_TABLE) || !tableExists(st, "PROJECT_SETTING")) {
                throw new ProjectFileException(Reason.NOT_A_PROJECT, path, "is an H2 database, but not a MigrationHub project");
            }
            String marker = settings().get(ProjectSettings.FORMAT).orElse(null);
            if (!FORMAT_MARKER.equals(marker)) {
                throw new ProjectFileException(Reason.NOT_A_PROJECT, path, "is an H2 database, but not a MigrationHub project");
            }
            int max = 0;
            try (ResultSet rs = st.executeQuery("SELECT \"version\" FROM \"" + HISTORY_TABLE + "\" WHERE \"success\"")) {
                while (rs.next()) {
                    String v = rs.getString(1);
                    if (v != null) {
                        max = Math.max(max, Integer.parseInt(v.split("\\.")[0]));
                    }
                }
            }
            return max;
        } catch (SQLException | NumberFormatException e) {
            throw new ProjectFileException(Reason.DAMAGED, path, "is damaged: its schema history cannot be read", e);
        }
    }

    private static boolean tableExists(Statement st, String name) throws SQLException {
        try (ResultSet rs = st.executeQuery(
                "SELECT COUNT(*) FROM INFORMATION_SCHEMA.TABLES WHERE TABLE_SCHEMA = 'PUBLIC' AND TABLE_NAME = '" + name + "'")) {
            rs.next();
            return rs.getInt(1) > 0;
        }
    }

    public Path path() {
        return path;
    }

    public ProjectSettings settings() {
        return new ProjectSettings(this);
    }

    public InventoryStore inventory() {
        return inventory;
    }

    /** The project's dependency imports, overrides, pins, move groups and wave plan. */
    public DependencyStore dependencies() {
        return new DependencyStore(this);
    }

    /** The project's assessment scenarios and 7R overrides. */
    public AssessmentStore assessments() {
        return new AssessmentStore(this);
    }

    @Override
    public ImportTransaction begin(ImportRun run) {
        return new StoreImportTransaction(this, run);
    }

    /** Whether jOOQ was set up for this session: for the tests that keep it out of opening and reporting. */
    synchronized boolean jooqStarted() {
        return dsl != null;
    }

    synchronized DSLContext dsl() {
        if (dsl == null) {
            dsl = DSL.using(connection, SQLDialect.H2, new Settings().withExecuteLogging(false));
        }
        return dsl;
    }

    Connection connection() {
        return connection;
    }

    /** Runs work in one transaction: all of it, or nothing. */
    <T> T inTransaction(SqlWork<T> work) {
        try {
            connection.setAutoCommit(false);
            try {
                T result = work.run();
                connection.commit();
                return result;
            } catch (RuntimeException | SQLException | Error e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new StoreException("the project could not be written: " + firstLine(e.getMessage()), e);
        }
    }

    /** A unit of store work that may throw SQLException. */
    @FunctionalInterface
    interface SqlWork<T> {
        T run() throws SQLException;
    }

    /** Asks for the file to be compacted when it is closed (after a large import). */
    void compactOnClose() {
        compactOnClose = true;
    }

    /**
     * Closes the project. After a large import the file is first rewritten without the space
     * H2's append-only store left behind (about five times smaller; a few seconds per 100,000
     * servers).
     */
    /**
     * A second session on this open project for one long read, such as a report's. Its large
     * results stream as they are read (H2's lazy execution): without it, H2 first copies every
     * row of a result beyond its in-memory limit (some 70,000 rows under a 512 MB heap) into a
     * temporary file and reads them back, a third of a report's reads at 100,000 servers. Being a
     * session of its own, it is not disturbed by what this project's session does meanwhile (in
     * the workbench, other views' jobs): a lazy result keeps its transaction open, and a commit
     * on the same session from another thread would end it, which is why the project's own
     * session is not lazy. Close the reader when the read is done; the project stays open.
     */
    public ProjectFile reader() throws ProjectFileException {
        try {
            Connection c = DriverManager.getConnection(url(path, Mode.EXISTING) + ";LAZY_QUERY_EXECUTION=TRUE",
                    "sa", "");
            c.setAutoCommit(true);
            return new ProjectFile(path, c);
        } catch (SQLException e) {
            throw translate(path, e);
        }
    }

    @Override
    public void close() {
        try {
            if (!connection.isClosed()) {
                if (!connection.getAutoCommit()) {
                    connection.rollback();
                }
                if (compactOnClose) {
                    try (Statement st = connection.createStatement()) {
                        st.execute("SHUTDOWN COMPACT");
                    }
                }
                connection.close();
            }
        } catch (SQLException e) {
            // closing a damaged or half-open file: nothing more to save
        }
    }
}
