package com.migrationhub.connectors.prices.gcp;

import com.migrationhub.domain.catalog.CatalogBuildException;
import java.io.BufferedReader;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * machinetyperegion.csv: where each machine type is offered, as {@code gcloud compute
 * machine-types list} reports it per zone, folded to regions. Also the API's own vCPU count and
 * shared-core flag, which pricing.yml replaces by the billed fraction of a core for shared-core
 * types (e2-micro: 0.25 in pricing.yml, 2 vCPUs in the API).
 */
final class MachineTypeRegions {
    static final String FILE = "gcp/machinetyperegion.csv";

    /** One machine type as the API lists it. */
    record Spec(int vcpus, boolean sharedCore, BigDecimal memoryGb, boolean deprecated) {
    }

    private final Map<String, Spec> specs = new HashMap<>();
    private final Map<String, Set<String>> regionsByType = new HashMap<>();
    private final Map<String, Set<String>> regionsByFamily = new HashMap<>();

    static MachineTypeRegions read(Path path) throws IOException {
        MachineTypeRegions m = new MachineTypeRegions();
        try (BufferedReader r = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
            String header = r.readLine();
            if (header == null || !header.strip().equals("NAME;CPUS;SHARED_CPU;MEMORY_GB;DEPRECATED;ZONE")) {
                throw new CatalogBuildException(FILE + ": unexpected header '" + header
                        + "' (want NAME;CPUS;SHARED_CPU;MEMORY_GB;DEPRECATED;ZONE)");
            }
            String line;
            int number = 1;
            while ((line = r.readLine()) != null) {
                number++;
                if (line.isBlank()) {
                    continue;
                }
                String[] v = line.strip().split(";", -1);
                if (v.length != 6) {
                    throw new CatalogBuildException(FILE + ", line " + number + ": " + v.length + " fields, want 6");
                }
                try {
                    // DEPRECATED or OBSOLETE: no longer offered for new VMs
                    Spec spec = new Spec(Integer.parseInt(v[1]), Boolean.parseBoolean(v[2]), new BigDecimal(v[3]),
                            !v[4].isBlank());
                    m.specs.merge(v[0], spec, (a, b) -> new Spec(a.vcpus, a.sharedCore, a.memoryGb,
                            a.deprecated && b.deprecated));
                } catch (NumberFormatException e) {
                    throw new CatalogBuildException(FILE + ", line " + number + ": CPUS or MEMORY_GB is not a number");
                }
                // the column is named ZONE but holds the region
                m.regionsByType.computeIfAbsent(v[0], k -> new TreeSet<>()).add(v[5]);
                m.regionsByFamily.computeIfAbsent(GcpMachineFamilies.familyOf(v[0]), k -> new TreeSet<>()).add(v[5]);
            }
        }
        return m;
    }

    Spec spec(String machineType) {
        return specs.get(machineType);
    }

    /**
     * The regions offering a machine type; for a type the list lacks (custom shapes, a type newer
     * than the list), those offering any type of its family; null when the family is unknown too.
     */
    Set<String> regions(String machineType, String family) {
        Set<String> r = regionsByType.get(machineType);
        return r != null ? r : regionsByFamily.get(family);
    }
}
