package com.migrationhub.app.ui.inventory;

import static org.assertj.core.api.Assertions.assertThat;

import com.migrationhub.app.ui.Fixtures;
import com.migrationhub.app.ui.task.DirectTaskRunner;
import com.migrationhub.app.ui.task.LatestOnly;
import com.migrationhub.app.ui.task.TaskList;
import com.migrationhub.domain.inventory.ServerFilter;
import com.migrationhub.domain.model.OsFamily;
import com.migrationhub.domain.model.PowerState;
import com.migrationhub.domain.model.Server;
import com.migrationhub.domain.store.InventoryStore;
import com.migrationhub.domain.store.ProjectFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The inventory's view model over the sample engagement, with every job and filter run on the calling thread. */
class InventoryViewModelTest {
    @TempDir
    Path dir;

    private Fixtures.TestContext test;
    private InventoryViewModel model;
    private Path project;

    @BeforeEach
    void open() throws Exception {
        test = Fixtures.context(Files.createDirectories(dir.resolve("settings")), new TaskList(), new DirectTaskRunner());
        model = new InventoryViewModel(test.context(), LatestOnly.direct(), LatestOnly.direct());
        project = Fixtures.sampleProject(Files.createDirectories(dir.resolve("p")));
        test.context().session().setProject(ProjectFile.open(project));
    }

    @AfterEach
    void close() {
        test.context().session().close();
    }

    private InventoryStore store() {
        return test.context().session().project().inventory();
    }

    private static List<Long> ids(List<?> rows) {
        List<Long> ids = new ArrayList<>();
        for (Object o : rows) {
            ids.add(o instanceof ServerRow r ? r.id() : ((Server) o).id);
        }
        return ids;
    }

    private ServerRow row(long id) {
        return model.rows().stream().filter(r -> r.id() == id).findFirst().orElseThrow();
    }

    @Test
    void loadsEveryServerAndListsWhatTheCommandLineListsInTheSameOrder() {
        assertThat(model.loadedProperty().get()).isTrue();
        assertThat(model.loadedCountProperty().get()).isEqualTo((int) store().count(ServerFilter.EVERY));
        List<Server> cli = store().servers(ServerFilter.ALL);
        assertThat(cli).hasSizeGreaterThan(50);
        assertThat(ids(model.rows())).isEqualTo(ids(cli));
        assertThat(model.inScopeProperty().get()).isEqualTo(cli.size());
        assertThat(model.countText().get()).isEqualTo(String.format(Locale.US, "%,d of %,d servers, 0 selected",
                cli.size(), cli.size()));
        assertThat(test.problems()).isEmpty();
    }

    @Test
    void theQuickFilterFindsWhatTheCommandLineFindsAndMatchesTheOtherColumnsToo() {
        List<Server> every = store().servers(ServerFilter.ALL);
        for (String text : List.of("sql", "WEB", "10.64", "linux", "windows server 2019", "prod", "xyz-no-such")) {
            model.filterTextProperty().set(text);
            List<Long> shown = ids(model.rows());
            // every server `mhub inventory --filter` finds (one word) is shown ...
            if (!text.contains(" ")) {
                assertThat(shown).as(text).containsAll(ids(store().servers(new ServerFilter(text, null, null, null,
                        null, null, ServerFilter.Templates.EXCLUDE, false, 0))));
            }
            // ... and exactly the servers where each word occurs in one of the searched attributes
            List<Long> expected = new ArrayList<>();
            for (Server s : every) {
                String all = Stream.of(s.name, s.hostName, String.join(", ", s.ips), s.os.label(), s.os.raw(),
                        s.environment, s.application, s.owner, s.datacenter, s.cluster, s.host, s.folder, s.annotation,
                        String.join(" ", s.tags.keySet()), String.join(" ", s.tags.values()))
                        .filter(v -> v != null).reduce("", (a, b) -> a + " " + b).toLowerCase(Locale.ROOT);
                if (Stream.of(text.toLowerCase(Locale.ROOT).split(" ")).allMatch(all::contains)) {
                    expected.add(s.id);
                }
            }
            assertThat(shown).as(text).isEqualTo(expected);
            assertThat(model.inScopeProperty().get()).isEqualTo(every.size());
        }
        model.filterTextProperty().set("xyz-no-such");
        assertThat(model.rows()).isEmpty();
    }

