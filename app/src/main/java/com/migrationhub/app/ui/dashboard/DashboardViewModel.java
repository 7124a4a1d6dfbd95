package com.migrationhub.app.ui.dashboard;

import com.migrationhub.app.ui.AppContext;
import com.migrationhub.app.ui.i18n.Messages;
import com.migrationhub.app.ui.project.ProjectSession;
import com.migrationhub.app.ui.project.ProjectSession.Area;
import com.migrationhub.app.ui.task.TaskRunner;
import com.migrationhub.domain.catalog.PricingOption;
import com.migrationhub.domain.inventory.InventorySummary;
import com.migrationhub.domain.store.ProjectFile;
import com.migrationhub.reports.Formats;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javafx.application.Platform;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.chart.PieChart;
import javafx.scene.chart.XYChart;

/**
 * The dashboard: the engagement at a glance. Loads in two read jobs, quick figures first (the
 * inventory's totals, the scenarios, the wave plan), then the chosen scenario's pass over its
 * results, so each card fills in as its figures arrive. Reloads when the inventory, the
 * assessments, the dependencies or the waves change (at once when shown, else when next shown).
 * Everything here is touched on the FX thread.
 */
public final class DashboardViewModel {
    /** One line of a table: a label and its formatted cells; the marked cells are shown in bold. */
    public record Row(String label, List<String> cells, List<Integer> marked) {
    }

    private final AppContext context;
    private final ProjectSession session;
    private final Messages messages;
    private final Locale locale;

    private final ReadOnlyObjectWrapper<DashboardData.Overview> overview = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<DashboardData.Assessment> assessment = new ReadOnlyObjectWrapper<>();
    private final SimpleBooleanProperty overviewLoading = new SimpleBooleanProperty();
    private final SimpleBooleanProperty assessmentLoading = new SimpleBooleanProperty();
    private final ObservableList<String> scenarios = FXCollections.observableArrayList();
    private final ObjectProperty<String> scenario = new SimpleObjectProperty<>();

    private final ReadOnlyStringWrapper servers = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper serversNote = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper vcpus = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper vcpusNote = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper memory = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper memoryNote = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper storage = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper storageNote = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper poweredOff = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper poweredOffNote = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper idle = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper idleNote = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper monthly = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper monthlyNote = new ReadOnlyStringWrapper("");

    private final ReadOnlyStringWrapper inventoryEmpty = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper assessmentEmpty = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper wavesEmpty = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper scenarioNote = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper costNote = new ReadOnlyStringWrapper("");

    private final ObservableList<PieChart.Data> osMix = FXCollections.observableArrayList();
    private final ObservableList<PieChart.Data> strategyMix = FXCollections.observableArrayList();
    private final ObservableList<String> clouds = FXCollections.observableArrayList();
    private final ObservableList<XYChart.Series<Number, String>> readiness = FXCollections.observableArrayList();
    private final ObservableList<XYChart.Series<Number, String>> costParts = FXCollections.observableArrayList();
    private final ObservableList<XYChart.Series<String, Number>> risk = FXCollections.observableArrayList();
    private final ObservableList<String> costHeaders = FXCollections.observableArrayList();
    private final ObservableList<Row> costs = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<DashboardData.WavePlan> waves = new ReadOnlyObjectWrapper<>();

    private final BooleanProperty showing = new SimpleBooleanProperty();
    /** The project and revisions last loaded: a reload is due when they differ from the session's. */
    private List<Object> loaded = List.of();
    private boolean scheduled;
    private long generation;
    private long scenarioGeneration;
    private TaskRunner.TaskHandle overviewJob;
    private TaskRunner.TaskHandle assessmentJob;
    private TaskRunner.TaskHandle wavesJob;
    /** The scenario the user chose; kept over reloads while it exists. */
    private String chosen;
    private boolean applying;

