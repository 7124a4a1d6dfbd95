package com.migrationhub.app.ui.waves;

import com.migrationhub.app.deps.DependencyWorkflow;
import com.migrationhub.app.deps.WaveWorkflow;
import com.migrationhub.app.ui.AppContext;
import com.migrationhub.app.ui.edit.UndoableEdit;
import com.migrationhub.app.ui.i18n.Messages;
import com.migrationhub.app.ui.project.ProjectSession;
import com.migrationhub.app.ui.project.ProjectSession.Area;
import com.migrationhub.app.ui.task.TaskRunner;
import com.migrationhub.domain.dependency.graph.DependencyServer;
import com.migrationhub.domain.dependency.waves.Blackout;
import com.migrationhub.domain.dependency.waves.WaveOptions;
import com.migrationhub.domain.dependency.waves.WavePlanValidation;
import com.migrationhub.domain.store.DependencyStore;
import com.migrationhub.domain.store.ProjectFile;
import com.migrationhub.domain.task.CancelledException;
import com.migrationhub.domain.task.ProgressMonitor;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableSet;

/**
 * The waves view's state and commands: the stored wave plan as columns of move-group cards, the
 * blackouts and dates for the timeline, and the findings of {@code mhub waves validate}. Moving a
 * group (by drag and drop or "Move to wave..."), unpinning it and planning run as write jobs
 * through {@link WaveWorkflow}, the code {@code mhub waves move/unpin/plan} run, and are pushed on
 * the undo history (undo puts back the groups, the plan and the pins as they were). Everything is
 * read in jobs; only the newest load is applied.
 */
public final class WavesViewModel {
    /** What the view shows. */
    public enum State {
        /** No project is open. */
        NO_PROJECT,
        /** The first load is running. */
        LOADING,
        /** The project has no wave plan yet. */
        NO_PLAN,
        /** The plan is shown. */
        READY
    }

    private final AppContext context;
    private final ProjectSession session;
    private final Messages messages;
    private final ObservableList<WaveColumn> waves = FXCollections.observableArrayList();
    private final ObservableList<BlackoutSpan> blackouts = FXCollections.observableArrayList();
    private final ObservableList<ValidationIssue> issues = FXCollections.observableArrayList();
    private final ObservableSet<String> highlighted = FXCollections.observableSet();
    private final ReadOnlyObjectWrapper<State> state = new ReadOnlyObjectWrapper<>(State.NO_PROJECT);
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper validationSummary = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper validating = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper refreshing = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper running = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<LocalDate> today = new ReadOnlyObjectWrapper<>(LocalDate.now());
    private final ReadOnlyObjectWrapper<Integer> focusedWave = new ReadOnlyObjectWrapper<>();
    private final ObjectProperty<GroupCard> selectedCard = new SimpleObjectProperty<>();
    private final ObjectProperty<ValidationIssue> selectedIssue = new SimpleObjectProperty<>();
    private final StringProperty filter = new SimpleStringProperty("");
    private final BooleanBinding canEdit;
    private final BooleanBinding canPlan;
    private final Map<String, GroupCard> cards = new HashMap<>();
    private WaveOptions options;
    private long generation;
    private boolean active;
    private boolean stale = true;
    private boolean reloadPending;
    private TaskRunner.TaskHandle loading;
    private TaskRunner.TaskHandle validation;
    private TaskRunner.TaskHandle editJob;

    public WavesViewModel(AppContext context) {
        this.context = context;
        this.session = context.session();
        this.messages = context.messages();
        canEdit = Bindings.createBooleanBinding(() -> state.get() == State.READY && !session.busyProperty().get(),
                state, session.busyProperty());
        canPlan = Bindings.createBooleanBinding(() -> session.isOpen() && !session.busyProperty().get()
                && state.get() != State.LOADING, session.projectProperty(), session.busyProperty(), state);
        session.projectProperty().addListener((o, a, b) -> invalidate());
        for (Area a : new Area[] {Area.WAVES, Area.DEPENDENCIES, Area.INVENTORY, Area.ASSESSMENT}) {
            session.revision(a).addListener((o, x, y) -> invalidate());
        }
        selectedIssue.addListener((o, a, issue) -> {
            Set<String> keys = new LinkedHashSet<>();
            if (issue != null) {
                issue.groups().forEach(g -> keys.add(GroupCard.key(g)));
            }
            highlighted.retainAll(keys);
            highlighted.addAll(keys);
        });
    }