    @Test
    void typingNarrowsToTheSameRowsAsAFreshFilterAndAMinusWordExcludes() {
        List<Long> typed = null;
        for (String prefix : List.of("d", "dt", "dtw", "dtwp", "dtwt")) {
            model.filterTextProperty().set(prefix);
            typed = ids(model.rows());
        }
        InventoryViewModel fresh = new InventoryViewModel(test.context(), LatestOnly.direct(), LatestOnly.direct());
        fresh.reload();
        fresh.filterTextProperty().set("dtwt");
        assertThat(typed).isEqualTo(ids(fresh.rows()));

        model.filterTextProperty().set("sql");
        List<ServerRow> sql = List.copyOf(model.rows());
        model.filterTextProperty().set("sql -windows");
        assertThat(model.rows()).allMatch(r -> r.os() == null || !r.os().toLowerCase(Locale.ROOT).contains("windows"));
        assertThat(sql).containsAll(model.rows());
    }

    @Test
    void powerAndOsToggleAgreeWithTheStoreQuery() {
        model.powerProperty().set(PowerState.POWERED_OFF);
        assertThat(ids(model.rows())).isEqualTo(ids(store().servers(new ServerFilter(null, null,
                PowerState.POWERED_OFF, null, null, null, ServerFilter.Templates.EXCLUDE, false, 0))));
        model.powerProperty().set(null);
        model.osFamilyProperty().set(OsFamily.LINUX);
        List<Server> linux = store().servers(new ServerFilter(null, OsFamily.LINUX, null, null, null, null,
                ServerFilter.Templates.EXCLUDE, false, 0));
        assertThat(linux).isNotEmpty();
        assertThat(ids(model.rows())).isEqualTo(ids(linux));
        model.templatesProperty().set(true);
        assertThat(ids(model.rows())).isEqualTo(ids(store().servers(new ServerFilter(null, OsFamily.LINUX, null, null,
                null, null, ServerFilter.Templates.INCLUDE, false, 0))));
    }

    @Test
    void sortsNumbersAsNumbersAndKeepsTheFilter() {
        model.filterTextProperty().set("a");
        int n = model.rows().size();
        model.sortBy(List.of(new InventoryViewModel.SortKey(InventoryColumn.VCPUS, true)));
        assertThat(model.rows()).hasSize(n);
        List<Integer> vcpus = model.rows().stream().map(ServerRow::vcpus).toList();
        assertThat(vcpus).isSorted();
        assertThat(vcpus.get(vcpus.size() - 1)).isGreaterThanOrEqualTo(10); // 16 after 4: numbers, not text
        model.sortBy(List.of(new InventoryViewModel.SortKey(InventoryColumn.MEMORY, false)));
        List<Long> memory = model.rows().stream().map(ServerRow::memoryMiB).toList();
        List<Long> reversed = new ArrayList<>(memory);
        java.util.Collections.reverse(reversed);
        assertThat(reversed).isSorted();
        model.sortBy(List.of());
        assertThat(model.rows().stream().map(r -> r.name().toLowerCase(Locale.ROOT)).toList()).isSorted();
    }

    @Test
    void selectingOneServerShowsEveryAttributeWithItsSource() {
        ServerRow first = model.rows().get(0);
        model.select(List.of(first));
        ServerDetail d = model.detailProperty().get();
        assertThat(d).isNotNull();
        assertThat(d.id()).isEqualTo(first.id());
        assertThat(d.source()).contains("row ").doesNotContain("entered by the user");
        assertThat(d.sections()).extracting(ServerDetail.Section::id).contains("identity", "sizing", "placement",
                "business", "tags", "disks", "nics", "utilization");
        Server s = store().server(first.id()).orElseThrow();
        ServerDetail.Section disks = d.sections().stream().filter(x -> x.id().equals("disks")).findFirst().orElseThrow();
        assertThat(disks.attributes()).hasSize(s.disks.size());
        assertThat(disks.attributes()).allSatisfy(a -> assertThat(a.source()).contains("row "));
        model.select(List.of(model.rows().get(0), model.rows().get(1)));
        assertThat(model.detailProperty().get()).isNull();
        assertThat(model.selectionText().get()).startsWith("2 servers selected");
        assertThat(model.countText().get()).endsWith("2 selected");
    }