    public DashboardViewModel(AppContext context) {
        this.context = context;
        this.session = context.session();
        this.messages = context.messages();
        this.locale = messages.locale();
        for (Area a : new Area[] {Area.INVENTORY, Area.ASSESSMENT, Area.DEPENDENCIES, Area.WAVES}) {
            session.revision(a).addListener((o, b, n) -> changed());
        }
        session.projectProperty().addListener((o, b, n) -> changed());
        scenario.addListener((o, b, n) -> {
            if (!applying && n != null && !n.equals(b)) {
                chosen = n;
                loadAssessment(n);
            }
        });
        clear();
    }

    // ------------------------------------------------------------------ life

    /** Whether the dashboard is on screen: changes reload it at once then, else when it is next shown. */
    public void setShowing(boolean on) {
        showing.set(on);
        changed();
    }

    private List<Object> snapshot() {
        return List.of(session.project() == null ? "none" : session.project(),
                session.revision(Area.INVENTORY).get(), session.revision(Area.ASSESSMENT).get(),
                session.revision(Area.DEPENDENCIES).get(), session.revision(Area.WAVES).get());
    }

    private boolean stale() {
        return !snapshot().equals(loaded);
    }

    /** The view is shown: reload when something changed since. */
    public void shown() {
        setShowing(true);
    }

    private void changed() {
        if (!showing.get() || scheduled) {
            return;
        }
        // a project that opens changes every area at once: one reload for all of them
        scheduled = true;
        Platform.runLater(() -> {
            scheduled = false;
            if (showing.get() && stale()) {
                reload();
            }
        });
    }

    /** Reads everything anew: the quick figures, then the chosen scenario's. */
    public void reload() {
        loaded = snapshot();
        long mine = ++generation;
        cancel();
        if (!session.isOpen()) {
            clear();
            return;
        }
        overviewLoading.set(true);
        ProjectFile project = session.project();
        overviewJob = session.read(messages.get("dashboard.job.overview"), m -> DashboardData.overview(project),
                o -> {
                    if (mine == generation) {
                        overviewLoading.set(false);
                        apply(o);
                        // the project may have been closed while the figures were read
                        if (session.isOpen()) {
                            loadWaves(mine, o.inventory().servers() == 0);
                        }
                    }
                }, e -> {
                    if (mine == generation) {
                        overviewLoading.set(false);
                        context.fail(e);
                    }
                });
    }

    private void cancel() {
        if (overviewJob != null && !overviewJob.isDone()) {
            overviewJob.cancel();
        }
        if (assessmentJob != null && !assessmentJob.isDone()) {
            assessmentJob.cancel();
        }
        if (wavesJob != null && !wavesJob.isDone()) {
            wavesJob.cancel();
        }
    }

    /** The wave timeline, after the quick figures are on screen. */
    private void loadWaves(long mine, boolean noServers) {
        ProjectFile project = session.project();
        wavesJob = session.read(messages.get("dashboard.job.waves"), m -> DashboardData.wavePlan(project), plan -> {
            if (mine == generation) {
                waves.set(plan);
                wavesEmpty.set(plan != null ? null : messages.get(noServers ? "dashboard.empty.waves.inventory"
                        : "dashboard.empty.waves"));
            }
        }, e -> {
            if (mine == generation) {
                context.fail(e);
            }
        });
    }

    private void loadAssessment(String name) {
        long mine = ++scenarioGeneration;
        if (assessmentJob != null && !assessmentJob.isDone()) {
            assessmentJob.cancel();
        }
        if (name == null || !session.isOpen()) {
            applyAssessment(null);
            return;
        }
        assessmentLoading.set(true);
        ProjectFile project = session.project();
        assessmentJob = session.read(messages.get("dashboard.job.assessment", name),
                m -> DashboardData.assessment(project, session.assessmentService().catalog(), name, m),
                a -> {
                    if (mine == scenarioGeneration) {
                        assessmentLoading.set(false);
                        applyAssessment(a);
                    }
                }, e -> {
                    if (mine == scenarioGeneration) {
                        assessmentLoading.set(false);
                        context.fail(e);
                    }
                });
    }

    // ------------------------------------------------------------------ applying

