package com.migrationhub.app.ui.assessment;

import com.migrationhub.app.assess.AssessmentWorkflow;
import com.migrationhub.app.ui.AppContext;
import com.migrationhub.app.ui.edit.UndoableEdit;
import com.migrationhub.app.ui.i18n.Messages;
import com.migrationhub.app.ui.project.ProjectSession;
import com.migrationhub.app.ui.project.ProjectSession.Area;
import com.migrationhub.app.ui.task.LatestOnly;
import com.migrationhub.app.ui.task.TaskRunner;
import com.migrationhub.domain.assessment.Assumptions;
import com.migrationhub.domain.assessment.ScenarioInfo;
import com.migrationhub.domain.assessment.ServerAssessment;
import com.migrationhub.domain.assessment.strategy.Strategy;
import com.migrationhub.domain.catalog.CatalogContent;
import com.migrationhub.domain.catalog.Cloud;
import com.migrationhub.domain.catalog.PricingOption;
import com.migrationhub.domain.catalog.Usd;
import com.migrationhub.domain.store.AssessmentStore;
import com.migrationhub.domain.store.ProjectFile;
import com.migrationhub.domain.task.CancelledException;
import com.migrationhub.domain.task.ProgressMonitor;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import javafx.application.Platform;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The assessment view's state and commands: the scenario's settings as a form (pre-filled from the
 * stored scenario or the defaults, checked as they are typed) and its run as a writing job with
 * progress and cancel; a scenario's results one row per server with the three clouds side by side,
 * the totals per cloud and region, and the explanation of the selected server's figures; the
 * consultant's 7R and size overrides (undoable, applied at the next run); and the comparison of two
 * scenarios. Everything goes through {@link AssessmentWorkflow}, as {@code mhub assess} and
 * {@code mhub assessment} do, so the workbench and the command line agree. FX thread only; the
 * project is read and written in jobs.
 */
public final class AssessmentViewModel {
    /** The clouds, in column order. */
    static final List<Cloud> CLOUDS = List.of(Cloud.AWS, Cloud.AZURE, Cloud.GCP);
    static final List<String> SIZING = List.of("auto", "performance", "as-is");
    static final List<Integer> PERCENTILES = List.of(50, 90, 95, 99);
    static final List<String> UPTIMES = List.of("always-on", "50h/week", "200h/month");
    static final List<String> STRATEGIES = List.of("retire", "retain", "rehost", "relocate", "replatform",
            "repurchase", "refactor");
    /** Servers listed in a comparison. */
    static final int COMPARE_LIMIT = 500;

    private final AppContext context;
    private final ProjectSession session;
    private final Messages messages;
    private final LatestOnly latest;

    // ---------------------------------------------------------------- scenarios and results
    final ObservableList<String> scenarios = FXCollections.observableArrayList();
    /** The scenario whose results are shown. */
    final StringProperty scenario = new SimpleStringProperty();
    final ObservableList<ResultRow> rows = FXCollections.observableArrayList();
    final ObservableList<CloudTotal> totals = FXCollections.observableArrayList();
    /** The region shown of each cloud (null where the scenario did not assess it). */
    final StringProperty[] regionOf = {new SimpleStringProperty(), new SimpleStringProperty(),
        new SimpleStringProperty()};
    final StringProperty currency = new SimpleStringProperty("USD");
    final StringProperty filter = new SimpleStringProperty("");
    /** Only servers with this strategy (upper case), or null. */
    final StringProperty strategyFilter = new SimpleStringProperty();
    final StringProperty count = new SimpleStringProperty("");
    final StringProperty scenarioSummary = new SimpleStringProperty("");
    final BooleanProperty loading = new SimpleBooleanProperty();
    /** Whether an override is stored that the results do not have yet. */
    final BooleanProperty pending = new SimpleBooleanProperty();
    final ObservableList<ResultRow> selected = FXCollections.observableArrayList();
    /** The explanation of the selected server's figures. */
    final StringProperty detail = new SimpleStringProperty("");
    final ObservableList<String> runNotes = FXCollections.observableArrayList();
    final StringProperty lastRun = new SimpleStringProperty("");
    /** Bumped when the rows' override marks changed, so the table redraws them. */
    final IntegerProperty redraw = new SimpleIntegerProperty();
    /** Bumped when a run ends well, so the view shows the results. */
    final IntegerProperty runsDone = new SimpleIntegerProperty();
    private List<ResultRow> all = List.of();
    private Assumptions shown;
    private NumberFormat money;
    private boolean stale = true;
    private boolean active;
    private final AtomicLong explainGeneration = new AtomicLong();

