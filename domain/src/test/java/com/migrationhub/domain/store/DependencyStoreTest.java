package com.migrationhub.domain.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.migrationhub.domain.dependency.Connection;
import com.migrationhub.domain.dependency.ConnectionAggregator;
import com.migrationhub.domain.dependency.IpamEntry;
import com.migrationhub.domain.model.SourceRef;
import com.migrationhub.domain.store.DependencyStore.ImportInfo;
import com.migrationhub.domain.store.DependencyStore.StoredGroup;
import com.migrationhub.domain.store.DependencyStore.StoredPlan;
import com.migrationhub.domain.store.DependencyStore.StoredWave;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Dependency imports, the address plan, overrides, pins, move groups and the wave plan in a real
 * project file: what is saved reads back equal after reopening, the same file imported again
 * replaces itself, and a failed write leaves the project as it was.
 */
class DependencyStoreTest {
    private static final OffsetDateTime AT = OffsetDateTime.of(2026, 11, 26, 9, 30, 0, 0, ZoneOffset.UTC);
    private static final Instant T0 = Instant.parse("2026-10-05T14:00:00Z");

    @TempDir
    Path dir;
    ProjectFile project;

    @BeforeEach
    void create() throws Exception {
        project = ProjectFile.create(dir.resolve("p.mhub"), "Client", "Engagement");
    }

    @AfterEach
    void close() {
        project.close();
    }

    private static Connection row(String src, String dst, int port, long row, int hour) {
        return new Connection(src, "10.0.0." + row % 200, "App", "java", dst, null, null, "postgres", port, "tcp", 1, 1,
                T0.plusSeconds(3600L * hour), T0.plusSeconds(3600L * (hour + 1)), new SourceRef("deps.csv", row));
    }

    private static ImportInfo info(String sha) {
        return new ImportInfo(0, "deps.csv", "/tmp/deps.csv", sha, "azure-migrate-deps", null, AT, 5, 1, 0);
    }

    @Test
    void anImportsAggregatedConnectionsReadBackAfterReopening() throws Exception {
        ConnectionAggregator agg = new ConnectionAggregator();
        agg.accept(row("app01", "db01", 5432, 2, 0));
        agg.accept(row("app01", "db01", 5432, 2, 5));
        agg.accept(row("app01", "db01", 5432, 2, 3));
        agg.accept(row("web01", "app01", 8443, 5, 1));
        assertThat(agg.rows()).isEqualTo(4);
        DependencyStore store = project.dependencies();
        ImportInfo saved = store.saveImport(info("a".repeat(64)), agg.connections(),
                List.of(new DependencyStore.Skip(6, "no destination name or IP")), old -> { });
        assertThat(saved.connections()).isEqualTo(2);
        Path file = project.path();
        project.close();
        project = ProjectFile.open(file);
        store = project.dependencies();
        List<Connection> back = new ArrayList<>();
        try (DependencyStore.ConnectionCursor cursor = store.connections()) {
            cursor.forEach(back::add);
        }
        assertThat(back).hasSize(2);
        Connection c = back.get(0);
        assertThat(c.sourceName()).isEqualTo("app01");
        assertThat(c.destinationProcess()).isEqualTo("postgres");
        assertThat(c.port()).isEqualTo(5432);
        assertThat(c.slots()).isEqualTo(3);
        assertThat(c.connections()).isEqualTo(3);
        assertThat(c.firstSeen()).isEqualTo(T0);
        assertThat(c.lastSeen()).isEqualTo(T0.plusSeconds(6 * 3600));
        assertThat(c.source().sheet()).isEqualTo("deps.csv");
        assertThat(c.source().row()).isEqualTo(2);
        assertThat(store.imports()).singleElement().satisfies(i -> {
            assertThat(i.format()).isEqualTo("azure-migrate-deps");
            assertThat(i.rowsRead()).isEqualTo(5);
            assertThat(i.rowsSkipped()).isEqualTo(1);
        });
        assertThat(store.skips(saved.id())).singleElement()
                .isEqualTo(new DependencyStore.Skip(6, "no destination name or IP"));
    }

    @Test
    void aCursorLeftHalfWayHoldsItsQueryUntilClosedAndAFullReadClosesIt() {
        DependencyStore store = project.dependencies();
        store.saveImport(info("e".repeat(64)), List.of(row("a", "b", 1, 2, 0), row("a", "c", 1, 3, 0)), List.of(),
                old -> { });
        try (DependencyStore.ConnectionCursor cursor = store.connections()) {
            var it = cursor.iterator();
            assertThat(it.next().destinationName()).isEqualTo("b");
            assertThat(cursor.isOpen()).isTrue();
            cursor.close();
            assertThat(cursor.isOpen()).isFalse();
        }
        try (DependencyStore.ConnectionCursor cursor = store.connections()) {
            List<Connection> all = new ArrayList<>();
            cursor.forEach(all::add);
            assertThat(all).hasSize(2);
            assertThat(cursor.isOpen()).isFalse();
            assertThatThrownBy(cursor::iterator).isInstanceOf(IllegalStateException.class);
        }
    }

