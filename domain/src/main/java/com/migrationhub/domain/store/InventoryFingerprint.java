package com.migrationhub.domain.store;

import static com.migrationhub.domain.store.jooq.Tables.CLUSTER;
import static com.migrationhub.domain.store.jooq.Tables.DATASTORE;
import static com.migrationhub.domain.store.jooq.Tables.DISK;
import static com.migrationhub.domain.store.jooq.Tables.HOST;
import static com.migrationhub.domain.store.jooq.Tables.IMPORT_RUN;
import static com.migrationhub.domain.store.jooq.Tables.NIC;
import static com.migrationhub.domain.store.jooq.Tables.SERVER;
import static com.migrationhub.domain.store.jooq.Tables.SERVER_EDIT;
import static com.migrationhub.domain.store.jooq.Tables.UTILIZATION;

import com.migrationhub.domain.inventory.InventorySummary;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Table;
import org.jooq.exception.DataAccessException;
import org.jooq.impl.DSL;

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
    static InventorySummary summary(DSLContext dsl, java.sql.Connection connection, ProjectSettings settings,
            Supplier<InventorySummary> compute) {
        String fingerprint = fingerprint(dsl);
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

    static String fingerprint(DSLContext dsl) {
        StringBuilder b = new StringBuilder("v").append(FORMAT);
        append(dsl, b, SERVER, SERVER.ID);
        append(dsl, b, DISK, DISK.ID);
        append(dsl, b, NIC, NIC.ID);
        append(dsl, b, UTILIZATION, UTILIZATION.ID);
        append(dsl, b, SERVER_EDIT, SERVER_EDIT.ID);
        append(dsl, b, IMPORT_RUN, IMPORT_RUN.ID);
        append(dsl, b, HOST, HOST.ID);
        append(dsl, b, CLUSTER, CLUSTER.ID);
        append(dsl, b, DATASTORE, DATASTORE.ID);
        return b.toString();
    }

    private static void append(DSLContext dsl, StringBuilder b, Table<?> table, Field<Long> id) {
        // two statements: H2 answers a lone COUNT(*) and a lone MAX of the key without a scan
        b.append(';').append(dsl.fetchCount(table)).append(',').append(dsl.select(DSL.max(id)).from(table).fetchOne(0));
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