    // ------------------------------------------------------------------ what the view binds to

    /** The waves of the stored plan, in order. */
    public ObservableList<WaveColumn> waves() {
        return waves;
    }

    /** The plan's blackouts. */
    public ObservableList<BlackoutSpan> blackouts() {
        return blackouts;
    }

    /** The findings of the validation, the worst first. */
    public ObservableList<ValidationIssue> issues() {
        return issues;
    }

    /** The groups (lower case) whose cards stand out: those of the finding selected. */
    public ObservableSet<String> highlighted() {
        return highlighted;
    }

    public ReadOnlyObjectProperty<State> stateProperty() {
        return state.getReadOnlyProperty();
    }

    /** "10 waves · 89 groups · 328 servers · 4 Jan 2027 to 23 May 2027". */
    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    /** Something the consultant should know about the plan as a whole (groups changed since), or "". */
    public ReadOnlyStringProperty noticeProperty() {
        return notice.getReadOnlyProperty();
    }

    /** "1 dependency runs backwards · 2 splits · no wave over capacity". */
    public ReadOnlyStringProperty validationSummaryProperty() {
        return validationSummary.getReadOnlyProperty();
    }

    /** Whether the validation is being computed. */
    public ReadOnlyBooleanProperty validatingProperty() {
        return validating.getReadOnlyProperty();
    }

    /** Whether the plan or its validation is being read again (or is about to be). */
    public ReadOnlyBooleanProperty refreshingProperty() {
        return refreshing.getReadOnlyProperty();
    }

    /** The title of this view's edit running now, or "". */
    public ReadOnlyStringProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    /** What the last edit did, or "". */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** Today, for the timeline's marker. */
    public ReadOnlyObjectProperty<LocalDate> todayProperty() {
        return today.getReadOnlyProperty();
    }

    /** The wave the user asked to see (a bar of the timeline clicked), or null. */
    public ReadOnlyObjectProperty<Integer> focusedWaveProperty() {
        return focusedWave.getReadOnlyProperty();
    }

    /** The card selected on the board, or null. */
    public ObjectProperty<GroupCard> selectedCardProperty() {
        return selectedCard;
    }

    /** The finding selected in the validation list, or null. */
    public ObjectProperty<ValidationIssue> selectedIssueProperty() {
        return selectedIssue;
    }

    /** The quick filter: cards whose group, servers, applications or environment contain it. */
    public StringProperty filterProperty() {
        return filter;
    }

    /** Whether the plan may be edited now (a plan is shown and nothing is writing to the project). */
    public BooleanBinding canEditProperty() {
        return canEdit;
    }

    /** Whether a project is open, loaded, and nothing writes to it: planning is possible. */
    public BooleanBinding canPlanProperty() {
        return canPlan;
    }

    /** The cards of a column the quick filter lets through. */
    public List<GroupCard> visibleCards(WaveColumn column) {
        String f = filter.get();
        return f == null || f.isBlank() ? column.cards() : column.cards().stream().filter(c -> c.matches(f)).toList();
    }

    /** A card by group name (ignoring case), if the board has it. */
    public Optional<GroupCard> card(String group) {
        return group == null ? Optional.empty() : Optional.ofNullable(cards.get(GroupCard.key(group)));
    }

    /** Asks the board to show a wave (a bar of the timeline was clicked). */
    public void focusWave(int number) {
        focusedWave.set(null);
        focusedWave.set(number);
    }

    // ------------------------------------------------------------------ loading

    /** The view is shown: reload when something changed since. */
    public void shown() {
        active = true;
        if (stale) {
            reload();
        }
    }

    /** Whether the view is on screen; off screen, changes only mark it stale. */
    public void setActive(boolean on) {
        active = on;
        if (on && stale) {
            reload();
        }
    }

    private void invalidate() {
        stale = true;
        if (reloadPending) {
            return;
        }
        // one write changes several areas at once: reload once, after they all changed
        reloadPending = true;
        if (active || !session.isOpen()) {
            refreshing.set(true);
        }
        Platform.runLater(() -> {
            reloadPending = false;
            if (stale && (active || !session.isOpen())) {
                reload();
            } else {
                refreshing.set(loading != null && !loading.isDone() || validating.get());
            }
        });
    }

