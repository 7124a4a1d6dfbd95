package com.migrationhub.domain.store;

import com.migrationhub.domain.dependency.Connection;
import com.migrationhub.domain.model.SourceRef;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;

/**
 * Schema 8: moves the connections of a project made before schema 7 from the row-per-connection
 * table into blocks ({@link ConnectionBlocks}), import by import and in the order they were
 * stored, which is the order they were read back before. Schema 9 then drops the old table. Runs
 * in the migration's transaction, after the project file has been backed up.
 */
final class ConnectionBlockMigration implements JavaMigration {
    @Override
    public MigrationVersion getVersion() {
        return MigrationVersion.fromVersion("8");
    }

    @Override
    public String getDescription() {
        return "connections into blocks";
    }

    @Override
    public Integer getChecksum() {
        return null;
    }

    @Override
    public boolean canExecuteInTransaction() {
        return true;
    }

    @Override
    public void migrate(Context context) throws SQLException {
        move(context.getConnection());
    }

    static void move(java.sql.Connection db) throws SQLException {
        // _ROWID_ is the order the rows were inserted, the order the store read them back in
        try (Statement st = db.createStatement()) {
            st.setFetchSize(5000);
            try (ResultSet rs = st.executeQuery("SELECT IMPORT_ID, SRC_NAME, SRC_IP, SRC_APP, SRC_PROCESS, DST_NAME,"
                    + " DST_IP, DST_APP, DST_PROCESS, PORT, PROTOCOL, CONNECTIONS, SLOTS, FIRST_SEEN, LAST_SEEN, FIRST_ROW"
                    + " FROM OBSERVED_CONNECTION ORDER BY IMPORT_ID, _ROWID_")) {
                List<Connection> rows = new ArrayList<>();
                long current = -1;
                while (rs.next()) {
                    long importId = rs.getLong(1);
                    if (importId != current && !rows.isEmpty()) {
                        DependencyStore.writeBlocks(db, current, rows);
                        rows.clear();
                    }
                    current = importId;
                    rows.add(new Connection(rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                            rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9), rs.getInt(10),
                            rs.getString(11), rs.getLong(12), rs.getLong(13), instant(rs, 14), instant(rs, 15),
                            new SourceRef(importId, null, rs.getLong(16), null)));
                }
                if (!rows.isEmpty()) {
                    DependencyStore.writeBlocks(db, current, rows);
                }
            }
        }
    }

    private static Instant instant(ResultSet rs, int i) throws SQLException {
        OffsetDateTime t = rs.getObject(i, OffsetDateTime.class);
        return t == null ? null : t.toInstant();
    }
}
