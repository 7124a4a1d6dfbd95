package com.migrationhub.app.ui.inventory;

import com.migrationhub.app.ui.AppContext;
import com.migrationhub.app.ui.edit.UndoableEdit;
import com.migrationhub.app.ui.i18n.Messages;
import com.migrationhub.app.ui.project.ProjectSession;
import com.migrationhub.app.ui.project.ProjectSession.Area;
import com.migrationhub.app.ui.task.LatestOnly;
import com.migrationhub.app.ui.task.TaskRunner;
import com.migrationhub.domain.inventory.ImportRun;
import com.migrationhub.domain.inventory.ServerEdit;
import com.migrationhub.domain.inventory.ServerFilter;
import com.migrationhub.domain.model.OsFamily;
import com.migrationhub.domain.model.PowerState;
import com.migrationhub.domain.model.Server;
import com.migrationhub.domain.store.InventoryStore;
import com.migrationhub.domain.store.ProjectFile;
import com.migrationhub.domain.task.ProgressMonitor;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ChangeListener;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The inventory view's state and commands. Loads every server of the project once per inventory
 * revision, as compact rows, in a read job with progress; filters and sorts them off the FX
 * thread as the user types ({@link RowFilter} through {@link LatestOnly}, only the newest result
 * applied); reads the selected server with all its parts and where each came from; edits,
 * deletes and restores servers through the same {@link InventoryStore} calls as
 * {@code mhub inventory edit|delete|restore|undo}, each as a write job and an undoable edit.
 * FX thread only, except the jobs.
 */
public final class InventoryViewModel {
    /** More servers than this changed at once: reload every row rather than read each again. */
    private static final int REREAD_LIMIT = 300;
    private static final LatestOnly FILTERING = new LatestOnly("inventory-filter");
    private static final LatestOnly DETAILS = new LatestOnly("inventory-detail");

    /** A column of the table's sort order. */
    public record SortKey(InventoryColumn column, boolean ascending) {
    }

    private final AppContext context;
    private final ProjectSession session;
    private final Messages m;
    private final LatestOnly filtering;
    private final LatestOnly details;
    private final RowFilter rowFilter = new RowFilter();

    private final StringProperty filterText = new SimpleStringProperty(this, "filterText", "");
    private final ObjectProperty<PowerState> power = new SimpleObjectProperty<>(this, "power");
    private final ObjectProperty<OsFamily> osFamily = new SimpleObjectProperty<>(this, "osFamily");
    private final BooleanProperty templates = new SimpleBooleanProperty(this, "templates");
    private final BooleanProperty deleted = new SimpleBooleanProperty(this, "deleted");
    private final BooleanProperty showing = new SimpleBooleanProperty(this, "showing", true);

    private final ObservableList<ServerRow> rows = FXCollections.observableArrayList();
    private final ObservableList<ServerRow> selected = FXCollections.observableArrayList();
    private final ReadOnlyIntegerWrapper inScope = new ReadOnlyIntegerWrapper();
    private final ReadOnlyIntegerWrapper loadedCount = new ReadOnlyIntegerWrapper();
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper loaded = new ReadOnlyBooleanWrapper();
    private final ReadOnlyObjectWrapper<ServerDetail> detail = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<int[]> reselect = new ReadOnlyObjectWrapper<>();
    private final StringBinding countText;
    private final StringBinding selectionText;

    private List<ServerRow> all = List.of();
    private Map<Long, String> files = Map.of();
    private List<SortKey> sort = List.of();
    private Comparator<ServerRow> order;
    private boolean stale = true;
    private boolean ownWrite;
    private boolean applying;
    private long detailFor = -1;
    private long filterNanos;
    private TaskRunner.TaskHandle loadHandle;
    // held here: the session's listeners are weak, so that a view model the shell dropped is collected
    private final ChangeListener<Number> revisionListener = (o, a, b) -> inventoryChanged();
    private final ChangeListener<ProjectFile> projectListener = (o, a, b) -> projectChanged(b);

    public InventoryViewModel(AppContext context) {
        this(context, FILTERING, DETAILS);
    }