    /** Reads the plan again (and then validates it). */
    public void reload() {
        stale = false;
        long mine = ++generation;
        cancelReads();
        if (!session.isOpen()) {
            clear();
            state.set(State.NO_PROJECT);
            refreshing.set(false);
            return;
        }
        refreshing.set(true);
        if (state.get() != State.READY) {
            state.set(State.LOADING);
        }
        ProjectFile p = session.project();
        today.set(LocalDate.now());
        loading = session.read(messages.get("waves.job.load"), m -> load(p, m), board -> {
            if (mine == generation) {
                apply(board);
                if (board.plan() != null) {
                    validate(p, board, mine);
                } else {
                    refreshing.set(false);
                }
            }
        }, e -> {
            if (mine == generation) {
                refreshing.set(false);
                if (state.get() == State.LOADING) {
                    state.set(State.NO_PLAN);
                }
                context.fail(e);
            }
        });
    }

    private void cancelReads() {
        if (loading != null && !loading.isDone()) {
            loading.cancel();
        }
        if (validation != null && !validation.isDone()) {
            validation.cancel();
        }
        validating.set(false);
    }

    private void clear() {
        waves.clear();
        blackouts.clear();
        issues.clear();
        cards.clear();
        highlighted.clear();
        summary.set("");
        notice.set("");
        validationSummary.set("");
        selectedCard.set(null);
        selectedIssue.set(null);
    }

    /** The stored plan with what the cards show of each group; read in a job. */
    private record Board(DependencyStore.StoredPlan plan, List<WaveColumn> columns, List<BlackoutSpan> blackouts,
            WaveOptions options, boolean stale, int groups) {
    }

    private static Board load(ProjectFile p, ProgressMonitor monitor) {
        WaveWorkflow workflow = new WaveWorkflow(p);
        WaveOptions options = workflow.optionsOrDefaults();
        DependencyStore store = p.dependencies();
        Optional<DependencyStore.StoredPlan> stored = store.wavePlan();
        List<DependencyStore.StoredGroup> groups = store.groups();
        if (stored.isEmpty()) {
            return new Board(null, List.of(), List.of(), options, false, groups.size());
        }
        monitor.checkCancelled();
        DependencyStore.StoredPlan plan = stored.get();
        Map<String, Integer> pins = new HashMap<>();
        store.wavePins().forEach((g, w) -> pins.put(GroupCard.key(g), w));
        Map<Long, DependencyServer> servers = new HashMap<>();
        for (DependencyServer s : new DependencyWorkflow(p).servers()) {
            servers.put(s.id(), s);
        }
        monitor.checkCancelled();
        Map<String, DependencyStore.StoredGroup> byName = new HashMap<>();
        groups.forEach(g -> byName.put(GroupCard.key(g.name()), g));
        List<WaveColumn> columns = new ArrayList<>();
        for (DependencyStore.StoredWave w : plan.waves()) {
            List<GroupCard> list = new ArrayList<>();
            for (String name : w.groups()) {
                list.add(card(name, w.number(), byName.get(GroupCard.key(name)), servers, pins.get(GroupCard.key(name))));
            }
            list.sort(Comparator.comparing(GroupCard::name, String.CASE_INSENSITIVE_ORDER));
            columns.add(new WaveColumn(w.number(), w.name(), w.startsOn(), w.endsOn(), w.explanation(), list,
                    options.maxServers(), options.maxVcpus()));
        }
        List<BlackoutSpan> spans = new ArrayList<>();
        for (Blackout b : options.blackouts()) {
            spans.add(new BlackoutSpan(b.from(), b.to(), b.label()));
        }
        return new Board(plan, columns, spans, options, WaveWorkflow.stale(plan, groups), groups.size());
    }