    @Test
    void anEditIsStoredUndoneAndRedoneAsTheCommandLineWould() throws Exception {
        ServerRow r = model.rows().get(3);
        String before = store().server(r.id()).orElseThrow().environment;
        model.select(List.of(r));
        model.edit(r.id(), "environment", "Staging");
        assertThat(store().server(r.id()).orElseThrow().environment).isEqualTo("Staging");
        assertThat(row(r.id()).environment()).isEqualTo("Staging");
        ServerDetail.Attribute env = model.detailProperty().get().sections().stream()
                .flatMap(s -> s.attributes().stream()).filter(a -> "environment".equals(a.field())).findFirst()
                .orElseThrow();
        assertThat(env.value()).isEqualTo("Staging");
        assertThat(env.edited()).isTrue();
        assertThat(test.context().undo().undoLabelProperty().get()).isEqualTo("edit of Environment on " + r.name());

        test.context().undo().undo();
        assertThat(store().server(r.id()).orElseThrow().environment).isEqualTo(before);
        assertThat(store().edits(r.id(), 10)).isEmpty(); // taken back as `mhub inventory undo` does
        assertThat(row(r.id()).environment()).isEqualTo(before);

        test.context().undo().redo();
        test.context().session().close();
        try (ProjectFile reopened = ProjectFile.open(project)) {
            assertThat(reopened.inventory().server(r.id()).orElseThrow().environment).isEqualTo("Staging");
        }
    }

    @Test
    void undoAfterAnotherEditWritesTheOldValueBackAndLeavesTheOtherEdit() {
        ServerRow a = model.rows().get(0);
        ServerRow b = model.rows().get(1);
        Long memory = store().server(a.id()).orElseThrow().memoryMiB;
        model.edit(a.id(), "memoryMiB", "65536");
        assertThat(row(a.id()).memoryMiB()).isEqualTo(65536);
        store().edit(b.id(), "owner", "Jane"); // as `mhub inventory edit` from a terminal would
        test.context().undo().undo();
        assertThat(store().server(a.id()).orElseThrow().memoryMiB).isEqualTo(memory);
        assertThat(store().server(b.id()).orElseThrow().owner).isEqualTo("Jane");
    }

    @Test
    void aBadValueIsOneClearProblemAndChangesNothing() {
        ServerRow r = model.rows().get(0);
        Integer vcpus = store().server(r.id()).orElseThrow().vcpus;
        model.edit(r.id(), "vcpus", "four");
        assertThat(test.problems()).singleElement().satisfies(p -> {
            assertThat(p.message()).contains("vcpus").contains("whole number");
            assertThat(p.expected()).isTrue();
        });
        assertThat(store().server(r.id()).orElseThrow().vcpus).isEqualTo(vcpus);
        assertThat(test.context().undo().canUndoProperty().get()).isFalse();
    }

    @Test
    void deletingSeveralIsOneUndoableStep() {
        List<ServerRow> two = List.of(model.rows().get(0), model.rows().get(1));
        int shown = model.rows().size();
        model.select(two);
        model.deleteSelected();
        for (ServerRow r : two) {
            assertThat(store().server(r.id()).orElseThrow().deleted).isTrue();
        }
        assertThat(model.rows()).hasSize(shown - 2);
        assertThat(ids(model.rows())).doesNotContainAnyElementsOf(ids(two));
        model.deletedProperty().set(true);
        assertThat(model.rows()).hasSize(shown);
        model.deletedProperty().set(false);

        test.context().undo().undo();
        for (ServerRow r : two) {
            assertThat(store().server(r.id()).orElseThrow().deleted).isFalse();
        }
        assertThat(model.rows()).hasSize(shown);
        test.context().undo().redo();
        assertThat(store().server(two.get(1).id()).orElseThrow().deleted).isTrue();
        assertThat(model.rows()).hasSize(shown - 2);
    }

    @Test
    void bulkEditSetsAFieldOnEverySelectedServer() {
        List<ServerRow> three = List.of(model.rows().get(0), model.rows().get(5), model.rows().get(9));
        model.select(three);
        model.editSelected("owner", "Finance IT");
        for (ServerRow r : three) {
            assertThat(store().server(r.id()).orElseThrow().owner).isEqualTo("Finance IT");
        }
        model.filterTextProperty().set("finance it");
        assertThat(ids(model.rows())).containsAll(ids(three));
        test.context().undo().undo();
        assertThat(model.rows()).noneMatch(r -> ids(three).contains(r.id()));
    }

    @Test
    void remembersTheColumnsTheUserChose() {
        assertThat(model.visibleColumns()).contains(InventoryColumn.NAME, InventoryColumn.VCPUS);
        model.setVisibleColumns(List.of(InventoryColumn.NAME, InventoryColumn.OWNER, InventoryColumn.SOURCE));
        assertThat(model.visibleColumns()).containsExactly(InventoryColumn.NAME, InventoryColumn.OWNER,
                InventoryColumn.SOURCE);
    }
}