    private void clear() {
        overview.set(null);
        for (ReadOnlyStringWrapper s : new ReadOnlyStringWrapper[] {servers, serversNote, vcpus, vcpusNote, memory,
            memoryNote, storage, storageNote, poweredOff, poweredOffNote, idle, idleNote, monthly, monthlyNote}) {
            s.set("–");
        }
        osMix.clear();
        applying = true;
        scenarios.clear();
        scenario.set(null);
        applying = false;
        inventoryEmpty.set(null);
        waves.set(null);
        wavesEmpty.set(null);
        applyAssessment(null);
        assessmentEmpty.set(null);
    }

    private void apply(DashboardData.Overview o) {
        overview.set(o);
        Formats f = new Formats(locale, "USD");
        InventorySummary s = o.inventory();
        servers.set(f.count(s.servers()));
        serversNote.set(messages.get("dashboard.card.servers.note", f.count(s.poweredOn()), f.count(s.templates())));
        vcpus.set(f.count(s.vcpus()));
        vcpusNote.set(s.servers() == 0 ? "" : messages.get("dashboard.card.vcpus.note",
                f.decimal((double) s.vcpus() / s.servers())));
        memory.set(f.count(Math.round(s.memoryMiB() / 1024.0)));
        memoryNote.set(s.servers() == 0 ? "" : messages.get("dashboard.card.memory.note",
                f.decimal(s.memoryMiB() / 1024.0 / s.servers())));
        storage.set(f.decimal(s.provisionedMiB() / 1024.0 / 1024.0));
        storageNote.set(messages.get("dashboard.card.storage.note", f.decimal(s.inUseMiB() / 1024.0 / 1024.0)));
        poweredOff.set(f.count(s.poweredOff()));
        poweredOffNote.set(s.servers() == 0 ? "" : messages.get("dashboard.card.poweredOff.note",
                f.percent(s.poweredOff(), s.servers()), f.count(s.suspended())));
        inventoryEmpty.set(s.servers() == 0 ? messages.get("dashboard.empty.inventory") : null);

        List<PieChart.Data> os = new ArrayList<>();
        for (Map.Entry<String, Long> e : o.inventory().osFamilies().entrySet()) {
            String key = e.getKey() == null ? "unknown" : e.getKey().toLowerCase(Locale.ROOT);
            os.add(new PieChart.Data(label("dashboard.os.", key) + " (" + f.count(e.getValue()) + ")", e.getValue()));
        }
        osMix.setAll(os);


        applying = true;
        scenarios.setAll(o.scenarios());
        String pick = chosen != null && o.scenarios().contains(chosen) ? chosen
                : o.scenarios().isEmpty() ? null : o.scenarios().get(0);
        scenario.set(pick);
        applying = false;
        assessmentEmpty.set(o.scenarios().isEmpty() ? messages.get(s.servers() == 0
                ? "dashboard.empty.assessment.inventory" : "dashboard.empty.assessment") : null);
        loadAssessment(pick);
    }

