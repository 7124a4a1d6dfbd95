package com.migrationhub.domain.store;

import com.migrationhub.domain.inventory.InventorySummary;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.jooq.exception.DataAccessException;

/**
 * Keeps the inventory's summary so that opening a large project shows its totals at once: the
 * summary takes several passes over the server table (seconds at 100,000 servers), while its
 * fingerprint takes a few index lookups. The fingerprint is the row count and the highest id of
 * every table the summary reads, plus the edit log's: every write to the inventory either adds an
 * import run or an edit record (deletes, restores and edits included), or removes the newest edit
 * record when undone, which brings back the state, and the fingerprint, from before that edit.
 * The summary is kept in the project's settings under {@value #KEY}, which
 * {@link ProjectSettings#all()} does not list.
 */
final class InventoryFingerprint {
    static final String KEY = ProjectSettings.DERIVED_PREFIX + "inventory-summary";
    private static final int FORMAT = 1;

    private InventoryFingerprint() {
    }

    /** The summary from the cache when the inventory has not changed since; else computed and kept. */
    static InventorySummary summary(java.sql.Connection connection, ProjectSettings settings,
            Supplier<InventorySummary> compute) throws SQLException {
        String fingerprint = fingerprint(connection);
        String kept = settings.get(KEY).orElse("");
        if (kept.startsWith(fingerprint + "|")) {
            InventorySummary s = decode(kept.substring(fingerprint.length() + 1));
            if (s != null) {
                return s;
            }
        }
        InventorySummary s = compute.get();
        try {
            settings.putDerived(connection, KEY, fingerprint + "|" + encode(s));
        } catch (DataAccessException e) {
            // a project opened read-only: the summary is right, only not kept
        }
        return s;
    }

    static String fingerprint(java.sql.Connection connection) throws SQLException {
        StringBuilder b = new StringBuilder("v").append(FORMAT);
        for (String table : TABLES) {
            // two statements: H2 answers a lone COUNT(*) and a lone MAX of the key without a scan
            b.append(';').append(one(connection, "SELECT COUNT(*) FROM " + table)).append(',')
                    .append(one(connection, "SELECT MAX(ID) FROM " + table));
        }
        return b.toString();
    }

    /** The tables the summary reads, and the edit log. */
    private static final String[] TABLES = {"SERVER", "DISK", "NIC", "UTILIZATION", "SERVER_EDIT", "IMPORT_RUN",
        "HOST", "CLUSTER", "DATASTORE"};

    /** A query's one value ("null" when it has none), as the fingerprint writes it. */
    private static String one(java.sql.Connection connection, String sql) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
            rs.next();
            return String.valueOf(rs.getObject(1));
        }
    }

    static String encode(InventorySummary s) {
        StringBuilder b = new StringBuilder();
        long[] n = {s.servers(), s.templates(), s.vcpus(), s.memoryMiB(), s.provisionedMiB(), s.inUseMiB(),
            s.poweredOn(), s.poweredOff(), s.suspended(), s.deleted(), s.disks(), s.nics(), s.hosts(), s.clusters(),
            s.datastores(), s.imports(), s.serversWithUtilization()};
        for (long v : n) {
            b.append(v).append(',');
        }
        for (Map.Entry<String, Long> e : s.osFamilies().entrySet()) {
            b.append('|').append(e.getKey()).append('=').append(e.getValue());
        }
        return b.toString();
    }

    static InventorySummary decode(String text) {
        try {
            String[] parts = text.split("\\|", -1);
            String[] nums = parts[0].split(",");
            long[] n = new long[17];
            for (int i = 0; i < n.length; i++) {
                n[i] = Long.parseLong(nums[i]);
            }
            Map<String, Long> families = new LinkedHashMap<>();
            for (int i = 1; i < parts.length; i++) {
                int eq = parts[i].lastIndexOf('=');
                families.put(parts[i].substring(0, eq), Long.parseLong(parts[i].substring(eq + 1)));
            }
            return new InventorySummary(n[0], n[1], n[2], n[3], n[4], n[5], n[6], n[7], n[8], n[9], n[10], n[11],
                    n[12], n[13], n[14], n[15], n[16], families);
        } catch (RuntimeException e) {
            return null;
        }
    }
}
