package com.migrationhub.connectors.prices;

import static org.assertj.core.api.Assertions.assertThat;

import com.migrationhub.domain.catalog.CatalogBuilder;
import com.migrationhub.domain.catalog.CatalogContent;
import com.migrationhub.domain.catalog.CatalogDiff;
import com.migrationhub.domain.catalog.CatalogFiles;
import com.migrationhub.domain.task.ProgressMonitor;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The catalog shipped in assets/ must be exactly what the builder makes from the public price
 * data: a hand edit, or a builder change without a rebuild, fails here.
 */
class ShippedCatalogTest {
    private static final Path SHIPPED = Path.of("../assets/src/main/resources/mhub/catalog");

    @Test
    void theShippedCatalogIsWhatTheBuilderMakes() throws IOException {
        Path prices = sharedPrices();
        Assumptions.assumeTrue(prices != null,
                "../shared/prices is absent: the shipped catalog is compared with a fresh build only beside it");
        CatalogContent built = CatalogBuilder.withInstalledParts().build(prices, ProgressMonitor.NONE);
        Map<String, byte[]> files = CatalogFiles.render(built);
        List<String> differing = new ArrayList<>();
        for (Map.Entry<String, byte[]> e : files.entrySet()) {
            Path shipped = SHIPPED.resolve(e.getKey());
            if (!Files.exists(shipped) || !java.util.Arrays.equals(Files.readAllBytes(shipped), e.getValue())) {
                differing.add(e.getKey());
            }
        }
        if (!differing.isEmpty()) {
            CatalogDiff diff = CatalogDiff.between(CatalogFiles.read(SHIPPED).normalize(), built);
            assertThat(differing).as("shipped catalog files that differ from a fresh build (run ./mhub catalog build):"
                    + " %d source, %d size, %d price, %d licence, %d disk price changes", diff.sources().size(),
                    diff.sizes().size(), diff.prices().size(), diff.licences().size(), diff.diskPrices().size())
                    .isEmpty();
        }
        assertThat(built.prices).isNotEmpty();
    }

    @Test
    void theShippedCatalogReadsFromTheClassPath() {
        CatalogContent shipped = CatalogFiles.readShipped();
        assertThat(shipped.sizes).isNotEmpty();
        assertThat(shipped.prices).isNotEmpty();
        assertThat(shipped.sources).allSatisfy(s -> assertThat(s.repository()).isNotBlank());
    }

    static Path sharedPrices() {
        for (String candidate : new String[] {"../../shared/prices", "../shared/prices"}) {
            Path p = Path.of(candidate);
            if (Files.exists(p.resolve("SOURCES.md"))) {
                return p;
            }
        }
        return null;
    }
}
