package com.migrationhub.connectors.prices.reference;

import static org.assertj.core.api.Assertions.assertThat;

import com.migrationhub.domain.catalog.CatalogContent;
import com.migrationhub.domain.catalog.CatalogFiles;
import com.migrationhub.domain.catalog.CatalogSource;
import com.migrationhub.domain.catalog.FxRate;
import com.migrationhub.domain.catalog.OsLifecycle;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Builds the reference part from the real shared data and pins published dates and rates. */
class ReferenceCatalogPartTest {
    private static Path prices;
    private static CatalogContent content;

    @BeforeAll
    static void build() throws IOException {
        prices = sharedPrices();
        Assumptions.assumeTrue(prices != null,
                "../shared/prices is absent: the reference catalog part is tested only beside the shared price data");
        long start = System.nanoTime();
        content = new ReferenceCatalogPart().build(prices);
        long millis = (System.nanoTime() - start) / 1_000_000;
        System.out.printf("reference part: %d ms; %d lifecycles in %d products, %d fx rates%n", millis,
                content.lifecycles.size(), content.lifecycles.stream().map(OsLifecycle::product).distinct().count(),
                content.fxRates.size());
    }

    /** Maven runs the tests in connectors/; the IDE may run them in the checkout's root. */
    static Path sharedPrices() {
        for (String candidate : new String[] {"../../shared/prices", "../shared/prices"}) {
            Path p = Path.of(candidate);
            if (Files.isDirectory(p.resolve("os-lifecycle"))) {
                return p;
            }
        }
        return null;
    }

    private static OsLifecycle cycle(String product, String cycle) {
        return content.lifecycles.stream().filter(l -> l.product().equals(product) && l.cycle().equals(cycle))
                .findFirst().orElseThrow();
    }

    private static String rate(String currency, String month) {
        return content.fxRates.stream().filter(f -> f.currency().equals(currency) && f.month().equals(month))
                .findFirst().orElseThrow().perUsd();
    }

    @Test
    void windowsServer2012R2() {
        OsLifecycle w = cycle("windows-server", "2012-r2");
        assertThat(w.label()).isEqualTo("Windows Server 2012 R2");
        assertThat(w.release()).isEqualTo(LocalDate.of(2013, 11, 25));
        assertThat(w.supportEnd()).isEqualTo(LocalDate.of(2018, 10, 9));
        assertThat(w.eol()).isEqualTo(LocalDate.of(2023, 10, 10));
        assertThat(w.extendedEnd()).isEqualTo(LocalDate.of(2026, 10, 13));
        assertThat(w.source()).isEqualTo("reference.endoflife-date");
        assertThat(cycle("windows-server", "2022").label()).isEqualTo("Windows Server 2022");
    }

    @Test
    void rhel7() {
        OsLifecycle r = cycle("rhel", "7");
        assertThat(r.label()).isEqualTo("Red Hat Enterprise Linux 7");
        assertThat(r.release()).isEqualTo(LocalDate.of(2014, 6, 10));
        assertThat(r.supportEnd()).isEqualTo(LocalDate.of(2019, 8, 6));
        assertThat(r.eol()).isEqualTo(LocalDate.of(2024, 6, 30));
        assertThat(r.extendedEnd()).isEqualTo(LocalDate.of(2029, 5, 31));
    }

    @Test
    void labelsBooleansAndMissingPhases() {
        assertThat(cycle("ubuntu", "22.04").label()).isEqualTo("Ubuntu 22.04 'Jammy Jellyfish'");
        assertThat(cycle("mssqlserver", "16.0").label()).isEqualTo("Microsoft SQL Server 2022 'Dallas'");
        // eol: false and eoes: false, no end announced
        OsLifecycle ol10 = cycle("oracle-linux", "10");
        assertThat(ol10.eol()).isNull();
        assertThat(ol10.extendedEnd()).isNull();
        assertThat(ol10.release()).isEqualTo(LocalDate.of(2025, 6, 26));
        // SLES has no separate end of active support
        assertThat(cycle("sles", "15.7").supportEnd()).isNull();

        assertThat(content.lifecycles.stream().map(OsLifecycle::product).collect(Collectors.toSet()))
                .hasSize(14).contains("windows-server", "rhel", "sles", "ubuntu", "mssqlserver", "centos");
        Set<String> keys = content.lifecycles.stream().map(l -> l.product() + "|" + l.cycle())
                .collect(Collectors.toSet());
        assertThat(keys).hasSameSizeAs(content.lifecycles);
        assertThat(content.lifecycles).allMatch(l -> l.release() != null && !l.label().isBlank());
    }

    @Test
    void labelPlaceholders() {
        assertThat(EndOfLifeFile.label("Leap __RELEASE_CYCLE__", "15.6", null, "openSUSE")).isEqualTo("Leap 15.6");
        assertThat(EndOfLifeFile.label(null, "9", null, "Rocky Linux")).isEqualTo("Rocky Linux 9");
        assertThat(EndOfLifeFile.label("__RELEASE_CYCLE__ (__CODENAME__)", "12", null, "Debian"))
                .isEqualTo("Debian 12");
    }

    @Test
    void euroAndPoundPerDollar() {
        assertThat(rate("EUR", "2026-06")).isEqualTo("0.8684");
        assertThat(rate("GBP", "2026-06")).isEqualTo("0.7497");
        assertThat(rate("EUR", "1999-01")).isEqualTo("0.8627");
        assertThat(rate("GBP", "1971-01")).isEqualTo("0.4157");
        assertThat(content.fxRates).extracting(FxRate::currency).containsOnly("EUR", "GBP");
        Map<String, Long> perCurrency = content.fxRates.stream()
                .collect(Collectors.groupingBy(FxRate::currency, Collectors.counting()));
        assertThat(perCurrency).containsEntry("EUR", 330L).containsEntry("GBP", 666L);
        assertThat(content.fxRates).allMatch(f -> f.source().equals("reference.fx-monthly"));
    }

    @Test
    void sources() {
        Map<String, CatalogSource> byId = content.sources.stream()
                .collect(Collectors.toMap(CatalogSource::id, s -> s));
        assertThat(byId.get("reference.endoflife-date").commit()).isEqualTo("a70eca33");
        assertThat(byId.get("reference.endoflife-date").licence()).isEqualTo("MIT");
        assertThat(byId.get("reference.endoflife-date").dataDate()).isEqualTo("2026-08-22");
        assertThat(byId.get("reference.fx-monthly").file()).isEqualTo("fx/monthly.csv");
        assertThat(byId.get("reference.fx-monthly").commit()).isEqualTo("20192adf");
        assertThat(content.derivations).allMatch(d -> d.id().startsWith("reference."));
    }

    @Test
    void buildingTwiceGivesTheSameFiles() throws IOException {
        Map<String, byte[]> first = CatalogFiles.render(new ReferenceCatalogPart().build(prices));
        Map<String, byte[]> second = CatalogFiles.render(new ReferenceCatalogPart().build(prices));
        first.forEach((name, bytes) -> assertThat(second.get(name)).as(name).isEqualTo(bytes));
    }
}