    private void applyAssessment(DashboardData.Assessment a) {
        assessment.set(a);
        if (a == null) {
            idle.set("–");
            idleNote.set(messages.get("dashboard.card.idle.none"));
            monthly.set("–");
            monthlyNote.set(messages.get("dashboard.card.monthly.none"));
            strategyMix.clear();
            readiness.clear();
            costParts.clear();
            clouds.clear();
            risk.clear();
            costHeaders.clear();
            costs.clear();
            scenarioNote.set("");
            costNote.set("");
            return;
        }
        Formats f = new Formats(locale, a.currency());
        idle.set(f.count(a.idle()));
        idleNote.set(messages.get("dashboard.card.idle.note", f.percent(a.idle(), a.servers())));
        long cheapest = a.clouds().stream().mapToLong(DashboardData.CloudCost::totalCents).min().orElse(0);
        DashboardData.CloudCost best = a.clouds().stream().filter(c -> c.totalCents() == cheapest).findFirst()
                .orElse(null);
        monthly.set(best == null ? "–" : f.moneyWhole(best.totalCents()));
        monthlyNote.set(best == null ? "" : messages.get("dashboard.card.monthly.note", best.label()));
        scenarioNote.set(messages.get("dashboard.scenario.note", f.count(a.servers()), a.currency(),
                label("dashboard.option.", a.pricing())));

        List<PieChart.Data> mix = new ArrayList<>();
        a.strategies().forEach((k, v) -> mix.add(new PieChart.Data(label("dashboard.strategy.",
                k.toLowerCase(Locale.ROOT)) + " (" + f.count(v) + ")", v)));
        strategyMix.setAll(mix);

        // the categories first: a stacked chart draws only the categories its axis knows
        List<String> labels = a.clouds().stream().map(DashboardData.CloudCost::label).toList();
        readiness.clear();
        costParts.clear();
        clouds.setAll(labels);
        List<XYChart.Series<Number, String>> ready = new ArrayList<>();
        for (String r : DashboardData.READINESS) {
            XYChart.Series<Number, String> series = new XYChart.Series<>();
            series.setName(label("dashboard.readiness.", r.toLowerCase(Locale.ROOT)));
            for (DashboardData.CloudCost c : a.clouds()) {
                series.getData().add(new XYChart.Data<>(c.readiness().getOrDefault(r, 0L), c.label()));
            }
            ready.add(series);
        }
        readiness.setAll(ready);

        List<XYChart.Series<Number, String>> parts = new ArrayList<>();
        String[] partKeys = {"compute", "licence", "storage", "network"};
        for (int i = 0; i < partKeys.length; i++) {
            XYChart.Series<Number, String> series = new XYChart.Series<>();
            series.setName(messages.get("dashboard.cost." + partKeys[i]));
            for (DashboardData.CloudCost c : a.clouds()) {
                long cents = switch (i) {
                    case 0 -> c.computeCents();
                    case 1 -> c.licenceCents();
                    case 2 -> c.storageCents();
                    default -> c.networkCents();
                };
                series.getData().add(new XYChart.Data<>(cents / 100.0, c.label()));
            }
            parts.add(series);
        }
        costParts.setAll(parts);

        // one line per cloud and region; the purchase options on the line of each cloud's first region
        List<String> headers = new ArrayList<>(List.of(messages.get("dashboard.costs.servers"),
                messages.get("dashboard.costs.ready"), messages.get("dashboard.costs.monthly", a.currency())));
        for (PricingOption o : PricingOption.values()) {
            headers.add(label("dashboard.option.short.", o.id()));
        }
        costHeaders.setAll(headers);
        List<Row> costRows = new ArrayList<>();
        for (DashboardData.CloudCost c : a.clouds()) {
            List<String> cells = new ArrayList<>(List.of(f.count(c.servers()),
                    f.percent(c.readiness().getOrDefault("READY", 0L), c.servers()), whole(f, c.totalCents())));
            List<Integer> marked = new ArrayList<>();
            if (c == best) {
                marked.add(2);
            }
            DashboardData.OptionCosts oc = a.options().stream().filter(o -> o.cloud().equals(c.cloud())
                    && o.region().equals(c.region())).findFirst().orElse(null);
            int i = 3;
            for (PricingOption o : PricingOption.values()) {
                cells.add(oc == null ? "" : whole(f, oc.monthlyCents().getOrDefault(o.id(), 0L)));
                if (oc != null && o.id().equals(oc.recommended())) {
                    marked.add(i);
                }
                i++;
            }
            costRows.add(new Row(c.label(), cells, marked));
        }
        costs.setAll(costRows);
        costNote.set(messages.get("dashboard.options.note", a.currency(), a.horizonYears(),
                label("dashboard.option.", a.pricing())));

        XYChart.Series<String, Number> levels = new XYChart.Series<>();
        levels.setName(messages.get("dashboard.risk.servers"));
        a.risk().forEach((k, v) -> levels.getData().add(new XYChart.Data<>(label("dashboard.risk.",
                k.toLowerCase(Locale.ROOT)), v)));
        risk.setAll(List.of(levels));
    }

    /** Cents as whole units without the currency: "60,639". */
    private static String whole(Formats f, long cents) {
        String text = f.moneyWhole(cents);
        return text.substring(0, text.length() - f.currency().length() - 1);
    }