    // ---------------------------------------------------------------- the form
    final StringProperty formScenario = new SimpleStringProperty("");
    final BooleanProperty[] cloudOn = {new SimpleBooleanProperty(true), new SimpleBooleanProperty(true),
        new SimpleBooleanProperty(true)};
    final StringProperty[] regions = {new SimpleStringProperty(""), new SimpleStringProperty(""),
        new SimpleStringProperty("")};
    @SuppressWarnings("unchecked")
    final ObservableList<String>[] regionChoices = new ObservableList[] {FXCollections.observableArrayList(),
        FXCollections.observableArrayList(), FXCollections.observableArrayList()};
    final StringProperty sizing = new SimpleStringProperty("auto");
    final ObjectProperty<Integer> percentile = new SimpleObjectProperty<>(95);
    final StringProperty comfort = new SimpleStringProperty("1.3");
    final StringProperty pricing = new SimpleStringProperty("on-demand");
    final StringProperty formCurrency = new SimpleStringProperty("USD");
    final StringProperty rate = new SimpleStringProperty("");
    final StringProperty rateNote = new SimpleStringProperty("");
    final StringProperty uptime = new SimpleStringProperty("always-on");
    final BooleanProperty byolWindows = new SimpleBooleanProperty();
    final BooleanProperty byolSql = new SimpleBooleanProperty();
    final StringProperty egress = new SimpleStringProperty("0");
    final ObjectProperty<Integer> horizon = new SimpleObjectProperty<>(3);
    final StringProperty families = new SimpleStringProperty("");
    final BooleanProperty allowArm = new SimpleBooleanProperty();
    final BooleanProperty allowBurstable = new SimpleBooleanProperty();
    final StringProperty minMemory = new SimpleStringProperty("0");
    final ObjectProperty<LocalDate> assessedOn = new SimpleObjectProperty<>(LocalDate.now(ZoneOffset.UTC));
    /** What is wrong with the form, in one line; "" when it can run. */
    final StringProperty formError = new SimpleStringProperty("");
    /** Whether the form's scenario exists (a run replaces its results) or is new. */
    final BooleanProperty formExisting = new SimpleBooleanProperty();
    final BooleanProperty running = new SimpleBooleanProperty();
    /** The run's progress, 0 to 1, or -1 while unknown. */
    final DoubleProperty progress = new SimpleDoubleProperty(-1);
    final StringProperty progressText = new SimpleStringProperty("");
    private Map<String, String> base = Map.of();
    private String baseRate = "";
    private String baseCurrency = "USD";
    private CatalogContent catalog;
    private TaskRunner.TaskHandle runHandle;
    private AtomicBoolean cancelRun;
    private boolean filling;

    // ---------------------------------------------------------------- compare
    final StringProperty compareA = new SimpleStringProperty();
    final StringProperty compareB = new SimpleStringProperty();
    final ObservableList<CompareRow> compareTotals = FXCollections.observableArrayList();
    final ObservableList<CompareRow> compareAssumptions = FXCollections.observableArrayList();
    final ObservableList<CompareRow> compareServers = FXCollections.observableArrayList();
    final StringProperty compareSummary = new SimpleStringProperty("");

    public AssessmentViewModel(AppContext context) {
        this(context, new LatestOnly("assessment-view"));
    }

    AssessmentViewModel(AppContext context, LatestOnly latest) {
        this.context = context;
        this.session = context.session();
        this.messages = context.messages();
        this.latest = latest;
        session.revision(Area.ASSESSMENT).addListener((o, a, b) -> invalidate());
        session.revision(Area.INVENTORY).addListener((o, a, b) -> invalidate());
        session.revision(Area.SETTINGS).addListener((o, a, b) -> invalidate());
        session.projectProperty().addListener((o, a, b) -> {
            catalog = null;
            scenario.set(null);
            all = List.of();
            rows.clear();
            totals.clear();
            runNotes.clear();
            lastRun.set("");
            invalidate();
        });
        filter.addListener((o, a, b) -> applyFilter());
        strategyFilter.addListener((o, a, b) -> applyFilter());
        scenario.addListener((o, a, b) -> {
            if (b != null && !b.equals(a)) {
                loadResults(b);
            }
        });
        selected.addListener((javafx.collections.ListChangeListener<ResultRow>) c -> explainSelected());
        formScenario.addListener((o, a, b) -> {
            boolean exists = b != null && scenarios.contains(b.trim());
            formExisting.set(exists);
            if (exists && !filling) {
                loadForm(b.trim());
            }
            validate();
        });
        List<javafx.beans.Observable> inputs = new ArrayList<>(List.of(sizing, percentile, comfort, pricing,
                formCurrency, rate, uptime, egress, horizon, families, minMemory, assessedOn));
        for (int i = 0; i < 3; i++) {
            inputs.add(cloudOn[i]);
            inputs.add(regions[i]);
        }
        for (javafx.beans.Observable in : inputs) {
            in.addListener(x -> validate());
        }
        formCurrency.addListener((o, a, b) -> {
            if (!filling) {
                rateNote.set("");
                rate.set(b != null && b.equals(baseCurrency) ? baseRate : "");
            }
        });
    }

    /** Whether a job writes to the project now: commands that write wait. */
    ReadOnlyBooleanProperty busyProperty() {
        return session.busyProperty();
    }

    boolean isOpen() {
        return session.isOpen();
    }

    // ---------------------------------------------------------------- loading

    private void invalidate() {
        stale = true;
        if (active && session.isOpen()) {
            reload();
        }
    }

    /** The view is shown: reload what changed since. */
    public void shown() {
        active = true;
        if (stale && session.isOpen()) {
            reload();
        }
    }

    private record Scenarios(List<ScenarioInfo> list, CatalogContent catalog) {
    }