    private static GroupCard card(String name, int wave, DependencyStore.StoredGroup g, Map<Long, DependencyServer> servers,
            Integer pin) {
        if (g == null) {
            return new GroupCard(name, wave, List.of(), 0, null, List.of(), null, pin, "", "", List.of());
        }
        List<String> names = new ArrayList<>();
        Map<String, Integer> envs = new TreeMap<>();
        Map<String, Integer> apps = new HashMap<>();
        Integer risk = null;
        for (long id : g.serverIds()) {
            DependencyServer s = servers.get(id);
            if (s == null) {
                names.add("#" + id);
                continue;
            }
            names.add(s.label());
            if (s.environment() != null && !s.environment().isBlank()) {
                envs.merge(s.environment().strip(), 1, Integer::sum);
            }
            if (s.application() != null && !s.application().isBlank()) {
                apps.merge(s.application().strip(), 1, Integer::sum);
            }
            if (s.riskScore() != null && (risk == null || s.riskScore() > risk)) {
                risk = s.riskScore();
            }
        }
        names.sort(String.CASE_INSENSITIVE_ORDER);
        // the environment most servers are in, ties the first alphabetically (as the grouping says)
        String env = null;
        int most = 0;
        for (Map.Entry<String, Integer> e : envs.entrySet()) {
            if (e.getValue() > most) {
                env = e.getKey();
                most = e.getValue();
            }
        }
        List<String> appList = new ArrayList<>(apps.keySet());
        appList.sort(Comparator.<String>comparingInt(a -> -apps.get(a)).thenComparing(String.CASE_INSENSITIVE_ORDER));
        return new GroupCard(g.name(), wave, names, g.vcpus(), env, appList, risk, pin, g.origin(), g.reason(),
                g.dependsOn());
    }

    private void apply(Board board) {
        options = board.options();
        if (board.plan() == null) {
            clear();
            notice.set(board.groups() == 0 ? messages.get("waves.empty.noGroups") : "");
            state.set(State.NO_PLAN);
            return;
        }
        String selected = selectedCard.get() == null ? null : selectedCard.get().key();
        cards.clear();
        board.columns().forEach(c -> c.cards().forEach(card -> cards.put(card.key(), card)));
        waves.setAll(board.columns());
        blackouts.setAll(board.blackouts());
        selectedCard.set(selected == null ? null : cards.get(selected));
        int servers = board.columns().stream().mapToInt(WaveColumn::servers).sum();
        List<WaveColumn> cols = board.columns();
        summary.set(cols.isEmpty() ? messages.get("waves.summary.none")
                : messages.get("waves.summary", cols.size(), cards.size(), servers, Dates.format(messages, cols.get(0).start()),
                        Dates.format(messages, cols.get(cols.size() - 1).end())));
        notice.set(board.stale() ? messages.get("waves.notice.stale") : "");
        state.set(State.READY);
    }

    private void validate(ProjectFile p, Board board, long mine) {
        validating.set(true);
        validationSummary.set(messages.get("waves.validation.running"));
        validation = session.read(messages.get("waves.job.validate"), m -> new WaveWorkflow(p).validate(m), v -> {
            if (mine == generation) {
                validating.set(false);
                refreshing.set(false);
                showValidation(v, board);
            }
        }, e -> {
            if (mine == generation) {
                validating.set(false);
                refreshing.set(false);
                validationSummary.set(messages.get("waves.validation.failed"));
                context.fail(e);
            }
        });
    }

    private void showValidation(WaveWorkflow.Validation result, Board board) {
        ValidationIssue before = selectedIssue.get();
        List<ValidationIssue> list = issues(result, board.plan(), board.columns());
        issues.setAll(list);
        selectedIssue.set(before == null ? null : list.stream().filter(i -> i.line().equals(before.line())
                && i.kind() == before.kind()).findFirst().orElse(null));
        WavePlanValidation v = result.validation();
        validationSummary.set(messages.get("waves.validation.summary", v.orderViolations().size(), v.splits().size(),
                v.capacityOverruns().size(), result.notPlanned().size()));
    }

