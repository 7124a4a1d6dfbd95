package com.migrationhub.domain.assessment.os;

import static com.migrationhub.domain.assessment.Fixtures.ON;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.migrationhub.domain.assessment.Fixtures;
import com.migrationhub.domain.assessment.RulesException;
import com.migrationhub.domain.catalog.OsLifecycle;
import com.migrationhub.domain.inventory.OsNormalizer;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OsLifecycleMatcherTest {
    private final OsLifecycleMatcher matcher = new OsLifecycleMatcher(OsProducts.readShipped(), Fixtures.lifecycles());

    private OsSupport support(String os) {
        return matcher.support(OsNormalizer.normalize(os), ON);
    }

    @Test
    void windowsServer2008R2IsOutOfSupportWithItsDates() {
        OsSupport s = support("Microsoft Windows Server 2008 R2 (64-bit)");

        assertThat(s.cycle().cycle()).isEqualTo("2008-r2-sp1");
        assertThat(s.phase()).isEqualTo(SupportPhase.ENDED);
        assertThat(s.describe()).isEqualTo("Windows Server 2008 R2 left extended support on 2020-01-14; "
                + "its Extended Security Updates (ESU) ended on 2023-01-10");
        assertThat(s.noUpgradePath()).as("2008 R2 upgrades in place to 2012 R2").isFalse();
    }

    @Test
    void windowsServer2012R2IsInItsLastMonthsOfEsu() {
        OsSupport s = support("Microsoft Windows Server 2012 R2 (64-bit)");

        assertThat(s.phase()).isEqualTo(SupportPhase.EXTENDED);
        assertThat(s.nextEnd()).isEqualTo(LocalDate.of(2026, 10, 13));
        assertThat(s.describe()).isEqualTo("Windows Server 2012 R2 left extended support on 2023-10-10; "
                + "only Extended Security Updates (ESU) until 2026-10-13");
    }

    @Test
    void windowsServer2003WithoutServicePackIsTakenAsSp2AndSaysSo() {
        OsSupport s = support("Microsoft Windows Server 2003 Standard (32-bit)");

        assertThat(s.cycle().cycle()).isEqualTo("2003-sp2");
        assertThat(s.assumption()).isEqualTo("service pack not given: taken as cycle 2003-sp2");
        assertThat(s.describe()).endsWith("left extended support on 2015-07-14 (service pack not given: taken as cycle 2003-sp2)");
        assertThat(s.noUpgradePath()).isTrue();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Microsoft Windows Server 2019 (64-bit)|windows-server|2019|MAINTENANCE|2029-01-09",
        "Microsoft Windows Server 2016 (64-bit)|windows-server|2016|MAINTENANCE|2027-01-12",
        "Red Hat Enterprise Linux 7 (64-bit)|rhel|7|EXTENDED|2029-05-31",
        "Red Hat Enterprise Linux 9.4|rhel|9|ACTIVE|2032-05-31",
        "Ubuntu 22.04.3 LTS|ubuntu|22.04|MAINTENANCE|2027-04-01",
        "CentOS 7 (64-bit)|centos|7|ENDED|",
        "SUSE Linux Enterprise Server 15 SP4 (64-bit)|sles|15.4|EXTENDED|2026-12-31",
        "Debian GNU/Linux 12 (64-bit)|debian|12|EXTENDED|2028-06-30",
    })
    void mapsInventorySpellingsToCycles(String raw, String product, String cycle, SupportPhase phase, LocalDate next) {
        OsSupport s = support(raw);

        assertThat(s.product().product()).isEqualTo(product);
        assertThat(s.cycle().cycle()).isEqualTo(cycle);
        assertThat(s.phase()).isEqualTo(phase);
        assertThat(s.nextEnd()).isEqualTo(next);
    }

    @Test
    void slesWithoutServicePackIsTakenAsTheLatestOfItsMajor() {
        OsSupport s = support("SUSE Linux Enterprise 12 (64-bit)");

        assertThat(s.cycle().cycle()).isEqualTo("12.5");
        assertThat(s.assumption()).isEqualTo("service pack not given: taken as the latest, 12.5");
        assertThat(s.phase()).isEqualTo(SupportPhase.EXTENDED);
    }

    @Test
    void unknownAndVersionlessSystemsHaveNoCycle() {
        assertThat(support("Other 3.x or later Linux (64-bit)").recognized()).isFalse();
        assertThat(support("Other 3.x or later Linux (64-bit)").describe())
                .isEqualTo("operating system not recognized: 'Other 3.x or later Linux (64-bit)'");
        OsSupport ubuntu = support("Ubuntu Linux (64-bit)");
        assertThat(ubuntu.recognized()).isTrue();
        assertThat(ubuntu.phase()).isEqualTo(SupportPhase.UNKNOWN);
        assertThat(ubuntu.describe()).isEqualTo("Ubuntu: version not given, no lifecycle dates");
    }

    @Test
    void phaseBoundariesAreInclusiveOfTheEndDate() {
        OsLifecycle c = new OsLifecycle("rhel", "7", null, null, LocalDate.of(2019, 8, 6), LocalDate.of(2024, 6, 30),
                LocalDate.of(2029, 5, 31), "test");
        assertThat(OsLifecycleMatcher.phase(c, LocalDate.of(2019, 8, 6))).isEqualTo(SupportPhase.ACTIVE);
        assertThat(OsLifecycleMatcher.phase(c, LocalDate.of(2019, 8, 7))).isEqualTo(SupportPhase.MAINTENANCE);
        assertThat(OsLifecycleMatcher.phase(c, LocalDate.of(2024, 6, 30))).isEqualTo(SupportPhase.MAINTENANCE);
        assertThat(OsLifecycleMatcher.phase(c, LocalDate.of(2024, 7, 1))).isEqualTo(SupportPhase.EXTENDED);
        assertThat(OsLifecycleMatcher.phase(c, LocalDate.of(2029, 6, 1))).isEqualTo(SupportPhase.ENDED);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Microsoft Windows Server 2008 (64-bit)|true",
        "Microsoft Windows Server 2008 R2 (64-bit)|false",
        "Red Hat Enterprise Linux 5 (64-bit)|true",
        "Red Hat Enterprise Linux 6 (64-bit)|false",
        "Red Hat Enterprise Linux 6 (32-bit)|true",
        "Oracle Solaris 11 (64-bit)|true",
        "Ubuntu 22.04|false",
    })
    void knowsWhichSystemsHaveNoUpgradePath(String raw, boolean none) {
        assertThat(support(raw).noUpgradePath()).isEqualTo(none);
    }

    @Test
    void theBuiltInTestRowsMatchEndOfLifeDateFiles() throws Exception {
        assumeTrue(Fixtures.endOfLifeFilesPresent(),
                "endoflife.date files not found at " + Fixtures.ENDOFLIFE + ": cross-check skipped");
        Map<String, OsLifecycle> real = Fixtures.readEndOfLifeFiles().stream()
                .collect(Collectors.toMap(l -> l.product() + "/" + l.cycle(), Function.identity()));
        for (OsLifecycle mine : Fixtures.lifecycles()) {
            OsLifecycle file = real.get(mine.product() + "/" + mine.cycle());
            assertThat(file).as(mine.product() + " " + mine.cycle()).isNotNull();
            assertThat(List.of(String.valueOf(file.release()), String.valueOf(file.supportEnd()), String.valueOf(file.eol()),
                    String.valueOf(file.extendedEnd())))
                    .as(mine.product() + " " + mine.cycle())
                    .containsExactly(String.valueOf(mine.release()), String.valueOf(mine.supportEnd()),
                            String.valueOf(mine.eol()), String.valueOf(mine.extendedEnd()));
        }
    }

    @Test
    void everyShippedProductWithADateFileFindsItsCyclesThere() throws Exception {
        assumeTrue(Fixtures.endOfLifeFilesPresent(),
                "endoflife.date files not found at " + Fixtures.ENDOFLIFE + ": real-data check skipped");
        OsLifecycleMatcher real = new OsLifecycleMatcher(OsProducts.readShipped(), Fixtures.readEndOfLifeFiles());
        for (String os : List.of("Microsoft Windows Server 2012 R2 (64-bit)", "Microsoft Windows Server 2022 (64-bit)",
                "Red Hat Enterprise Linux 8 (64-bit)", "CentOS 7 (64-bit)", "CentOS Stream 9", "Ubuntu 20.04.6 LTS",
                "SUSE Linux Enterprise 15 (64-bit)", "Debian GNU/Linux 11 (64-bit)", "Oracle Linux 8 (64-bit)",
                "Rocky Linux 9.3", "AlmaLinux 8.9", "Amazon Linux 2")) {
            OsSupport s = real.support(OsNormalizer.normalize(os), ON);
            assertThat(s.cycle()).as(os).isNotNull();
            assertThat(s.phase()).as(os).isNotEqualTo(SupportPhase.UNKNOWN);
        }
        assertThat(real.support(OsNormalizer.normalize("Microsoft Windows Server 2008 R2 (64-bit)"), ON).describe())
                .isEqualTo("Windows Server 2008 R2 left extended support on 2020-01-14; "
                        + "its Extended Security Updates (ESU) ended on 2023-01-10");
    }

    @Test
    void aBadProductsFileNamesFileAndLine() {
        String file = "distribution\traw_contains\tproduct\tcycle_scheme\tsupport_term\textended_term\tupgrade_from\n"
                + "Ubuntu\t-\tubuntu\tmajor.minor\tsupport\t-\t-\n"
                + "Debian\t-\tdebian\tyearly\tsupport\t-\t-\n";
        assertThatThrownBy(() -> OsProducts.read(new ByteArrayInputStream(file.getBytes(StandardCharsets.UTF_8)), "p.tsv"))
                .isInstanceOf(RulesException.class)
                .hasMessage("p.tsv, line 3: unknown cycle scheme 'yearly': use windows, major, major.minor or "
                        + "service-pack in \"Debian - debian yearly support - -\"");
    }
}