    /** Reads the scenarios (and, once, the catalog's regions), then the shown scenario's results. */
    public void reload() {
        if (!session.isOpen()) {
            return;
        }
        stale = false;
        loading.set(true);
        session.read(messages.get("assessment.task.scenarios"), m -> new Scenarios(session.project().assessments()
                .scenarios(), session.catalog()), s -> {
                    catalog = s.catalog();
                    for (int i = 0; i < 3; i++) {
                        regionChoices[i].setAll(AssessmentWorkflow.regions(catalog, CLOUDS.get(i)));
                    }
                    List<String> names = s.list().stream().map(ScenarioInfo::name).toList();
                    scenarios.setAll(names);
                    String latestRun = s.list().stream().max(Comparator.comparing(ScenarioInfo::assessedAt))
                            .map(ScenarioInfo::name).orElse(null);
                    String keep = scenario.get();
                    if (keep == null || !names.contains(keep)) {
                        scenario.set(latestRun);
                        if (latestRun == null) {
                            all = List.of();
                            rows.clear();
                            totals.clear();
                            scenarioSummary.set(messages.get("assessment.results.none"));
                            loading.set(false);
                        }
                    } else {
                        loadResults(keep);
                    }
                    for (StringProperty p : new StringProperty[] {compareA, compareB}) {
                        if (p.get() != null && !names.contains(p.get())) {
                            p.set(null);
                        }
                    }
                    if (compareA.get() == null && !names.isEmpty()) {
                        compareA.set(names.get(0));
                    }
                    if (compareB.get() == null && names.size() > 1) {
                        compareB.set(names.get(1));
                    }
                    String form = formScenario.get() == null ? "" : formScenario.get().trim();
                    if (form.isEmpty()) {
                        formScenario.set(latestRun == null ? messages.get("assessment.form.first-name") : latestRun);
                        if (latestRun == null) {
                            loadForm(null);
                        }
                    } else {
                        formExisting.set(names.contains(form));
                        if (base.isEmpty()) {
                            loadForm(names.contains(form) ? form : null);
                        }
                    }
                }, this::failLoading);
    }

    private void failLoading(Throwable e) {
        loading.set(false);
        context.fail(e);
    }

    private record Loaded(String name, Assumptions a, String summary, List<ResultRow> rows, List<CloudTotal> totals,
            String[] regions) {
    }

    /** Reads a scenario's results: one row per server, the clouds side by side, and the totals per cloud and region. */
    void loadResults(String name) {
        if (!session.isOpen() || name == null) {
            return;
        }
        loading.set(true);
        session.read(messages.get("assessment.task.results", name), m -> readResults(name, m), this::applyLoaded,
                this::failLoading);
    }

    private Loaded readResults(String name, ProgressMonitor monitor) {
        ProjectFile p = session.project();
        AssessmentWorkflow w = new AssessmentWorkflow(p);
        ScenarioInfo info = w.scenario(name);
        Assumptions a = Assumptions.fromMap(info.assumptions());
        String[] regionOf = new String[3];
        for (int i = 0; i < 3; i++) {
            List<String> r = a.regions().get(CLOUDS.get(i));
            regionOf[i] = a.clouds().contains(CLOUDS.get(i)) && r != null && !r.isEmpty() ? r.get(0) : null;
        }
        Map<String, AssessmentWorkflow.Totals> totals = new java.util.TreeMap<>();
        List<ResultRow> out = new ArrayList<>(Math.max(16, info.servers()));
        ServerAssessment[] current = new ServerAssessment[1];
        ResultRow.Cell[][] cells = {new ResultRow.Cell[3]};
        long[] n = {0};
        Runnable flush = () -> {
            ServerAssessment r = current[0];
            if (r != null) {
                out.add(new ResultRow(r.serverId(), r.serverName(), r.strategy(), r.strategySuggested(), r.stars(),
                        r.riskScore(), r.riskLevel(), cells[0]));
                cells[0] = new ResultRow.Cell[3];
            }
        };
        w.store().forEachResult(name, true, r -> {
            if (current[0] != null && current[0].serverId() != r.serverId()) {
                flush.run();
                if (++n[0] % 2000 == 0) {
                    monitor.checkCancelled();
                    monitor.progress(n[0], info.servers(), "reading results");
                }
            }
            current[0] = r;
            totals.computeIfAbsent(r.cloud() + " " + r.region(), k -> new AssessmentWorkflow.Totals(a)).add(r);
            int c = CLOUDS.indexOf(Cloud.parse(r.cloud()));
            if (r.region().equals(regionOf[c])) {
                cells[0][c] = new ResultRow.Cell(r.region(), r.readiness(), r.size(), r.vcpus(), r.memoryMiB(),
                        AssessmentWorkflow.totalCents(r, a));
            }
        });
        flush.run();
        Map<Long, ResultRow> byId = new HashMap<>();
        out.forEach(r -> byId.put(r.serverId(), r));
        applyOverrides(w.store(), byId);
        List<CloudTotal> list = new ArrayList<>();
        totals.forEach((k, t) -> {
            String[] cr = k.split(" ", 2);
            list.add(new CloudTotal(cr[0], cr[1], t.servers, t.readiness.getOrDefault("READY", 0L),
                    t.readiness.getOrDefault("READY_WITH_CONDITIONS", 0L), t.readiness.getOrDefault("NOT_READY", 0L),
                    t.readiness.getOrDefault("UNKNOWN", 0L), t.sized, t.total()));
        });
        list.sort(Comparator.comparing((CloudTotal t) -> CLOUDS.indexOf(Cloud.parse(t.cloud()))));
        String summary = messages.get("assessment.results.summary", info.servers(), Assumptions.sizingId(a.sizing()),
                a.percentile(), a.comfort().toPlainString(), a.pricing().id(), a.uptime(), a.currency(),
                java.util.Date.from(info.assessedAt().toInstant()));
        return new Loaded(name, a, summary, out, list, regionOf);
    }