    @Test
    void theSameFileImportedAgainReplacesItsEarlierImport() {
        DependencyStore store = project.dependencies();
        store.saveImport(info("b".repeat(64)), List.of(row("a", "b", 1, 2, 0), row("a", "c", 1, 3, 0)), List.of(),
                old -> { });
        store.saveImport(info("c".repeat(64)), List.of(row("x", "y", 2, 2, 0)), List.of(), old -> { });
        List<ImportInfo> replaced = new ArrayList<>();
        store.saveImport(info("b".repeat(64)), List.of(row("a", "b", 1, 2, 0)), List.of(), replaced::add);
        assertThat(replaced).singleElement().extracting(ImportInfo::sha256).isEqualTo("b".repeat(64));
        assertThat(store.imports()).hasSize(2);
        assertThat(store.connectionCount()).isEqualTo(2);
    }

    @Test
    void aFailureHalfWayThroughAnImportLeavesTheProjectAsItWas() {
        DependencyStore store = project.dependencies();
        store.saveImport(info("d".repeat(64)), List.of(row("a", "b", 1, 2, 0)), List.of(), old -> { });
        // a collection that breaks after 4,500 rows: two batches are already written by then
        List<Connection> breaking = new AbstractList<>() {
            @Override
            public Connection get(int i) {
                if (i == 4500) {
                    throw new IllegalStateException("disk full");
                }
                return row("s" + i, "t", 80, i + 2, 0);
            }

            @Override
            public int size() {
                return 10_000;
            }
        };
        // the same content as the first import: the replacement must be rolled back too
        assertThatThrownBy(() -> store.saveImport(info("d".repeat(64)), breaking, List.of(), old -> { }))
                .hasMessage("disk full");
        assertThat(store.imports()).hasSize(1);
        assertThat(store.connectionCount()).isEqualTo(1);
    }

    @Test
    void ipamOverridesAndPinsReadBack() {
        DependencyStore store = project.dependencies();
        store.saveIpam("ipam.csv", List.of(new IpamEntry("10.1.0.5", "db01.corp.local", new SourceRef("ipam.csv", 2)),
                new IpamEntry("10.1.0.6", "db02.corp.local", new SourceRef("ipam.csv", 3))));
        store.saveIpam("ipam2.csv", List.of(new IpamEntry("10.1.0.6", "db02b.corp.local", new SourceRef("ipam2.csv", 2))));
        assertThat(store.ipam()).extracting(IpamEntry::hostName).containsExactly("db01.corp.local", "db02b.corp.local");

        store.setOverride(new DependencyStore.StrengthOverride("server", "42", "SOFT", "shared file server", AT));
        store.setOverride(new DependencyStore.StrengthOverride("server", "42", "HARD", null, AT));
        assertThat(store.overrides()).singleElement().satisfies(o -> assertThat(o.strength()).isEqualTo("HARD"));
        assertThat(store.clearOverride("server", "42")).isTrue();
        assertThat(store.clearOverride("server", "42")).isFalse();

        store.pinToGroup(List.of(1L, 2L, 3L), "Payroll", AT);
        store.pinToGroup(List.of(3L), "Billing", AT);
        store.pinToWave("Payroll", 2, AT);
        store.renameGroup("payroll", "Payroll (Prod)", List.of(), AT);
        assertThat(store.groupPins()).isEqualTo(Map.of(1L, "Payroll (Prod)", 2L, "Payroll (Prod)", 3L, "Billing"));
        assertThat(store.wavePins()).isEqualTo(Map.of("Payroll (Prod)", 2));
        assertThat(store.unpin(List.of(1L, 9L))).isEqualTo(1);
    }

    @Test
    void groupsAndTheWavePlanAreReplacedWhole() {
        DependencyStore store = project.dependencies();
        store.saveGroups(List.of(new StoredGroup("Billing", "APPLICATION", "application named in the inventory",
                List.of(5L, 6L), 8, List.of("Shared DB")), new StoredGroup("Shared DB", "DEPENDENCIES", "hard links",
                List.of(7L), 4, List.of())));
        store.saveGroups(List.of(new StoredGroup("Billing", "APPLICATION", "x", List.of(5L), 2, List.of())));
        assertThat(store.groups()).singleElement().satisfies(g -> {
            assertThat(g.serverIds()).containsExactly(5L);
            assertThat(g.dependsOn()).isEmpty();
        });
        StoredPlan plan = new StoredPlan(Map.of("capacity.servers", "20", "start", "2027-01-04"), AT,
                List.of("group Big (60 servers) exceeds the capacity of 20: it has a wave of its own"),
                List.of(new StoredWave(1, "Wave 1 (pilot)", LocalDate.of(2027, 1, 4), LocalDate.of(2027, 1, 17), "pilot",
                        List.of("Billing")), new StoredWave(2, "Wave 2", LocalDate.of(2027, 1, 18),
                                LocalDate.of(2027, 1, 31), null, List.of("Big", "Shared DB"))));
        store.saveWavePlan(plan);
        store.saveWavePlan(plan);
        StoredPlan back = store.wavePlan().orElseThrow();
        assertThat(back.options()).isEqualTo(plan.options());
        assertThat(back.warnings()).isEqualTo(plan.warnings());
        assertThat(back.waves()).isEqualTo(plan.waves());
        assertThat(back.plannedAt().toInstant()).isEqualTo(AT.toInstant());
    }
}