    /** The findings in the order the list shows them: those {@code waves validate} fails for first. */
    List<ValidationIssue> issues(WaveWorkflow.Validation result, DependencyStore.StoredPlan plan, List<WaveColumn> columns) {
        WavePlanValidation v = result.validation();
        List<ValidationIssue> list = new ArrayList<>();
        for (WavePlanValidation.CrossWaveDependency d : v.orderViolations()) {
            list.add(dependency(ValidationIssue.Kind.ORDER, d));
        }
        for (WavePlanValidation.CapacityOverrun o : v.capacityOverruns()) {
            List<String> groups = columns.stream().filter(c -> c.number() == o.wave()).findFirst()
                    .map(c -> c.cards().stream().map(GroupCard::name).toList()).orElse(List.of());
            String line = String.format("CAPACITY: wave %d has %d servers (at most %s), %d vCPUs (at most %s): %s", o.wave(),
                    o.servers(), o.maxServers() == null ? "any" : o.maxServers(), o.vcpus(),
                    o.maxVcpus() == null ? "any" : o.maxVcpus(), o.cause());
            String limit = o.maxServers() == null ? messages.get("waves.capacity.any") : o.maxServers().toString();
            String vlimit = o.maxVcpus() == null ? messages.get("waves.capacity.any") : o.maxVcpus().toString();
            list.add(new ValidationIssue(ValidationIssue.Kind.CAPACITY,
                    messages.get("waves.issue.capacity", o.wave(), o.servers(), limit, o.vcpus(), vlimit),
                    messages.get(o.cause().equals("pins") ? "waves.issue.capacity.pins" : "waves.issue.capacity.oversize"),
                    groups, List.of(), List.of(o.wave()), line));
        }
        for (WavePlanValidation.CrossWaveDependency d : v.splits()) {
            list.add(dependency(ValidationIssue.Kind.SPLIT, d));
        }
        List<String> missing = result.notPlanned();
        if (!missing.isEmpty()) {
            String line = String.format("%d groups are not in the plan (%s%s); re-plan with mhub waves plan",
                    missing.size(), String.join(", ", missing.subList(0, Math.min(5, missing.size()))),
                    missing.size() > 5 ? ", ..." : "");
            list.add(new ValidationIssue(ValidationIssue.Kind.NOT_PLANNED,
                    messages.get("waves.issue.notPlanned", missing.size()), String.join(", ", missing), missing,
                    List.of(), List.of(), line));
        }
        for (String w : plan.warnings()) {
            list.add(new ValidationIssue(ValidationIssue.Kind.PLAN_WARNING, w, "", List.of(), List.of(), List.of(),
                    "warning: " + w));
        }
        return list;
    }

    private ValidationIssue dependency(ValidationIssue.Kind kind, WavePlanValidation.CrossWaveDependency d) {
        String line = String.format("%s: %s (%s, wave %d) depends on %s (%s, wave %d)", kind.name(), d.consumerServer(),
                d.consumerGroup(), d.consumerWave(), d.providerServer(), d.providerGroup(), d.providerWave());
        String key = kind == ValidationIssue.Kind.ORDER ? "waves.issue.order" : "waves.issue.split";
        return new ValidationIssue(kind,
                messages.get(key, d.consumerServer(), d.consumerWave(), d.providerServer(), d.providerWave()),
                messages.get("waves.issue.groups", d.consumerGroup(), d.providerGroup()),
                List.of(d.consumerGroup(), d.providerGroup()), List.of(d.consumerServer(), d.providerServer()),
                List.of(d.consumerWave(), d.providerWave()), line);
    }

    // ------------------------------------------------------------------ edits

    /** A new plan form, filled from the last plan's options (or the defaults from next Monday). */
    public PlanForm planForm() {
        return new PlanForm(messages, options != null ? options : WaveOptions.defaults(WaveWorkflow.nextMonday(LocalDate.now())));
    }

    /**
     * A card dropped on a wave's column: moves the group there as {@code mhub waves move} does.
     * False (nothing done) when the drop means nothing: the same wave, an unknown group, or an edit
     * running.
     */
    public boolean drop(String group, int wave) {
        Optional<GroupCard> card = card(group);
        if (card.isEmpty() || card.get().wave() == wave || !acceptsDrop(wave)) {
            return false;
        }
        move(card.get().name(), wave);
        return true;
    }

    /** Whether a card may be dropped on wave {@code wave} (one past the last adds a wave). */
    public boolean acceptsDrop(int wave) {
        return canEdit.get() && wave >= 1 && wave <= waves.size() + 1;
    }

    /** Pins the group to the wave and re-makes the plan: {@code mhub waves move GROUP WAVE}. */
    public void move(String group, int wave) {
        edit(messages.get("waves.job.move", group, wave), messages.get("waves.edit.move", group, wave),
                (w, m) -> w.move(group, wave, m).group(), name -> messages.get("waves.status.moved", name, wave));
    }