    /** Sets each row's overrides as stored now. Any thread (the rows are not shown yet) or the FX thread. */
    private static void applyOverrides(AssessmentStore store, Map<Long, ResultRow> byId) {
        byId.values().forEach(r -> {
            r.strategySet = null;
            java.util.Arrays.fill(r.sizeSet, null);
        });
        store.overrides().forEach((id, o) -> {
            ResultRow r = byId.get(id);
            if (r != null) {
                r.strategySet = o.strategy();
            }
        });
        for (AssessmentStore.StoredSizeOverride o : store.sizeOverrides()) {
            ResultRow r = byId.get(o.serverId());
            if (r != null) {
                r.sizeSet[CLOUDS.indexOf(Cloud.parse(o.cloud()))] = o.size();
            }
        }
    }

    private void applyLoaded(Loaded l) {
        loading.set(false);
        if (!l.name().equals(scenario.get())) {
            return;
        }
        shown = l.a();
        currency.set(l.a().currency());
        money = NumberFormat.getCurrencyInstance(messages.locale());
        money.setCurrency(Currency.getInstance(l.a().currency()));
        for (int i = 0; i < 3; i++) {
            regionOf[i].set(l.regions()[i]);
        }
        all = l.rows();
        totals.setAll(l.totals());
        scenarioSummary.set(l.summary());
        updatePending();
        applyFilter();
    }

    private void updatePending() {
        pending.set(all.stream().anyMatch(ResultRow::pending));
    }

    private void applyFilter() {
        String text = filter.get() == null ? "" : filter.get().trim().toLowerCase(Locale.ROOT);
        String strategy = strategyFilter.get();
        List<ResultRow> source = all;
        latest.submit(() -> {
            List<ResultRow> out = new ArrayList<>();
            for (ResultRow r : source) {
                if (r.matches(text) && (strategy == null || strategy.equals(r.strategy()))) {
                    out.add(r);
                }
            }
            return out;
        }, list -> {
            if (source != all) {
                return;
            }
            rows.setAll(list);
            count.set(messages.get("assessment.results.count", list.size(), source.size()));
        });
    }

    /** An amount in cents of the shown scenario's currency, in the user's locale. */
    String money(long cents) {
        if (money == null) {
            money = NumberFormat.getCurrencyInstance(messages.locale());
            money.setCurrency(Currency.getInstance(currency.get()));
        }
        return money.format(BigDecimal.valueOf(cents, 2));
    }

    /** "★★★☆☆", or "" where confidence does not apply (sized as on premises). */
    static String stars(int stars) {
        if (stars <= 0) {
            return "";
        }
        return "★".repeat(Math.min(5, stars)) + "☆".repeat(Math.max(0, 5 - stars));
    }

    /** A readiness code in words. */
    String readiness(String code) {
        return code == null ? "" : messages.get("assessment.readiness." + code.toLowerCase(Locale.ROOT));
    }

    /** A strategy code in words. */
    String strategy(String code) {
        return code == null ? "" : messages.get("assessment.strategy." + code.toLowerCase(Locale.ROOT));
    }

    // ---------------------------------------------------------------- explanation

    /** The explanation of the selected server's figures, made in the background; only the newest is shown. */
    private void explainSelected() {
        long mine = explainGeneration.incrementAndGet();
        if (selected.size() != 1 || !session.isOpen() || shown == null) {
            detail.set(selected.size() > 1 ? messages.get("assessment.detail.many", selected.size())
                    : messages.get("assessment.detail.none"));
            return;
        }
        ResultRow row = selected.get(0);
        String name = scenario.get();
        Assumptions a = shown;
        detail.set(messages.get("assessment.detail.loading", row.server()));
        latest.submit(() -> explain(name, a, row.serverId()), text -> {
            if (explainGeneration.get() == mine) {
                detail.set(text);
            }
        });
    }

    /** What {@code mhub assessment show --server S --explain} prints below its table, for one server. */
    private String explain(String name, Assumptions a, long serverId) {
        try {
            ProjectFile p = session.project();
            AssessmentWorkflow w = new AssessmentWorkflow(p);
            List<ServerAssessment> rows = w.store().results(name, serverId);
            Map<String, List<String>> explanations = w.explanations(session.assessmentService(), a, rows);
            StringBuilder b = new StringBuilder();
            for (ServerAssessment r : rows) {
                if (b.length() > 0) {
                    b.append('\n');
                }
                b.append(r.serverName()).append(", ").append(r.cloud()).append(' ').append(r.region()).append(": ")
                        .append(r.readiness()).append("; ").append(r.strategy()).append(" (").append(r.rationale())
                        .append(")\n");
                b.append("  ").append(messages.get("assessment.detail.cost", r.size() == null ? "-" : r.size(),
                        money(AssessmentWorkflow.totalCents(r, a)), Usd.cents(r.totalNanos()))).append('\n');
                r.readinessReasons().forEach(x -> b.append("  readiness: ").append(x.replace('\t', ' ')).append('\n'));
                explanations.getOrDefault(AssessmentWorkflow.key(r), List.of())
                        .forEach(x -> b.append("  ").append(x).append('\n'));
                r.riskFactors().forEach(x -> b.append("  risk: ").append(x.replace('\t', ' ')).append('\n'));
            }
            return b.toString();
        } catch (RuntimeException e) {
            return com.migrationhub.app.ui.error.Problem.of(e).message();
        }
    }