    /** With the workers given: {@link LatestOnly#direct()} in tests and the benchmark. */
    public InventoryViewModel(AppContext context, LatestOnly filtering, LatestOnly details) {
        this.context = context;
        this.session = context.session();
        this.m = context.messages();
        this.filtering = filtering;
        this.details = details;
        session.revision(Area.INVENTORY).addListener(new javafx.beans.value.WeakChangeListener<>(revisionListener));
        session.projectProperty().addListener(new javafx.beans.value.WeakChangeListener<>(projectListener));
        filterText.addListener((o, a, b) -> refilter());
        power.addListener((o, a, b) -> refilter());
        osFamily.addListener((o, a, b) -> refilter());
        templates.addListener((o, a, b) -> refilter());
        deleted.addListener((o, a, b) -> refilter());
        showing.addListener((o, a, b) -> {
            if (b) {
                shown();
            }
        });
        countText = Bindings.createStringBinding(() -> loaded.get() ? m.get("inventory.count", rows.size(),
                inScope.get(), selected.size()) : m.get("inventory.loading"), rows, inScope, selected, loaded);
        selectionText = Bindings.createStringBinding(this::describeSelection, selected);
    }

    // ------------------------------------------------------------------ inputs

    /** The quick filter's words. */
    public StringProperty filterTextProperty() {
        return filterText;
    }

    /** Only servers in this power state; null for all. */
    public ObjectProperty<PowerState> powerProperty() {
        return power;
    }

    /** Only servers of this OS family; null for all. */
    public ObjectProperty<OsFamily> osFamilyProperty() {
        return osFamily;
    }

    /** Whether templates are listed too. */
    public BooleanProperty templatesProperty() {
        return templates;
    }

    /** Whether the servers the user deleted are listed too (to restore them). */
    public BooleanProperty deletedProperty() {
        return deleted;
    }

    /** Whether the view is on screen: changes are loaded at once while it is, when it is shown otherwise. */
    public BooleanProperty showingProperty() {
        return showing;
    }

    /** The filter as it stands. */
    public QuickFilter filter() {
        return new QuickFilter(filterText.get(), power.get(), osFamily.get(), templates.get(), deleted.get());
    }

    /** Clears the words and the toggles. */
    public void clearFilter() {
        filterText.set("");
        power.set(null);
        osFamily.set(null);
    }

    /** Sorts by these columns (the first first); empty: by name, as loaded. */
    public void sortBy(List<SortKey> keys) {
        if (keys.equals(sort)) {
            return;
        }
        sort = List.copyOf(keys);
        Comparator<ServerRow> c = null;
        for (SortKey k : sort) {
            Comparator<ServerRow> next = k.ascending() ? k.column().comparator() : k.column().comparator().reversed();
            c = c == null ? next : c.thenComparing(next);
        }
        order = c == null ? null : c.thenComparingInt(ServerRow::rank);
        refilter();
    }

    public List<SortKey> sortKeys() {
        return sort;
    }

    /** What the table selected (the view forwards its selection here). */
    public void select(List<ServerRow> selection) {
        if (applying) {
            return;
        }
        selected.setAll(selection);
        loadDetail();
    }

    // ------------------------------------------------------------------ outputs

    /** The servers that pass the filter, in the table's order. */
    public ObservableList<ServerRow> rows() {
        return rows;
    }

    /** The selected servers. */
    public ObservableList<ServerRow> selected() {
        return selected;
    }

    /** How many servers the filter's words chose from (templates and deleted ones as toggled). */
    public ReadOnlyIntegerProperty inScopeProperty() {
        return inScope.getReadOnlyProperty();
    }

    /** How many servers the project has, templates and deleted ones included. */
    public ReadOnlyIntegerProperty loadedCountProperty() {
        return loadedCount.getReadOnlyProperty();
    }

    /** "12 of 1,234 servers, 3 selected". */
    public StringBinding countText() {
        return countText;
    }

