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

    @Test
    void connectionsBeyondOneBlockReadBackInTheOrderGivenImportByImport() throws Exception {
        DependencyStore store = project.dependencies();
        List<Connection> first = new ArrayList<>();
        for (int i = 0; i < 2 * ConnectionBlocks.ROWS + 17; i++) {
            first.add(row("src" + i % 300, "dst" + i, 1000 + i % 50, i + 2, i % 24));
        }
        List<Connection> second = List.of(row("x", "y", -1, 2, 0), row("x", "z", 22, 3, 1));
        ImportInfo a = store.saveImport(info("f".repeat(64)), first, List.of(), old -> { });
        ImportInfo b = store.saveImport(new ImportInfo(0, "ss.txt", "/tmp/ss.txt", "9".repeat(64), "ss", "host1", AT,
                2, 0, 0), second, List.of(), old -> { });
        assertThat(store.connectionCount()).isEqualTo(first.size() + 2L);
        Path file = project.path();
        project.close();
        project = ProjectFile.open(file);
        store = project.dependencies();
        List<Connection> back = new ArrayList<>();
        try (DependencyStore.ConnectionCursor cursor = store.connections()) {
            cursor.forEach(back::add);
        }
        assertThat(back).hasSize(first.size() + 2);
        for (int i = 0; i < first.size(); i++) {
            Connection in = first.get(i);
            Connection out = back.get(i);
            assertThat(out.destinationName()).isEqualTo(in.destinationName());
            assertThat(out.sourceIp()).isEqualTo(in.sourceIp());
            assertThat(out.firstSeen()).isEqualTo(in.firstSeen());
            assertThat(out.source()).isEqualTo(new SourceRef(a.id(), "deps.csv", i + 2, null));
        }
        // read ahead (as a report's graph reads them, on another thread): the same rows, in the same order
        List<Connection> ahead = new ArrayList<>();
        try (DependencyStore.ConnectionCursor cursor = store.connections().readAhead()) {
            assertThat(cursor.isOpen()).as("the query is closed once the blocks are read").isFalse();
            cursor.forEach(ahead::add);
        }
        assertThat(ahead).isEqualTo(back);
        Connection noPort = back.get(first.size());
        assertThat(noPort.port()).isEqualTo(-1);
        assertThat(noPort.source()).isEqualTo(new SourceRef(b.id(), "ss.txt", 2, null));
        assertThat(back.get(first.size() + 1).destinationName()).isEqualTo("z");

        assertThat(store.deleteImport(a.id())).isTrue();
        assertThat(store.connectionCount()).isEqualTo(2);
        try (var st = project.connection().createStatement();
             var rs = st.executeQuery("SELECT COUNT(*) FROM OBSERVED_CONNECTION_BLOCK")) {
            rs.next();
            assertThat(rs.getInt(1)).as("the deleted import's blocks go with it").isEqualTo(1);
        }
    }

    @Test
    void aDamagedBlockIsReportedInOneLineNamingTheFileAndTheBlock() throws Exception {
        DependencyStore store = project.dependencies();
        ImportInfo saved = store.saveImport(info("1".repeat(64)), List.of(row("a", "b", 1, 2, 0)), List.of(),
                old -> { });
        try (var ps = project.connection().prepareStatement("UPDATE OBSERVED_CONNECTION_BLOCK SET DATA = ?")) {
            ps.setBytes(1, new byte[] {1, 5, 0});
            ps.executeUpdate();
        }
        DependencyStore damaged = store;
        assertThatThrownBy(() -> {
            try (DependencyStore.ConnectionCursor cursor = damaged.connections()) {
                cursor.forEach(c -> { });
            }
        }).isInstanceOf(StoreException.class)
                .hasMessage("the dependency data in p.mhub is damaged (import " + saved.id()
                        + ", block 0): connection block ends early");
        // read ahead, the block is decoded later, without the query: the same line
        assertThatThrownBy(() -> {
            try (DependencyStore.ConnectionCursor cursor = damaged.connections().readAhead()) {
                cursor.forEach(c -> { });
            }
        }).isInstanceOf(StoreException.class)
                .hasMessage("the dependency data in p.mhub is damaged (import " + saved.id()
                        + ", block 0): connection block ends early");
    }

    @Test
    void aSchema6ProjectsConnectionsMoveIntoBlocksInTheOrderTheyWereStored() throws Exception {
        Path file = dir.resolve("v6.mhub");
        OlderSchema.write(file, 6, List.of("INSERT INTO DEPENDENCY_IMPORT (ID, FILE_NAME, FILE_PATH, SHA256, FORMAT,"
                + " IMPORTED_AT, ROWS_READ, ROWS_SKIPPED, CONNECTIONS) VALUES (1, 'deps.csv', '/tmp/deps.csv', 'aa',"
                + " 'azure-migrate-deps', TIMESTAMP WITH TIME ZONE '2026-11-01 10:00:00+00', 3, 0, 2),"
                + " (2, 'ss.txt', '/tmp/ss.txt', 'bb', 'ss', TIMESTAMP WITH TIME ZONE '2026-11-02 10:00:00+00', 1, 0, 1)",
                // stored out of import order, as a replaced import leaves them
                "INSERT INTO OBSERVED_CONNECTION (IMPORT_ID, SRC_NAME, SRC_IP, SRC_APP, SRC_PROCESS, DST_NAME,"
                + " DST_IP, DST_APP, DST_PROCESS, PORT, PROTOCOL, CONNECTIONS, SLOTS, FIRST_SEEN, LAST_SEEN, FIRST_ROW)"
                + " VALUES (2, 'h1', NULL, NULL, 'nginx', NULL, '10.9.9.9', NULL, NULL, 443, 'tcp', 1, 1, NULL, NULL, 7),"
                + " (1, 'web01', '10.0.0.1', 'Shop', 'java', 'db01', NULL, 'Shop', 'postgres', 5432, 'tcp', 12, 3,"
                + " TIMESTAMP WITH TIME ZONE '2026-10-05 14:00:00+00', TIMESTAMP WITH TIME ZONE '2026-10-05 20:00:00+00', 2),"
                + " (1, 'web01', '10.0.0.1', 'Shop', 'java', 'cache01', NULL, NULL, NULL, -1, NULL, 1, 1, NULL, NULL, 3)"));
        try (ProjectFile p = ProjectFile.open(file)) {
            DependencyStore store = p.dependencies();
            assertThat(store.connectionCount()).isEqualTo(3);
            List<Connection> back = new ArrayList<>();
            try (DependencyStore.ConnectionCursor cursor = store.connections()) {
                cursor.forEach(back::add);
            }
            assertThat(back).containsExactly(
                    new Connection("web01", "10.0.0.1", "Shop", "java", "db01", null, "Shop", "postgres", 5432, "tcp", 12,
                            3, T0, T0.plusSeconds(6 * 3600), new SourceRef(1, "deps.csv", 2, null)),
                    new Connection("web01", "10.0.0.1", "Shop", "java", "cache01", null, null, null, -1, null, 1, 1, null,
                            null, new SourceRef(1, "deps.csv", 3, null)),
                    new Connection("h1", null, null, "nginx", null, "10.9.9.9", null, null, 443, "tcp", 1, 1, null, null,
                            new SourceRef(2, "ss.txt", 7, null)));
            try (var st = p.connection().createStatement();
                 var rs = st.executeQuery("SELECT COUNT(*) FROM INFORMATION_SCHEMA.TABLES"
                         + " WHERE TABLE_NAME = 'OBSERVED_CONNECTION'")) {
                rs.next();
                assertThat(rs.getInt(1)).as("the row-per-connection table is gone").isZero();
            }
        }
    }

    @Test
    void aSchema9ProjectsGroupMembersMoveIntoTheirGroups() throws Exception {
        Path file = dir.resolve("v9.mhub");
        OlderSchema.write(file, 9, List.of("INSERT INTO MOVE_GROUP (ID, NAME, ORIGIN, REASON, SERVERS, VCPUS, DEPENDS_ON)"
                + " VALUES (4, 'Billing', 'APPLICATION', 'named', 3, 12, 'Shared DB'), (9, 'Shared DB', 'DEPENDENCIES',"
                + " 'hard', 1, 4, NULL), (11, 'Empty', 'PINNED', 'pinned', 0, 0, NULL)",
                "INSERT INTO MOVE_GROUP_MEMBER (GROUP_ID, SERVER_ID) VALUES (4, 120), (4, 7), (4, 31), (9, 5)"));
        try (ProjectFile p = ProjectFile.open(file)) {
            assertThat(p.dependencies().groups()).containsExactly(
                    new StoredGroup("Billing", "APPLICATION", "named", List.of(7L, 31L, 120L), 12, List.of("Shared DB")),
                    new StoredGroup("Empty", "PINNED", "pinned", List.of(), 0, List.of()),
                    new StoredGroup("Shared DB", "DEPENDENCIES", "hard", List.of(5L), 4, List.of()));
        }
    }

    @Test
    void aDamagedMembersListIsReportedInOneLineNamingTheGroup() throws Exception {
        DependencyStore store = project.dependencies();
        store.saveGroups(List.of(new StoredGroup("Billing", "APPLICATION", "x", List.of(3L, 1L, 2L), 2, List.of())));
        assertThat(store.groups()).singleElement().satisfies(g -> assertThat(g.serverIds()).containsExactly(1L, 2L, 3L));
        try (var st = project.connection().createStatement()) {
            st.execute("UPDATE MOVE_GROUP SET MEMBERS = '1,x2,3'");
        }
        assertThatThrownBy(store::groups).isInstanceOf(StoreException.class)
                .hasMessage("the move group 'Billing' in p.mhub is damaged: its members list holds 'x2'");
    }
}