    // ---------------------------------------------------------------- the form

    /** Fills the form from a stored scenario's assumptions, or from the defaults (null). */
    void loadForm(String name) {
        if (!session.isOpen()) {
            return;
        }
        session.read(messages.get("assessment.task.form"), m -> {
            AssessmentWorkflow w = new AssessmentWorkflow(session.project());
            return name == null ? w.defaults() : w.baseAssumptions(name);
        }, this::fill, context::fail);
    }

    /** Sets every field from {@code m}, keeping {@code m} as what the run starts from. */
    void fill(Map<String, String> m) {
        filling = true;
        try {
            base = new LinkedHashMap<>(m);
            Assumptions a = Assumptions.fromMap(m);
            for (int i = 0; i < 3; i++) {
                Cloud c = CLOUDS.get(i);
                cloudOn[i].set(a.clouds().contains(c));
                List<String> r = a.regions().get(c);
                regions[i].set(r != null ? String.join(",", r)
                        : m.getOrDefault("regions." + c.id(), Assumptions.DEFAULT_REGIONS.get(c)));
            }
            sizing.set(Assumptions.sizingId(a.sizing()));
            percentile.set(a.percentile());
            comfort.set(a.comfort().toPlainString());
            pricing.set(a.pricing().id());
            baseCurrency = a.currency();
            baseRate = a.rate().toPlainString();
            formCurrency.set(a.currency());
            rate.set(baseRate);
            rateNote.set(a.rateMonth());
            uptime.set(a.uptime());
            byolWindows.set(a.byolWindows());
            byolSql.set(a.byolSql());
            egress.set(Long.toString(a.egressGbPerMonth()));
            horizon.set(a.horizonYears());
            families.set(String.join(",", a.families()));
            allowArm.set(a.allowArm());
            allowBurstable.set(a.allowBurstable());
            minMemory.set(Long.toString(a.minMemoryMiBPerVcpu()));
            assessedOn.set(a.assessedOn());
        } finally {
            filling = false;
        }
        validate();
    }

    /** Resets the form to the defaults (the project's regions, today), keeping the name. */
    void resetToDefaults() {
        loadForm(null);
    }

