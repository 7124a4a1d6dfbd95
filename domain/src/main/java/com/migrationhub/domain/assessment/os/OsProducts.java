package com.migrationhub.domain.assessment.os;

import com.migrationhub.domain.assessment.RuleFiles;
import com.migrationhub.domain.assessment.RulesException;
import com.migrationhub.domain.model.OperatingSystem;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The operating-system products the assessment knows, read from {@value #FILE}: which normalized
 * distribution is which lifecycle product, how its versions name cycles, and the vendor's words
 * for its support phases. Lookups are a hash by distribution; immutable once read.
 */
public final class OsProducts {
    public static final String FILE = "os-products.tsv";

    private final List<OsProduct> products;
    private final Map<String, List<OsProduct>> byDistribution = new HashMap<>();

    public OsProducts(List<OsProduct> products) {
        this.products = List.copyOf(products);
        for (OsProduct p : this.products) {
            byDistribution.computeIfAbsent(p.distribution().toLowerCase(Locale.ROOT), k -> new ArrayList<>()).add(p);
        }
    }

    /** The products shipped with the workbench (the assets module on the class path). */
    public static OsProducts readShipped() {
        try (InputStream in = RuleFiles.openShipped(FILE)) {
            return read(in, FILE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads a products file; errors name the file, the line and the bad text. */
    public static OsProducts read(InputStream in, String file) {
        List<OsProduct> list = new ArrayList<>();
        for (RuleFiles.Row r : RuleFiles.table(in, file, "distribution", "raw_contains", "product", "cycle_scheme",
                "support_term", "extended_term", "upgrade_from")) {
            CycleScheme scheme;
            try {
                scheme = CycleScheme.parse(r.required("cycle_scheme"));
            } catch (IllegalArgumentException e) {
                throw r.problem(e.getMessage());
            }
            list.add(new OsProduct(r.required("distribution"), r.text("raw_contains").toLowerCase(Locale.ROOT),
                    r.required("product"), scheme, r.required("support_term"), r.text("extended_term"),
                    r.text("upgrade_from").toLowerCase(Locale.ROOT)));
        }
        if (list.isEmpty()) {
            throw new RulesException(file, 0, "no products");
        }
        return new OsProducts(list);
    }

    public List<OsProduct> all() {
        return products;
    }

    /** The product of an operating system, or null when its distribution is not one the file names. */
    public OsProduct find(OperatingSystem os) {
        if (os == null || os.distribution() == null) {
            return null;
        }
        List<OsProduct> rows = byDistribution.get(os.distribution().toLowerCase(Locale.ROOT));
        if (rows == null) {
            return null;
        }
        String raw = null;
        for (OsProduct p : rows) {
            if (p.rawContains().isEmpty()) {
                return p;
            }
            if (raw == null) {
                raw = os.raw() == null ? "" : os.raw().toLowerCase(Locale.ROOT);
            }
            if (raw.contains(p.rawContains())) {
                return p;
            }
        }
        return null;
    }
}