    /** What the selection adds up to, when more than one server is selected. */
    public StringBinding selectionText() {
        return selectionText;
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    /** Whether the rows of the open project were loaded once. */
    public ReadOnlyBooleanProperty loadedProperty() {
        return loaded.getReadOnlyProperty();
    }

    /** The one selected server with everything known about it, or null. */
    public ReadOnlyObjectProperty<ServerDetail> detailProperty() {
        return detail.getReadOnlyProperty();
    }

    /**
     * The indices to select again after the rows were replaced (a new filter, order or load): the
     * servers that were selected and still pass the filter. A new array each time.
     */
    public ReadOnlyObjectProperty<int[]> reselectProperty() {
        return reselect.getReadOnlyProperty();
    }

    /** Whether a job writes to the project now: the commands that edit are disabled meanwhile. */
    public ReadOnlyBooleanProperty busyProperty() {
        return session.busyProperty();
    }

    /** How long the newest filter took to compute, in nanoseconds (the benchmark reads it). */
    public long lastFilterNanos() {
        return filterNanos;
    }

    /** The fields a user may edit, by the names {@code mhub inventory edit --set} takes (without the tag pattern). */
    public List<String> editableFields() {
        List<String> fields = new ArrayList<>();
        for (String f : InventoryStore.editableFields()) {
            if (!f.startsWith("tag") && !f.equals("tags")) {
                fields.add(f);
            }
        }
        return fields;
    }

    /** The title of an editable field ("Memory (MiB)"). */
    public String fieldTitle(String field) {
        String key = "inventory.editField." + field;
        return m.has(key) ? m.get(key) : field;
    }

    // ------------------------------------------------------------------ columns

    /** The columns to show, in order: as the user left them, else the default ones. */
    public List<InventoryColumn> visibleColumns() {
        List<InventoryColumn> columns = new ArrayList<>();
        String saved = context.settings().get("inventoryView.columns").orElse("");
        for (String id : saved.split(",")) {
            InventoryColumn c = InventoryColumn.byId(id.trim());
            if (c != null && !columns.contains(c)) {
                columns.add(c);
            }
        }
        if (columns.isEmpty()) {
            for (InventoryColumn c : InventoryColumn.values()) {
                if (c.shownByDefault()) {
                    columns.add(c);
                }
            }
        }
        return columns;
    }

    /** Remembers the columns shown, in order, in the user's settings. */
    public void setVisibleColumns(List<InventoryColumn> columns) {
        List<String> ids = new ArrayList<>();
        for (InventoryColumn c : columns) {
            ids.add(c.id());
        }
        context.settings().put("inventoryView.columns", String.join(",", ids));
    }

    // ------------------------------------------------------------------ loading

    /** The view was shown: load what changed since it was last on screen. */
    public void shown() {
        if (stale && session.isOpen()) {
            reload();
        }
    }

    private void inventoryChanged() {
        if (ownWrite) {
            return;
        }
        stale = true;
        if (showing.get()) {
            shown();
        }
    }

    private void projectChanged(ProjectFile now) {
        if (loadHandle != null) {
            loadHandle.cancel();
            loadHandle = null;
        }
        all = List.of();
        files = Map.of();
        loaded.set(false);
        loadedCount.set(0);
        selected.clear();
        detail.set(null);
        detailFor = -1;
        stale = true;
        refilter();
    }

    /** Reads every server of the project again, in a job. */
    public void reload() {
        if (!session.isOpen()) {
            return;
        }
        if (loadHandle != null && !loadHandle.isDone()) {
            loadHandle.cancel();
        }
        stale = false;
        loading.set(true);
        ProjectFile project = session.project();
        String title = m.get("inventory.job.load", project.path().getFileName().toString());
        String what = m.get("inventory.job.loadProgress");
        loadHandle = session.read(title, monitor -> load(project, monitor, what), result -> {
            loading.set(false);
            if (session.project() != project) {
                return;
            }
            all = result.rows();
            files = result.files();
            loadedCount.set(all.size());
            loaded.set(true);
            refilter();
            reloadDetail();
        }, error -> {
            loading.set(false);
            stale = true;
            context.fail(error);
        });
    }

    /** What a load read: the rows, in name order, and the file of each import. */
    public record Loaded(List<ServerRow> rows, Map<Long, String> files) {
    }

    /**
     * Reads every server of {@code project} (templates and deleted ones too) as rows: one pass
     * over the server table, without disks or NICs. Public for the benchmark.
     */
    public static Loaded load(ProjectFile project, ProgressMonitor monitor, String what) {
        InventoryStore inventory = project.inventory();
        Map<Long, String> files = new HashMap<>();
        for (ImportRun r : inventory.imports()) {
            files.put(r.id(), r.fileName());
        }
        long total = inventory.count(ServerFilter.EVERY);
        monitor.progress(0, total, what);
        List<ServerRow> list = new ArrayList<>((int) Math.min(Integer.MAX_VALUE - 8, total));
        Map<String, String> shared = new HashMap<>();
        inventory.forEachServerById(ServerFilter.EVERY, s -> {
            list.add(ServerRow.of(s, files, v -> v == null ? null : shared.computeIfAbsent(v, k -> k)));
            if (list.size() % 2000 == 0) {
                monitor.checkCancelled();
                monitor.progress(list.size(), total, what);
            }
        });
        monitor.progress(total, total, what);
        // by name, as `mhub inventory` lists them (the database streams them in id order)
        String[] names = new String[list.size()];
        Integer[] at = new Integer[list.size()];
        for (int i = 0; i < names.length; i++) {
            names[i] = list.get(i).name().toLowerCase(Locale.ROOT);
            at[i] = i;
        }
        java.util.Arrays.sort(at, (a, b) -> {
            int c = names[a].compareTo(names[b]);
            return c != 0 ? c : Long.compare(list.get(a).id(), list.get(b).id());
        });
        List<ServerRow> sorted = new ArrayList<>(list.size());
        for (Integer i : at) {
            ServerRow r = list.get(i);
            r.setRank(sorted.size());
            sorted.add(r);
        }
        return new Loaded(Collections.unmodifiableList(sorted), Map.copyOf(files));
    }

    // ------------------------------------------------------------------ filtering

    private void refilter() {
        List<ServerRow> base = all;
        Comparator<ServerRow> o = order;
        QuickFilter f = filter();
        filtering.submit(() -> {
            long t = System.nanoTime();
            RowFilter.Result r = rowFilter.apply(base, o, f);
            return new Timed(r, System.nanoTime() - t);
        }, this::apply);
    }

    private record Timed(RowFilter.Result result, long nanos) {
    }

    private void apply(Timed timed) {
        RowFilter.Result r = timed.result();
        Set<Long> keep = new HashSet<>();
        for (ServerRow s : selected) {
            keep.add(s.id());
        }
        applying = true;
        try {
            rows.setAll(r.rows());
            inScope.set(r.inScope());
        } finally {
            applying = false;
        }
        filterNanos = timed.nanos();
        if (!keep.isEmpty()) {
            List<ServerRow> still = new ArrayList<>();
            int[] at = new int[keep.size()];
            int n = 0;
            List<ServerRow> now = r.rows();
            for (int i = 0; i < now.size() && n < at.length; i++) {
                if (keep.contains(now.get(i).id())) {
                    at[n++] = i;
                    still.add(now.get(i));
                }
            }
            selected.setAll(still);
            reselect.set(java.util.Arrays.copyOf(at, n));
            if (still.size() != keep.size()) {
                loadDetail();
            }
        }
    }

    // ------------------------------------------------------------------ detail

    private String describeSelection() {
        if (selected.size() < 2) {
            return "";
        }
        long vcpus = 0;
        long memory = 0;
        long storage = 0;
        for (ServerRow r : selected) {
            vcpus += Math.max(0, r.vcpus());
            memory += Math.max(0, r.memoryMiB());
            storage += Math.max(0, r.provisionedMiB());
        }
        return m.get("inventory.selection.sum", selected.size(), vcpus, Math.round(memory / 1024.0),
                Math.round(storage / 1024.0));
    }

    private void loadDetail() {
        long id = selected.size() == 1 ? selected.get(0).id() : -1;
        if (id == detailFor && (id < 0 || detail.get() != null)) {
            return;
        }
        detailFor = id;
        if (id < 0) {
            detail.set(null);
            return;
        }
        readDetail(id);
    }

    private void reloadDetail() {
        if (detailFor >= 0) {
            readDetail(detailFor);
        }
    }

    private record DetailOutcome(long id, ServerDetail detail, RuntimeException error) {
    }

    private void readDetail(long id) {
        ProjectFile project = session.project();
        if (project == null) {
            return;
        }
        Map<Long, String> f = files;
        details.submit(() -> {
            try {
                Server s = project.inventory().server(id).orElse(null);
                if (s == null) {
                    return new DetailOutcome(id, null, null);
                }
                return new DetailOutcome(id, new ServerDetails(m, f).build(s, project.inventory().edits(id, 500)),
                        null);
            } catch (RuntimeException e) {
                return new DetailOutcome(id, null, e);
            }
        }, outcome -> {
            if (outcome.id() != detailFor || session.project() != project) {
                return;
            }
            if (outcome.error() != null) {
                context.fail(outcome.error());
            }
            detail.set(outcome.detail());
        });
    }

    // ------------------------------------------------------------------ edits

    /** Sets {@code field} of one server to {@code value}, as {@code mhub inventory edit --set field=value}. */
    public void edit(long serverId, String field, String value) {
        String name = nameOf(serverId);
        String label = field.startsWith("tag.")
                ? m.get("inventory.undo.tag", field.substring(4), name)
                : m.get("inventory.undo.edit", fieldTitle(field), name);
        change(m.get("inventory.job.edit", name), label, List.of(new Op(serverId, field, value)));
    }

    /** Sets {@code field} of every selected server to {@code value}. */
    public void editSelected(String field, String value) {
        List<Op> ops = new ArrayList<>();
        for (ServerRow r : selected) {
            ops.add(new Op(r.id(), field, value));
        }
        if (ops.isEmpty()) {
            return;
        }
        String label = ops.size() == 1 ? m.get("inventory.undo.edit", fieldTitle(field), selected.get(0).name())
                : m.get("inventory.undo.editMany", fieldTitle(field), ops.size());
        change(m.get("inventory.job.editMany", ops.size()), label, ops);
    }

    /** Deletes the selected servers from the engagement's scope, as {@code mhub inventory delete}. */
    public void deleteSelected() {
        setDeleted(true);
    }

    /** Brings back the selected servers that were deleted, as {@code mhub inventory restore}. */
    public void restoreSelected() {
        setDeleted(false);
    }

    /** How many of the selected servers a delete (true) or restore (false) would change. */
    public int countDeletable(boolean delete) {
        int n = 0;
        for (ServerRow r : selected) {
            if (r.deleted() != delete) {
                n++;
            }
        }
        return n;
    }

    private void setDeleted(boolean delete) {
        List<Op> ops = new ArrayList<>();
        String first = null;
        for (ServerRow r : selected) {
            if (r.deleted() != delete) {
                ops.add(new Op(r.id(), "deleted", Boolean.toString(delete)));
                first = first == null ? r.name() : first;
            }
        }
        if (ops.isEmpty()) {
            return;
        }
        String verb = delete ? "delete" : "restore";
        String label = ops.size() == 1 ? m.get("inventory.undo." + verb, first)
                : m.get("inventory.undo." + verb + "Many", ops.size());
        change(m.get("inventory.job." + verb, ops.size()), label, ops);
    }

    private String nameOf(long id) {
        for (ServerRow r : selected) {
            if (r.id() == id) {
                return r.name();
            }
        }
        for (ServerRow r : all) {
            if (r.id() == id) {
                return r.name();
            }
        }
        return "#" + id;
    }

    /** One change to one server: a field set to a value, or {@code deleted} set to true or false. */
    private record Op(long serverId, String field, String value) {
    }

    /** What a write did: the edits it recorded, and the rows to show now. */
    private record Outcome(List<ServerEdit> recorded, Map<Long, ServerRow> rows, Map<Long, Boolean> deletedFlags,
                           boolean reloadAll) {
    }

    private void change(String title, String label, List<Op> ops) {
        Batch batch = new Batch(label);
        write(title, monitor -> batch.recorded(run(ops, monitor, title)), outcome -> context.undo().done(batch));
    }

    /** Runs {@code ops} in order, then reads back what they changed. Background thread. */
    private Outcome run(List<Op> ops, ProgressMonitor monitor, String what) {
        InventoryStore inventory = session.project().inventory();
        long before = newestEdit(inventory);
        int done = 0;
        for (Op op : ops) {
            if (op.field().equals("deleted")) {
                if (Boolean.parseBoolean(op.value())) {
                    inventory.delete(op.serverId());
                } else {
                    inventory.restore(op.serverId());
                }
            } else {
                inventory.edit(op.serverId(), op.field(), op.value());
            }
            monitor.progress(++done, ops.size(), what);
        }
        List<ServerEdit> recorded = new ArrayList<>();
        for (ServerEdit e : inventory.edits(ops.size())) {
            if (e.id() > before) {
                recorded.add(0, e);
            }
        }
        return readBack(inventory, ops, recorded);
    }

    private Outcome readBack(InventoryStore inventory, List<Op> ops, List<ServerEdit> recorded) {
        Map<Long, Boolean> flags = new LinkedHashMap<>();
        Set<Long> reread = new LinkedHashSet<>();
        for (Op op : ops) {
            if (op.field().equals("deleted")) {
                flags.put(op.serverId(), Boolean.parseBoolean(op.value()));
            } else {
                reread.add(op.serverId());
            }
        }
        if (reread.size() > REREAD_LIMIT) {
            return new Outcome(recorded, Map.of(), Map.of(), true);
        }
        Map<Long, ServerRow> read = new HashMap<>();
        Map<Long, String> f = files;
        for (long id : reread) {
            inventory.server(id).ifPresent(s -> read.put(id, ServerRow.of(s, f, v -> v)));
        }
        return new Outcome(recorded, read, flags, false);
    }

    private static long newestEdit(InventoryStore inventory) {
        List<ServerEdit> last = inventory.edits(1);
        return last.isEmpty() ? 0 : last.get(0).id();
    }

    private void write(String title, com.migrationhub.app.ui.task.Job<Outcome> job,
            java.util.function.Consumer<Outcome> then) {
        if (!session.isOpen()) {
            return;
        }
        try {
            ownWrite = true;
            session.write(title, job, outcome -> {
                ownWrite = false;
                patch(outcome);
                then.accept(outcome);
            }, error -> {
                ownWrite = false;
                context.fail(error);
                // a value the store refused changed nothing; anything else may have written part of a batch
                if (!(error instanceof IllegalArgumentException)) {
                    reload();
                }
            }, Area.INVENTORY);
        } catch (IllegalStateException e) {
            ownWrite = false;
            context.fail(e);
        }
    }

    /** Shows what a write changed without reading 100,000 rows again. */
    private void patch(Outcome outcome) {
        if (outcome.reloadAll()) {
            reload();
            return;
        }
        List<ServerRow> next = new ArrayList<>(all.size());
        for (ServerRow r : all) {
            ServerRow read = outcome.rows().get(r.id());
            ServerRow now = read == null ? r : read.inPlaceOf(r);
            Boolean flag = outcome.deletedFlags().get(r.id());
            next.add(flag == null ? now : now.withDeleted(flag));
        }
        all = Collections.unmodifiableList(next);
        List<ServerRow> sel = new ArrayList<>();
        for (ServerRow r : selected) {
            ServerRow now = outcome.rows().getOrDefault(r.id(), r);
            Boolean flag = outcome.deletedFlags().get(r.id());
            sel.add(flag == null ? now : now.withDeleted(flag));
        }
        selected.setAll(sel);
        refilter();
        if (detailFor >= 0 && (outcome.rows().containsKey(detailFor) || outcome.deletedFlags().containsKey(detailFor))) {
            readDetail(detailFor);
        }
    }

    /**
     * One command's changes as the Edit menu undoes and redoes them. Undo takes back the project's
     * newest edits with {@code InventoryStore.undo()} (as {@code mhub inventory undo} does) when
     * they are still this command's; when something else was edited since, it writes the old
     * values back instead. Redo makes the changes again.
     */
    private final class Batch implements UndoableEdit {
        private final String label;
        private volatile List<ServerEdit> recorded = List.of();

        Batch(String label) {
            this.label = label;
        }

        Outcome recorded(Outcome outcome) {
            recorded = outcome.recorded();
            return outcome;
        }

        @Override
        public String label() {
            return label;
        }

        @Override
        public void undo() {
            List<ServerEdit> mine = recorded;
            write(m.get("inventory.job.undo", label), monitor -> {
                InventoryStore inventory = session.project().inventory();
                List<ServerEdit> newest = inventory.edits(mine.size());
                boolean stillNewest = newest.size() == mine.size();
                for (int i = 0; stillNewest && i < mine.size(); i++) {
                    stillNewest = newest.get(i).id() == mine.get(mine.size() - 1 - i).id();
                }
                List<Op> back = new ArrayList<>();
                for (int i = mine.size() - 1; i >= 0; i--) {
                    ServerEdit e = mine.get(i);
                    back.add(new Op(e.serverId(), e.field(), e.oldValue()));
                }
                if (stillNewest) {
                    int done = 0;
                    for (ServerEdit ignored : mine) {
                        inventory.undo();
                        monitor.progress(++done, mine.size(), label);
                    }
                    return readBack(inventory, back, List.of());
                }
                return run(back, monitor, label);
            }, outcome -> { });
        }

        @Override
        public void redo() {
            List<ServerEdit> mine = recorded;
            List<Op> again = new ArrayList<>();
            for (ServerEdit e : mine) {
                again.add(new Op(e.serverId(), e.field(), e.newValue()));
            }
            write(m.get("inventory.job.redo", label), monitor -> recorded(run(again, monitor, label)), outcome -> { });
        }
    }
}