    /** The form's assumptions as text, on top of what the scenario starts from; refused in one line where wrong. */
    Map<String, String> formMap() {
        Map<String, String> m = new LinkedHashMap<>(base.isEmpty() ? Assumptions.defaults(
                LocalDate.now(ZoneOffset.UTC)).toMap() : base);
        List<String> clouds = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            Cloud c = CLOUDS.get(i);
            if (!cloudOn[i].get()) {
                continue;
            }
            clouds.add(c.id());
            List<String> list = new ArrayList<>();
            for (String r : text(regions[i]).split(",")) {
                if (!r.isBlank()) {
                    String region = r.trim();
                    if (!regionChoices[i].isEmpty() && !regionChoices[i].contains(region)) {
                        throw new IllegalArgumentException(messages.get("assessment.form.error.region", region,
                                c.label()));
                    }
                    if (!list.contains(region)) {
                        list.add(region);
                    }
                }
            }
            if (list.isEmpty()) {
                throw new IllegalArgumentException(messages.get("assessment.form.error.no-region", c.label()));
            }
            m.put("regions." + c.id(), String.join(",", list));
        }
        if (clouds.isEmpty()) {
            throw new IllegalArgumentException(messages.get("assessment.form.error.no-cloud"));
        }
        m.put("clouds", String.join(",", clouds));
        m.put("sizing", Assumptions.sizingId(Assumptions.parseSizing(sizing.get())));
        m.put("percentile", Integer.toString(percentile.get() == null ? 95 : percentile.get()));
        m.put("comfort", decimal(comfort, "assessment.form.comfort").toPlainString());
        m.put("pricing", PricingOption.parse(pricing.get()).id());
        String cur = formCurrency.get() == null ? baseCurrency : formCurrency.get();
        String rateText = text(rate);
        BigDecimal r = rateText.isEmpty() || rateText.equals(baseRate) && cur.equals(baseCurrency) ? null
                : decimal(rate, "assessment.form.rate");
        if (!cur.equals(baseCurrency) || r != null) {
            if (catalog == null && r == null && !cur.equals("USD")) {
                throw new IllegalArgumentException(messages.get("assessment.form.error.catalog"));
            }
            AssessmentWorkflow.putCurrency(m, cur, cur.equals("USD") ? null : r, catalog);
        }
        m.put("uptime", text(uptime));
        m.put("licence.byol-windows", Boolean.toString(byolWindows.get()));
        m.put("licence.byol-sql", Boolean.toString(byolSql.get()));
        m.put("network.egress-gb-per-month", Long.toString(whole(egress, "assessment.form.egress")));
        m.put("horizon.years", Integer.toString(horizon.get() == null ? 3 : horizon.get()));
        List<String> fam = new ArrayList<>();
        for (String f : text(families).split(",")) {
            if (!f.isBlank()) {
                fam.add(f.trim().toLowerCase(Locale.ROOT));
            }
        }
        m.put("sizing.families", String.join(",", fam));
        m.put("sizing.allow-arm", Boolean.toString(allowArm.get()));
        m.put("sizing.allow-burstable", Boolean.toString(allowBurstable.get()));
        m.put("sizing.min-memory-mib-per-vcpu", Long.toString(whole(minMemory, "assessment.form.min-memory")));
        if (assessedOn.get() == null) {
            throw new IllegalArgumentException(messages.get("assessment.form.error.date"));
        }
        m.put("assessed.on", assessedOn.get().toString());
        return m;
    }

    private static String text(StringProperty p) {
        return p.get() == null ? "" : p.get().trim();
    }

    private BigDecimal decimal(StringProperty p, String label) {
        try {
            return new BigDecimal(text(p).replace(',', '.'));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(messages.get("assessment.form.error.number", messages.get(label), text(p)));
        }
    }

    private long whole(StringProperty p, String label) {
        try {
            long v = Long.parseLong(text(p).isEmpty() ? "0" : text(p));
            if (v < 0) {
                throw new NumberFormatException();
            }
            return v;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(messages.get("assessment.form.error.whole", messages.get(label), text(p)));
        }
    }

    /** Checks the form as it is typed; the message says what to fix. */
    boolean validate() {
        if (filling) {
            return formError.get().isEmpty();
        }
        try {
            String name = text(formScenario);
            if (name.isEmpty()) {
                throw new IllegalArgumentException(messages.get("assessment.form.error.name"));
            }
            if (name.length() > 200) {
                throw new IllegalArgumentException(messages.get("assessment.form.error.name-long"));
            }
            Assumptions.fromMap(formMap());
            formError.set("");
            return true;
        } catch (RuntimeException e) {
            formError.set(e.getMessage() == null ? e.toString() : e.getMessage());
            return false;
        }
    }

    /** What a run returned: the outcome, or that it was cancelled (the stored scenario is as it was). */
    private record RunResult(AssessmentWorkflow.Outcome outcome, boolean cancelled) {
    }

    /** Runs the assessment with the form's settings into the form's scenario, as {@code mhub assess} does. */
    void run() {
        if (running.get() || !validate()) {
            return;
        }
        Assumptions a;
        try {
            a = AssessmentWorkflow.assumptions(formMap());
        } catch (RuntimeException e) {
            formError.set(e.getMessage());
            return;
        }
        String name = text(formScenario);
        AtomicBoolean cancel = new AtomicBoolean();
        cancelRun = cancel;
        running.set(true);
        progress.set(-1);
        progressText.set(messages.get("assessment.run.starting"));
        runNotes.clear();
        AtomicBoolean pendingUpdate = new AtomicBoolean();
        try {
            runHandle = session.write(messages.get("assessment.task.run", name), monitor -> {
                ProgressMonitor tee = new ProgressMonitor() {
                    @Override
                    public void progress(long done, long total, String what) {
                        monitor.progress(done, total, what);
                        if (!pendingUpdate.getAndSet(true)) {
                            Platform.runLater(() -> {
                                pendingUpdate.set(false);
                                progress.set(total > 0 ? Math.min(1, (double) done / total) : -1);
                                progressText.set(messages.get("assessment.run.progress", done, Math.max(total, 0)));
                            });
                        }
                    }

                    @Override
                    public boolean isCancelled() {
                        return cancel.get() || monitor.isCancelled();
                    }
                };
                try {
                    return new RunResult(new AssessmentWorkflow(session.project()).run(session.assessmentService(),
                            name, a, tee), false);
                } catch (CancelledException e) {
                    if (monitor.isCancelled()) {
                        throw e;
                    }
                    // cancelled from the form: the save rolled back; end as a success so the project is free again
                    return new RunResult(null, true);
                }
            }, r -> {
                running.set(false);
                runHandle = null;
                if (r.cancelled()) {
                    lastRun.set(messages.get("assessment.run.cancelled"));
                    return;
                }
                AssessmentWorkflow.Outcome o = r.outcome();
                lastRun.set(messages.get("assessment.run.done", o.run().servers(), name, o.seconds()));
                runNotes.setAll(o.run().notes());
                runsDone.set(runsDone.get() + 1);
                if (name.equals(scenario.get())) {
                    loadResults(name);
                } else {
                    scenario.set(name);
                }
            }, e -> {
                running.set(false);
                runHandle = null;
                context.fail(e);
            }, Area.ASSESSMENT);
        } catch (IllegalStateException e) {
            running.set(false);
            context.fail(e);
        }
    }

    /** Stops the run; its results are rolled back and the stored scenario stays as it was. */
    void cancel() {
        if (cancelRun != null) {
            cancelRun.set(true);
        }
        progressText.set(messages.get("assessment.run.cancelling"));
    }

    /** Copies the shown scenario's settings into the form, to re-run it. */
    void editShown() {
        if (scenario.get() != null) {
            formScenario.set(scenario.get());
            loadForm(scenario.get());
        }
    }

    /** Re-runs the shown scenario with its stored settings: applies overrides set since. */
    void rerunShown() {
        String name = scenario.get();
        if (name == null || running.get()) {
            return;
        }
        filling = true;
        formScenario.set(name);
        filling = false;
        session.read(messages.get("assessment.task.form"), m -> new AssessmentWorkflow(session.project())
                .baseAssumptions(name), m -> {
                    fill(m);
                    run();
                }, context::fail);
    }

    // ---------------------------------------------------------------- overrides

    /** Sets the consultant's 7R strategy for the selected servers (undoable); it applies at the next run. */
    void setStrategy(List<ResultRow> targets, String strategyText, String note) {
        if (targets.isEmpty() || session.busyProperty().get()) {
            return;
        }
        Strategy s = AssessmentWorkflow.parseStrategy(strategyText);
        AssessmentStore store = session.project().assessments();
        Map<Long, AssessmentStore.StrategyOverride> before = new LinkedHashMap<>();
        Map<Long, AssessmentStore.StrategyOverride> now = store.overrides();
        List<Long> ids = targets.stream().map(ResultRow::serverId).toList();
        ids.forEach(id -> before.put(id, now.get(id)));
        String text = note == null ? "" : note.trim();
        Runnable redo = () -> {
            OffsetDateTime at = OffsetDateTime.now(ZoneOffset.UTC);
            ids.forEach(id -> store.setOverride(id, s.name(), text, at));
        };
        Runnable undo = () -> before.forEach((id, o) -> {
            if (o == null) {
                store.clearOverride(id);
            } else {
                store.setOverride(id, o.strategy(), o.note(), o.setAt());
            }
        });
        String label = targets.size() == 1
                ? messages.get("assessment.undo.strategy.one", targets.get(0).server(), strategy(s.name()))
                : messages.get("assessment.undo.strategy.many", targets.size(), strategy(s.name()));
        edit(label, redo, undo);
    }

    /** Removes the consultant's 7R strategy of the selected servers (undoable). */
    void clearStrategy(List<ResultRow> targets) {
        if (targets.isEmpty() || session.busyProperty().get()) {
            return;
        }
        AssessmentStore store = session.project().assessments();
        Map<Long, AssessmentStore.StrategyOverride> now = store.overrides();
        Map<Long, AssessmentStore.StrategyOverride> before = new LinkedHashMap<>();
        targets.forEach(r -> {
            if (now.containsKey(r.serverId())) {
                before.put(r.serverId(), now.get(r.serverId()));
            }
        });
        if (before.isEmpty()) {
            return;
        }
        edit(messages.get("assessment.undo.strategy.clear", before.size()),
                () -> before.keySet().forEach(store::clearOverride),
                () -> before.forEach((id, o) -> store.setOverride(id, o.strategy(), o.note(), o.setAt())));
    }

    /** Sets the consultant's size on a cloud for the selected servers (undoable); checked against the catalog. */
    void setSize(List<ResultRow> targets, Cloud cloud, String size, String note) {
        if (targets.isEmpty() || session.busyProperty().get()) {
            return;
        }
        if (catalog == null) {
            throw new IllegalStateException(messages.get("assessment.form.error.catalog"));
        }
        String name = AssessmentWorkflow.catalogSize(catalog, cloud, size);
        AssessmentStore store = session.project().assessments();
        Map<Long, AssessmentStore.StoredSizeOverride> before = sizesOf(store, targets, cloud);
        String text = note == null ? "" : note.trim();
        List<Long> ids = targets.stream().map(ResultRow::serverId).toList();
        String label = targets.size() == 1
                ? messages.get("assessment.undo.size.one", targets.get(0).server(), name, cloud.label())
                : messages.get("assessment.undo.size.many", targets.size(), name, cloud.label());
        edit(label, () -> {
            OffsetDateTime at = OffsetDateTime.now(ZoneOffset.UTC);
            ids.forEach(id -> store.setSizeOverride(id, cloud.id(), name, text, at));
        }, () -> restoreSizes(store, ids, cloud, before));
    }

    /** Removes the consultant's size on a cloud (null: every cloud) for the selected servers (undoable). */
    void clearSize(List<ResultRow> targets, Cloud cloud) {
        if (targets.isEmpty() || session.busyProperty().get()) {
            return;
        }
        AssessmentStore store = session.project().assessments();
        List<Cloud> clouds = cloud == null ? CLOUDS : List.of(cloud);
        Map<Cloud, Map<Long, AssessmentStore.StoredSizeOverride>> before = new LinkedHashMap<>();
        clouds.forEach(c -> before.put(c, sizesOf(store, targets, c)));
        List<Long> ids = targets.stream().map(ResultRow::serverId).toList();
        edit(messages.get("assessment.undo.size.clear", targets.size()),
                () -> ids.forEach(id -> clouds.forEach(c -> store.clearSizeOverride(id, c.id()))),
                () -> before.forEach((c, m) -> restoreSizes(store, ids, c, m)));
    }

    private static Map<Long, AssessmentStore.StoredSizeOverride> sizesOf(AssessmentStore store, List<ResultRow> targets,
            Cloud cloud) {
        java.util.Set<Long> ids = new java.util.HashSet<>();
        targets.forEach(r -> ids.add(r.serverId()));
        Map<Long, AssessmentStore.StoredSizeOverride> out = new HashMap<>();
        for (AssessmentStore.StoredSizeOverride o : store.sizeOverrides()) {
            if (ids.contains(o.serverId()) && o.cloud().equals(cloud.id())) {
                out.put(o.serverId(), o);
            }
        }
        return out;
    }

    private static void restoreSizes(AssessmentStore store, List<Long> ids, Cloud cloud,
            Map<Long, AssessmentStore.StoredSizeOverride> before) {
        for (long id : ids) {
            AssessmentStore.StoredSizeOverride o = before.get(id);
            if (o == null) {
                store.clearSizeOverride(id, cloud.id());
            } else {
                store.setSizeOverride(id, o.cloud(), o.size(), o.note(), o.setAt());
            }
        }
    }

    /** Makes an edit now and records it for Undo; the rows show the overrides as stored afterwards. */
    private void edit(String label, Runnable redo, Runnable undo) {
        Runnable refresh = () -> {
            Map<Long, ResultRow> byId = new HashMap<>();
            all.forEach(r -> byId.put(r.serverId(), r));
            applyOverrides(session.project().assessments(), byId);
            updatePending();
            // the same rows with new override marks: the table redraws them, keeping the selection
            redraw.set(redraw.get() + 1);
        };
        redo.run();
        refresh.run();
        context.undo().done(new UndoableEdit() {
            @Override
            public String label() {
                return label;
            }

            @Override
            public void undo() {
                undo.run();
                refresh.run();
            }

            @Override
            public void redo() {
                redo.run();
                refresh.run();
            }
        });
    }

    /** The catalog's sizes of a cloud, for the size chooser (empty until the catalog is read). */
    List<String> sizeNames(Cloud cloud) {
        if (catalog == null) {
            return List.of();
        }
        return catalog.sizes.stream().filter(s -> s.cloud() == cloud).map(s -> s.name()).distinct().sorted().toList();
    }

    // ---------------------------------------------------------------- compare

    /** Compares the two chosen scenarios, as {@code mhub assessment compare} does. */
    void compare() {
        String a = compareA.get();
        String b = compareB.get();
        if (a == null || b == null || !session.isOpen()) {
            return;
        }
        session.read(messages.get("assessment.task.compare", a, b), m -> new AssessmentWorkflow(session.project())
                .compare(a, b, COMPARE_LIMIT), this::showComparison, context::fail);
    }

    private void showComparison(AssessmentWorkflow.Comparison c) {
        List<CompareRow> t = new ArrayList<>();
        for (AssessmentWorkflow.RegionDiff r : c.regions()) {
            long diff = r.differenceNanos();
            Double pct = r.changePercent();
            String change = (diff < 0 ? "-" : "+") + usd(Math.abs(diff))
                    + (pct == null ? "" : String.format(messages.locale(), "  (%+.1f %%)", pct));
            t.add(new CompareRow(r.cloud() + " " + r.region(), r.aUsdNanos() == null ? "-" : usd(r.aUsdNanos()),
                    r.bUsdNanos() == null ? "-" : usd(r.bUsdNanos()), change, diff == 0 ? null : diff > 0));
        }
        compareTotals.setAll(t);
        List<CompareRow> as = new ArrayList<>();
        c.assumptions().forEach(d -> as.add(new CompareRow(d.key(), d.a(), d.b(), "", null)));
        compareAssumptions.setAll(as);
        List<CompareRow> ss = new ArrayList<>();
        for (AssessmentWorkflow.ServerDiff d : c.servers()) {
            ServerAssessment x = d.a();
            ServerAssessment y = d.b();
            List<String> what = new ArrayList<>();
            if (!java.util.Objects.equals(x.size(), y.size())) {
                what.add(messages.get("assessment.compare.size", x.size() == null ? "-" : x.size(),
                        y.size() == null ? "-" : y.size()));
            }
            if (!x.readiness().equals(y.readiness())) {
                what.add(messages.get("assessment.compare.readiness", readiness(x.readiness()), readiness(y.readiness())));
            }
            if (!x.strategy().equals(y.strategy())) {
                what.add(messages.get("assessment.compare.strategy", strategy(x.strategy()), strategy(y.strategy())));
            }
            long diff = y.totalNanos() - x.totalNanos();
            ss.add(new CompareRow(d.server() + " · " + d.cloud() + " " + d.region(), usd(x.totalNanos()),
                    usd(y.totalNanos()), String.join("; ", what), diff == 0 ? null : diff > 0));
        }
        compareServers.setAll(ss);
        compareSummary.set(messages.get("assessment.compare.summary", c.differing(), c.servers().size(),
                c.assumptions().size()));
    }

    private String usd(long nanos) {
        NumberFormat f = NumberFormat.getCurrencyInstance(messages.locale());
        f.setCurrency(Currency.getInstance("USD"));
        return f.format(BigDecimal.valueOf(nanos).movePointLeft(9).setScale(2, java.math.RoundingMode.HALF_UP));
    }
}
