package com.migrationhub.domain.assessment.readiness;

import com.migrationhub.domain.assessment.RuleFiles;
import com.migrationhub.domain.assessment.RulesException;
import com.migrationhub.domain.assessment.os.OsVersion;
import com.migrationhub.domain.catalog.Cloud;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Which operating-system versions each cloud supports for a migrated server, read from
 * {@value #FILE}: per cloud and product, ranges starting at a version, each supported,
 * conditional or unsupported with a note and its public source. Immutable; a lookup is a hash
 * probe and a scan of the product's few rows.
 */
public final class OsSupportMatrix {
    public static final String FILE = "os-support.tsv";

    public enum Status {
        SUPPORTED, CONDITIONAL, UNSUPPORTED
    }

    /** One row: from {@code fromVersion} up to the next row's version. */
    public record Entry(Cloud cloud, String product, String fromVersion, Status status, String note, String source) {
        int[] from() {
            return OsVersion.parts(fromVersion);
        }
    }

    private final Map<String, List<Entry>> rows = new HashMap<>();
    private final Map<String, int[][]> starts = new HashMap<>();

    public OsSupportMatrix(List<Entry> entries) {
        for (Entry e : entries) {
            rows.computeIfAbsent(key(e.cloud(), e.product()), k -> new ArrayList<>()).add(e);
        }
        for (Map.Entry<String, List<Entry>> e : rows.entrySet()) {
            List<Entry> list = e.getValue();
            list.sort(Comparator.comparing(Entry::from, OsVersion::compare));
            e.setValue(Collections.unmodifiableList(list));
            int[][] s = new int[list.size()][];
            for (int i = 0; i < s.length; i++) {
                s[i] = list.get(i).from();
            }
            starts.put(e.getKey(), s);
        }
    }

    public static OsSupportMatrix readShipped() {
        try (InputStream in = RuleFiles.openShipped(FILE)) {
            return read(in, FILE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads a support matrix; errors name the file, the line and the bad text. */
    public static OsSupportMatrix read(InputStream in, String file) {
        List<Entry> entries = new ArrayList<>();
        for (RuleFiles.Row r : RuleFiles.table(in, file, "cloud", "product", "from_version", "status", "note", "source")) {
            Cloud cloud;
            try {
                cloud = Cloud.parse(r.required("cloud"));
            } catch (IllegalArgumentException e) {
                throw r.problem(e.getMessage());
            }
            Status status;
            try {
                status = Status.valueOf(r.required("status").toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw r.problem("unknown status '" + r.text("status") + "': use supported, conditional or unsupported");
            }
            String from = r.required("from_version");
            if (OsVersion.parts(from).length == 0) {
                throw r.problem("from_version '" + from + "' has no number");
            }
            if (status != Status.SUPPORTED && r.text("note").isEmpty()) {
                throw r.problem("a " + status.name().toLowerCase(Locale.ROOT) + " row needs a note saying why");
            }
            entries.add(new Entry(cloud, r.required("product"), from, status, r.text("note"), r.required("source")));
        }
        if (entries.isEmpty()) {
            throw new RulesException(file, 0, "no rows");
        }
        return new OsSupportMatrix(entries);
    }

    /** The rows of a cloud and product, lowest version first; empty when the matrix has none. */
    public List<Entry> rows(Cloud cloud, String product) {
        List<Entry> l = rows.get(key(cloud, product));
        return l == null ? List.of() : l;
    }

    /**
     * The row covering a version, or null when the version is below every row (or the matrix has no
     * row for the product).
     */
    public Entry find(Cloud cloud, String product, int[] version) {
        String key = key(cloud, product);
        int[][] s = starts.get(key);
        if (s == null) {
            return null;
        }
        int found = -1;
        for (int i = 0; i < s.length; i++) {
            if (OsVersion.compare(version, s[i]) >= 0) {
                found = i;
            }
        }
        return found < 0 ? null : rows.get(key).get(found);
    }

    private static String key(Cloud cloud, String product) {
        return cloud.id() + "/" + product;
    }
}