    /** Lets the planner place the group again and re-makes the plan: {@code mhub waves unpin GROUP}. */
    public void unpin(String group) {
        edit(messages.get("waves.job.unpin", group), messages.get("waves.edit.unpin", group),
                (w, m) -> {
                    w.unpin(group, m);
                    return group;
                }, name -> messages.get("waves.status.unpinned", name));
    }

    /** Makes the plan with the form's options (the groups recomputed first): {@code mhub waves plan}. */
    public void plan(PlanForm form) {
        WaveOptions o = form.options();
        edit(messages.get("waves.job.plan"), messages.get("waves.edit.plan"), (w, m) -> {
            WaveWorkflow.Replanned r = w.replan(o, m);
            return Integer.toString(r.plan().waves().size());
        }, n -> messages.get("waves.status.planned", Integer.parseInt(n)));
    }

    /** Stops this view's edit running now; what it wrote is taken back. */
    public void cancel() {
        if (editJob != null && !editJob.isDone()) {
            editJob.cancel();
        }
    }

    @FunctionalInterface
    private interface EditJob {
        String run(WaveWorkflow workflow, ProgressMonitor monitor);
    }

    /** The groups, plan and pins before and after an edit. */
    private record Change(WaveWorkflow.Snapshot before, WaveWorkflow.Snapshot after, String result) {
    }

    private void edit(String title, String undoLabel, EditJob job, java.util.function.Function<String, String> done) {
        ProjectFile p = session.project();
        if (p == null) {
            return;
        }
        requireIdle();
        running.set(title);
        status.set("");
        // the job's own cancel stops the engines; the job then puts back what was stored before it
        editJob = session.write(title, m -> {
            WaveWorkflow w = new WaveWorkflow(p);
            WaveWorkflow.Snapshot before = w.snapshot();
            try {
                String result = job.run(w, m);
                return new Change(before, w.snapshot(), result);
            } catch (RuntimeException e) {
                // bad input or a cancelled edit leaves the project as it was
                w.restore(before);
                throw e;
            }
        }, change -> {
            running.set("");
            editJob = null;
            status.set(done.apply(change.result()));
            if (change.before().plan() != null) {
                context.undo().done(new SnapshotEdit(undoLabel, p, change.before(), change.after()));
            }
        }, e -> {
            running.set("");
            editJob = null;
            if (e instanceof CancelledException) {
                status.set(messages.get("waves.status.cancelled"));
                return;
            }
            context.fail(e);
        }, Area.WAVES, Area.DEPENDENCIES);
        cancelReads();
    }

    private void requireIdle() {
        if (session.busyProperty().get()) {
            throw new IllegalStateException(messages.get("waves.busy", session.writingProperty().get()));
        }
    }

    /** Puts back a snapshot (an edit undone or redone), as a write job. */
    private void restore(String title, ProjectFile p, WaveWorkflow.Snapshot snapshot, String doneText) {
        if (session.project() != p) {
            throw new IllegalStateException(messages.get("waves.undo.otherProject"));
        }
        requireIdle();
        running.set(title);
        session.write(title, m -> {
            new WaveWorkflow(p).restore(snapshot);
            return doneText;
        }, text -> {
            running.set("");
            status.set(text);
        }, e -> {
            running.set("");
            context.fail(e);
        }, Area.WAVES, Area.DEPENDENCIES);
        cancelReads();
    }

    /** An edit of the plan, taken back and made again by restoring what was stored before and after it. */
    private final class SnapshotEdit implements UndoableEdit {
        private final String label;
        private final ProjectFile project;
        private final WaveWorkflow.Snapshot before;
        private final WaveWorkflow.Snapshot after;

        SnapshotEdit(String label, ProjectFile project, WaveWorkflow.Snapshot before, WaveWorkflow.Snapshot after) {
            this.label = label;
            this.project = project;
            this.before = before;
            this.after = after;
        }

        @Override
        public String label() {
            return label;
        }

        @Override
        public void undo() {
            restore(messages.get("waves.job.undo", label), project, before, messages.get("waves.status.undone", label));
        }

        @Override
        public void redo() {
            restore(messages.get("waves.job.redo", label), project, after, messages.get("waves.status.redone", label));
        }
    }
}