    /** The bundle's word for a code, or the code itself when the bundle has none. */
    private String label(String prefix, String code) {
        String key = prefix + code.replace('_', '-');
        return messages.has(key) ? messages.get(key) : code;
    }

    // ------------------------------------------------------------------ what the view binds to

    public ReadOnlyObjectProperty<DashboardData.Overview> overviewProperty() {
        return overview.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<DashboardData.Assessment> assessmentProperty() {
        return assessment.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty overviewLoadingProperty() {
        return overviewLoading;
    }

    public ReadOnlyBooleanProperty assessmentLoadingProperty() {
        return assessmentLoading;
    }

    public ObservableList<String> scenarios() {
        return scenarios;
    }

    /** The scenario shown; the newest by default. */
    public ObjectProperty<String> scenarioProperty() {
        return scenario;
    }

    public ReadOnlyStringProperty serversProperty() {
        return servers.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty serversNoteProperty() {
        return serversNote.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty vcpusProperty() {
        return vcpus.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty vcpusNoteProperty() {
        return vcpusNote.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty memoryProperty() {
        return memory.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty memoryNoteProperty() {
        return memoryNote.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty storageProperty() {
        return storage.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty storageNoteProperty() {
        return storageNote.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty poweredOffProperty() {
        return poweredOff.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty poweredOffNoteProperty() {
        return poweredOffNote.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty idleProperty() {
        return idle.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty idleNoteProperty() {
        return idleNote.getReadOnlyProperty();
    }

    /** The cheapest cloud's monthly total. */
    public ReadOnlyStringProperty monthlyProperty() {
        return monthly.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty monthlyNoteProperty() {
        return monthlyNote.getReadOnlyProperty();
    }

    /** What to do when the project has no inventory yet; null when it has one. */
    public ReadOnlyStringProperty inventoryEmptyProperty() {
        return inventoryEmpty.getReadOnlyProperty();
    }

    /** What to do when the project has no assessment yet; null when it has one. */
    public ReadOnlyStringProperty assessmentEmptyProperty() {
        return assessmentEmpty.getReadOnlyProperty();
    }

    /** What to do when the project has no wave plan yet; null when it has one. */
    public ReadOnlyStringProperty wavesEmptyProperty() {
        return wavesEmpty.getReadOnlyProperty();
    }

    /** The chosen scenario in a line: servers, currency, purchase option. */
    public ReadOnlyStringProperty scenarioNoteProperty() {
        return scenarioNote.getReadOnlyProperty();
    }

    /** How the cost table's figures are made, in a sentence. */
    public ReadOnlyStringProperty costNoteProperty() {
        return costNote.getReadOnlyProperty();
    }

    public ObservableList<PieChart.Data> osMix() {
        return osMix;
    }

    public ObservableList<PieChart.Data> strategyMix() {
        return strategyMix;
    }

    /** The clouds and regions of the scenario, "AWS us-east-1": the categories of the per-cloud charts. */
    public ObservableList<String> clouds() {
        return clouds;
    }

    /** Per readiness state a series of servers per cloud and region. */
    public ObservableList<XYChart.Series<Number, String>> readiness() {
        return readiness;
    }

    /** Per cost part a series of monthly amounts (units of the scenario's currency) per cloud and region. */
    public ObservableList<XYChart.Series<Number, String>> costParts() {
        return costParts;
    }

    public ObservableList<XYChart.Series<String, Number>> risk() {
        return risk;
    }

    /** The columns of {@link #costs()} after the first (cloud and region). */
    public ObservableList<String> costHeaders() {
        return costHeaders;
    }

    /**
     * Per cloud and region: servers, ready share, the scenario's monthly total (the cheapest cloud
     * marked), then the month under each purchase option (the recommended one marked).
     */
    public ObservableList<Row> costs() {
        return costs;
    }

    public ReadOnlyObjectProperty<DashboardData.WavePlan> wavesProperty() {
        return waves.getReadOnlyProperty();
    }

    public Locale locale() {
        return locale;
    }

    public Messages messages() {
        return messages;
    }
}
