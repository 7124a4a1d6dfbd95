package com.migrationhub.app.ui.dependencies;

import com.migrationhub.app.deps.DependencyMap;
import com.migrationhub.app.deps.DependencyWorkflow;
import com.migrationhub.app.ui.AppContext;
import com.migrationhub.app.ui.i18n.Messages;
import com.migrationhub.app.ui.project.ProjectSession;
import com.migrationhub.app.ui.project.ProjectSession.Area;
import com.migrationhub.app.ui.task.TaskRunner;
import com.migrationhub.domain.assessment.risk.Risk;
import com.migrationhub.domain.assessment.strategy.Strategy;
import com.migrationhub.domain.dependency.graph.DependencyEdge;
import com.migrationhub.domain.dependency.graph.DependencyGraph;
import com.migrationhub.domain.dependency.graph.DependencyServer;
import com.migrationhub.domain.dependency.graph.Endpoint;
import com.migrationhub.domain.dependency.layout.Layout;
import com.migrationhub.domain.store.DependencyStore;
import com.migrationhub.domain.store.ProjectFile;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.IntConsumer;
import java.util.stream.Collectors;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.paint.Color;

/**
 * The dependency map's state: the graph of what the project holds with its layout (read and laid
 * out as a job through {@link DependencyMap}, the same engines as {@code mhub graph export},
 * {@code mhub deps show}, {@code mhub groups} and {@code mhub waves}), each node's colour by move
 * group, wave, strategy or risk with a legend, whether soft dependencies show, the selected
 * endpoint with its neighbours and its dependencies in and out, and finding an endpoint by name.
 * Reloads when the dependencies, waves, assessment or inventory change while it is shown; keeps
 * the layout while the graph and the groups stay the same. FX thread only.
 */
public final class DependenciesViewModel {
    /** What the view shows. */
    public enum State { NO_PROJECT, LOADING, EMPTY, READY, FAILED }

    /** What a node's colour says. */
    public enum ColourBy {
        GROUP("dependencies.colour.group"), WAVE("dependencies.colour.wave"),
        STRATEGY("dependencies.colour.strategy"), RISK("dependencies.colour.risk");

        private final String key;

        ColourBy(String key) {
            this.key = key;
        }

        /** The bundle key of its name. */
        public String key() {
            return key;
        }
    }

    /** One line of the legend: a colour, what it means, and how many endpoints have it. */
    public record LegendEntry(String key, String label, Color colour, int count) {
    }

    /** One fact about the selected endpoint. */
    public record Fact(String label, String value) {
    }

    /**
     * One dependency of the selected endpoint.
     *
     * @param outgoing true when the selected endpoint calls {@code other}
     * @param other    the node at the other end
     */
    public record DependencyRow(int edge, boolean outgoing, int other, String endpoint, String ports, String protocols,
            boolean hard, String strength, String why, long connections) {
    }

    /** The colour of every node in one colouring, and its legend. */
    public record Colouring(int[] colourIndex, Color[] palette, String[] keyOf, List<LegendEntry> legend, String note) {
    }

    /** What one read of the project gives the view. */
    record Loaded(DependencyMap map, GraphGeometry geometry, Map<ColourBy, Colouring> colourings) {
    }

    /**
     * Categorical colours of mid lightness and saturation: they read on Primer light and dark
     * backgrounds alike (Tableau 10 without its grey, which stands for "none").
     */
    static final Color[] CATEGORICAL = {Color.web("#4e79a7"), Color.web("#f28e2b"), Color.web("#e15759"),
        Color.web("#76b7b2"), Color.web("#59a14f"), Color.web("#edc948"), Color.web("#b07aa1"), Color.web("#ff9da7"),
        Color.web("#9c755f")};
    private static final Map<Strategy, Color> STRATEGY_COLOURS = new EnumMap<>(Map.of(
            Strategy.RETIRE, Color.web("#9c755f"), Strategy.RETAIN, Color.web("#b07aa1"),
            Strategy.REHOST, Color.web("#4e79a7"), Strategy.RELOCATE, Color.web("#76b7b2"),
            Strategy.REPLATFORM, Color.web("#59a14f"), Strategy.REPURCHASE, Color.web("#edc948"),
            Strategy.REFACTOR, Color.web("#f28e2b")));
    private static final Map<Risk.Level, Color> RISK_COLOURS = new EnumMap<>(Map.of(
            Risk.Level.LOW, Color.web("#59a14f"), Risk.Level.MEDIUM, Color.web("#edc948"),
            Risk.Level.HIGH, Color.web("#f28e2b"), Risk.Level.CRITICAL, Color.web("#e15759")));
    private static final int MAX_LEGEND = 12;
    private static final int MAX_WAVE_COLOURS = 48;

    private final AppContext context;
    private final Messages messages;
    private final ReadOnlyObjectWrapper<State> state = new ReadOnlyObjectWrapper<>(State.NO_PROJECT);
    private final ReadOnlyObjectWrapper<GraphGeometry> geometry = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Colouring> colouring = new ReadOnlyObjectWrapper<>();
    private final ObjectProperty<ColourBy> colourBy = new SimpleObjectProperty<>(ColourBy.GROUP);
    private final BooleanProperty showSoft = new SimpleBooleanProperty(true);
    private final IntegerProperty selectedNode = new SimpleIntegerProperty(-1);
    private final ReadOnlyObjectWrapper<BitSet> litNodes = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<BitSet> litEdges = new ReadOnlyObjectWrapper<>();
    private final ObservableList<LegendEntry> legend = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper legendNote = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper selectionTitle = new ReadOnlyStringWrapper("");
    private final ObservableList<Fact> facts = FXCollections.observableArrayList();
    private final ObservableList<DependencyRow> dependencies = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper searchMessage = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper failure = new ReadOnlyStringWrapper("");
    private final List<IntConsumer> centreListeners = new ArrayList<>();

    private Loaded loaded;
    private boolean stale = true;
    private boolean active;
    private boolean reloadPending;
    private long generation;
    private TaskRunner.TaskHandle running;
    private String lastSearch;
    private int lastSearchHit = -1;

    public DependenciesViewModel(AppContext context) {
        this.context = context;
        this.messages = context.messages();
        ProjectSession session = context.session();
        for (Area a : List.of(Area.DEPENDENCIES, Area.WAVES, Area.ASSESSMENT, Area.INVENTORY)) {
            session.revision(a).addListener(o -> changed());
        }
        session.projectProperty().addListener(o -> changed());
        colourBy.addListener(o -> applyColouring());
        showSoft.addListener(o -> updateSelection());
        selectedNode.addListener(o -> updateSelection());
    }

    // ---- loading -----------------------------------------------------------------------------

    /** The view is shown ({@code true}) or hidden: while shown, a change of the project reloads at once. */
    public void setActive(boolean shown) {
        active = shown;
        if (shown && stale) {
            reload();
        }
    }

    private void changed() {
        stale = true;
        if (!active || reloadPending) {
            return;
        }
        if (javafx.application.Platform.isFxApplicationThread()) {
            // opening a project bumps every area at once: one read, after the last of them
            reloadPending = true;
            javafx.application.Platform.runLater(() -> {
                reloadPending = false;
                if (active && stale) {
                    reload();
                }
            });
        } else {
            reload();
        }
    }

    /** Reads the map again (in a job); a read still running is cancelled, its result dropped. */
    public void reload() {
        stale = false;
        long mine = ++generation;
        if (running != null && !running.isDone()) {
            running.cancel();
        }
        ProjectSession session = context.session();
        if (!session.isOpen()) {
            clear();
            state.set(State.NO_PROJECT);
            return;
        }
        ProjectFile project = session.project();
        DependencyMap previous = loaded == null ? null : loaded.map();
        state.set(State.LOADING);
        try {
            running = session.read(messages.get("dependencies.job.load"), monitor -> {
                if (!new DependencyWorkflow(project).hasData()) {
                    return null;
                }
                DependencyMap map = DependencyMap.read(project, previous, monitor);
                monitor.checkCancelled();
                return prepare(map);
            }, result -> {
                if (mine == generation) {
                    apply(result);
                }
            }, error -> {
                if (mine == generation) {
                    state.set(State.FAILED);
                    failure.set(com.migrationhub.app.ui.error.Problem.of(error).message());
                    context.fail(error);
                }
            });
        } catch (IllegalStateException closed) {
            clear();
            state.set(State.NO_PROJECT);
        }
    }

    private void clear() {
        loaded = null;
        selectedNode.set(-1);
        geometry.set(null);
        colouring.set(null);
        legend.clear();
        legendNote.set("");
        summary.set("");
        updateSelection();
    }

    private void apply(Loaded result) {
        if (result == null) {
            clear();
            state.set(State.EMPTY);
            return;
        }
        String selectedKey = null;
        if (loaded != null && selectedNode.get() >= 0 && selectedNode.get() < loaded.map().graph().nodeCount()) {
            selectedKey = loaded.map().graph().endpoint(selectedNode.get()).key();
        }
        boolean sameGeometry = loaded != null && result.map().layoutReused()
                && loaded.geometry().nodeCount() == result.geometry().nodeCount();
        loaded = result;
        selectedNode.set(-1);
        if (!sameGeometry || geometry.get() == null) {
            geometry.set(result.geometry());
        } else {
            // same drawing: keep the geometry (and with it the user's pan and zoom)
            loaded = new Loaded(result.map(), geometry.get(), result.colourings());
        }
        DependencyGraph g = result.map().graph();
        long hard = g.hardEdgeCount();
        summary.set(messages.get("dependencies.summary", g.nodeCount(), g.edgeCount(), hard, g.edgeCount() - hard));
        applyColouring();
        if (selectedKey != null) {
            for (int v = 0; v < g.nodeCount(); v++) {
                if (g.endpoint(v).key().equals(selectedKey)) {
                    selectedNode.set(v);
                    break;
                }
            }
        }
        state.set(State.READY);
    }

    /** Builds what the canvas draws and the four colourings; runs in the job. */
    Loaded prepare(DependencyMap map) {
        DependencyGraph g = map.graph();
        Layout layout = map.layout();
        int n = g.nodeCount();
        double[] x = new double[n];
        double[] y = new double[n];
        String[] labels = new String[n];
        boolean[] external = new boolean[n];
        for (int v = 0; v < n; v++) {
            x[v] = layout.x(v);
            y[v] = layout.y(v);
            labels[v] = g.endpoint(v).label();
            external[v] = g.endpoint(v).isExternal();
        }
        int m = g.edgeCount();
        int[] src = new int[m];
        int[] dst = new int[m];
        boolean[] hard = new boolean[m];
        for (int e = 0; e < m; e++) {
            src[e] = g.source(e);
            dst[e] = g.target(e);
            hard[e] = g.isHard(e);
        }
        GraphGeometry geometry = new GraphGeometry(x, y, labels, external, src, dst, hard);
        Map<ColourBy, Colouring> colourings = new EnumMap<>(ColourBy.class);
        colourings.put(ColourBy.GROUP, byGroup(map));
        colourings.put(ColourBy.WAVE, byWave(map));
        colourings.put(ColourBy.STRATEGY, byStrategy(map));
        colourings.put(ColourBy.RISK, byRisk(map));
        return new Loaded(map, geometry, colourings);
    }

    private Colouring byGroup(DependencyMap map) {
        DependencyGraph g = map.graph();
        int n = g.nodeCount();
        String[] keyOf = new String[n];
        Map<String, Integer> size = new HashMap<>();
        for (int v = 0; v < g.serverCount(); v++) {
            String group = map.group(g.server(v).id());
            keyOf[v] = group;
            if (group != null) {
                size.merge(group, 1, Integer::sum);
            }
        }
        // the largest groups first, so that the legend names them; colours repeat after nine
        List<String> order = new ArrayList<>(size.keySet());
        order.sort(Comparator.comparing((String k) -> -size.get(k)).thenComparing(Comparator.naturalOrder()));
        Map<String, Integer> colourOf = new HashMap<>();
        for (int i = 0; i < order.size(); i++) {
            colourOf.put(order.get(i), i % CATEGORICAL.length);
        }
        int[] index = new int[n];
        for (int v = 0; v < n; v++) {
            index[v] = keyOf[v] == null ? -1 : colourOf.get(keyOf[v]);
        }
        List<LegendEntry> legend = new ArrayList<>();
        for (int i = 0; i < Math.min(order.size(), MAX_LEGEND - 1); i++) {
            String k = order.get(i);
            legend.add(new LegendEntry(k, k, CATEGORICAL[colourOf.get(k)], size.get(k)));
        }
        addNone(legend, index, messages.get("dependencies.legend.noGroup"));
        String note = order.isEmpty() ? messages.get("dependencies.legend.noGroups")
                : order.size() > MAX_LEGEND - 1 ? messages.get("dependencies.legend.moreGroups", order.size())
                : "";
        return new Colouring(index, CATEGORICAL.clone(), keyOf, legend, note);
    }

    private Colouring byWave(DependencyMap map) {
        DependencyGraph g = map.graph();
        int n = g.nodeCount();
        String[] keyOf = new String[n];
        TreeMap<Integer, DependencyStore.StoredWave> waves = new TreeMap<>();
        Map<Integer, Integer> size = new HashMap<>();
        for (int v = 0; v < g.serverCount(); v++) {
            DependencyStore.StoredWave w = map.wave(g.server(v).id());
            if (w != null) {
                keyOf[v] = Integer.toString(w.number());
                waves.put(w.number(), w);
                size.merge(w.number(), 1, Integer::sum);
            }
        }
        List<Integer> numbers = new ArrayList<>(waves.keySet());
        int colours = Math.min(MAX_WAVE_COLOURS, Math.max(1, numbers.size()));
        Color[] palette = new Color[colours];
        for (int i = 0; i < colours; i++) {
            palette[i] = waveColour(colours == 1 ? 0 : (double) i / (colours - 1));
        }
        Map<Integer, Integer> colourOf = new HashMap<>();
        for (int i = 0; i < numbers.size(); i++) {
            colourOf.put(numbers.get(i), numbers.size() <= 1 ? 0 : (int) Math.round((double) i * (colours - 1)
                    / (numbers.size() - 1)));
        }
        int[] index = new int[n];
        for (int v = 0; v < n; v++) {
            index[v] = keyOf[v] == null ? -1 : colourOf.get(Integer.parseInt(keyOf[v]));
        }
        List<LegendEntry> legend = new ArrayList<>();
        List<Integer> shown = new ArrayList<>();
        if (numbers.size() <= MAX_LEGEND - 1) {
            shown.addAll(numbers);
        } else {
            // first, last and evenly between: the ramp reads from early (blue) to late (orange)
            int k = MAX_LEGEND - 2;
            for (int i = 0; i < k; i++) {
                int at = (int) Math.round((double) i * (numbers.size() - 1) / (k - 1));
                if (!shown.contains(numbers.get(at))) {
                    shown.add(numbers.get(at));
                }
            }
        }
        for (int number : shown) {
            DependencyStore.StoredWave w = waves.get(number);
            String label = plainWaveName(w)
                    ? messages.get("dependencies.legend.wave", number, w.startsOn())
                    : messages.get("dependencies.legend.waveNamed", number, w.name(), w.startsOn());
            legend.add(new LegendEntry(Integer.toString(number), label, palette[colourOf.get(number)], size.get(number)));
        }
        addNone(legend, index, messages.get("dependencies.legend.noWave"));
        String note = numbers.isEmpty() ? messages.get("dependencies.legend.noWaves")
                : numbers.size() > MAX_LEGEND - 1 ? messages.get("dependencies.legend.moreWaves", numbers.size()) : "";
        return new Colouring(index, palette, keyOf, legend, note);
    }

    /** Whether a wave's name says no more than its number ("Wave 3"). */
    private static boolean plainWaveName(DependencyStore.StoredWave w) {
        return w.name() == null || w.name().isBlank() || w.name().strip().equalsIgnoreCase("Wave " + w.number());
    }

    /** From blue (0) through teal and green to orange (1): a ramp that reads on light and dark. */
    static Color waveColour(double t) {
        return Color.hsb(210 - 180 * t, 0.62, 0.86);
    }

    private Colouring byStrategy(DependencyMap map) {
        DependencyGraph g = map.graph();
        int n = g.nodeCount();
        List<Strategy> order = new ArrayList<>(STRATEGY_COLOURS.keySet());
        Color[] palette = order.stream().map(STRATEGY_COLOURS::get).toArray(Color[]::new);
        String[] keyOf = new String[n];
        int[] index = new int[n];
        int[] counts = new int[order.size()];
        for (int v = 0; v < n; v++) {
            Strategy s = g.isServer(v) ? map.strategy(g.server(v).id()) : null;
            int i = s == null ? -1 : order.indexOf(s);
            index[v] = i;
            if (i >= 0) {
                keyOf[v] = s.name();
                counts[i]++;
            }
        }
        List<LegendEntry> legend = new ArrayList<>();
        for (int i = 0; i < order.size(); i++) {
            if (counts[i] > 0) {
                legend.add(new LegendEntry(order.get(i).name(), order.get(i).label(), palette[i], counts[i]));
            }
        }
        addNone(legend, index, messages.get("dependencies.legend.noStrategy"));
        String note = map.scenario() == null ? messages.get("dependencies.legend.noScenario")
                : messages.get("dependencies.legend.scenario", map.scenario());
        return new Colouring(index, palette, keyOf, legend, note);
    }

    private Colouring byRisk(DependencyMap map) {
        DependencyGraph g = map.graph();
        int n = g.nodeCount();
        Risk.Level[] levels = Risk.Level.values();
        Color[] palette = new Color[levels.length];
        for (int i = 0; i < levels.length; i++) {
            palette[i] = RISK_COLOURS.get(levels[i]);
        }
        String[] keyOf = new String[n];
        int[] index = new int[n];
        int[] counts = new int[levels.length];
        for (int v = 0; v < n; v++) {
            Integer score = g.isServer(v) ? g.server(v).riskScore() : null;
            if (score == null) {
                index[v] = -1;
                continue;
            }
            Risk.Level level = Risk.Level.of(score);
            index[v] = level.ordinal();
            keyOf[v] = level.name();
            counts[level.ordinal()]++;
        }
        List<LegendEntry> legend = new ArrayList<>();
        for (int i = 0; i < levels.length; i++) {
            int to = i + 1 < levels.length ? levels[i + 1].from() - 1 : 100;
            legend.add(new LegendEntry(levels[i].name(), messages.get("dependencies.legend.risk."
                    + levels[i].name().toLowerCase(Locale.ROOT), levels[i].from(), to), palette[i], counts[i]));
        }
        addNone(legend, index, messages.get("dependencies.legend.noRisk"));
        String note = map.scenario() == null ? messages.get("dependencies.legend.noScenario")
                : messages.get("dependencies.legend.scenario", map.scenario());
        return new Colouring(index, palette, keyOf, legend, note);
    }

    private static void addNone(List<LegendEntry> legend, int[] index, String label) {
        int none = 0;
        for (int i : index) {
            if (i < 0) {
                none++;
            }
        }
        if (none > 0) {
            legend.add(new LegendEntry("", label, null, none));
        }
    }

    private void applyColouring() {
        if (loaded == null) {
            return;
        }
        Colouring c = loaded.colourings().get(colourBy.get());
        colouring.set(c);
        legend.setAll(c.legend());
        legendNote.set(c.note());
    }

    // ---- selection ---------------------------------------------------------------------------

    private void updateSelection() {
        facts.clear();
        dependencies.clear();
        int node = selectedNode.get();
        if (loaded == null || node < 0 || node >= loaded.map().graph().nodeCount()) {
            selectionTitle.set("");
            litNodes.set(null);
            litEdges.set(null);
            return;
        }
        DependencyMap map = loaded.map();
        DependencyGraph g = map.graph();
        Endpoint endpoint = g.endpoint(node);
        BitSet nodes = new BitSet();
        BitSet edges = new BitSet();
        nodes.set(node);
        List<DependencyRow> rows = new ArrayList<>();
        int hardOut = 0;
        int softOut = 0;
        int hardIn = 0;
        int softIn = 0;
        for (int i = 0; i < g.outDegree(node); i++) {
            int e = g.outEdge(node, i);
            if (g.isHard(e)) {
                hardOut++;
            } else {
                softOut++;
            }
            if (showSoft.get() || g.isHard(e)) {
                edges.set(e);
                nodes.set(g.target(e));
                rows.add(row(g, e, true));
            }
        }
        for (int i = 0; i < g.inDegree(node); i++) {
            int e = g.inEdge(node, i);
            if (g.isHard(e)) {
                hardIn++;
            } else {
                softIn++;
            }
            if (showSoft.get() || g.isHard(e)) {
                edges.set(e);
                nodes.set(g.source(e));
                rows.add(row(g, e, false));
            }
        }
        rows.sort(Comparator.comparing((DependencyRow r) -> !r.hard()).thenComparing(r -> !r.outgoing())
                .thenComparing(r -> r.endpoint().toLowerCase(Locale.ROOT)));
        selectionTitle.set(endpoint.label());
        List<Fact> list = new ArrayList<>();
        DependencyServer s = endpoint.server();
        if (s == null) {
            list.add(new Fact(messages.get("dependencies.fact.kind"), messages.get("dependencies.kind.external")));
            list.add(new Fact(messages.get("dependencies.fact.key"), endpoint.key()));
        } else {
            list.add(new Fact(messages.get("dependencies.fact.kind"), messages.get("dependencies.kind.server")));
            add(list, "dependencies.fact.application", s.application());
            add(list, "dependencies.fact.environment", s.environment());
            if (!s.ips().isEmpty()) {
                list.add(new Fact(messages.get("dependencies.fact.ips"), String.join(", ", s.ips())));
            }
            String group = map.group(s.id());
            list.add(new Fact(messages.get("dependencies.fact.group"),
                    group == null ? messages.get("dependencies.none") : group));
            DependencyStore.StoredWave w = map.wave(s.id());
            list.add(new Fact(messages.get("dependencies.fact.wave"), w == null ? messages.get("dependencies.none")
                    : plainWaveName(w) ? messages.get("dependencies.fact.waveDates", w.number(), w.startsOn(), w.endsOn())
                    : messages.get("dependencies.fact.waveValue", w.number(), w.name(), w.startsOn(), w.endsOn())));
            Strategy strategy = map.strategy(s.id());
            list.add(new Fact(messages.get("dependencies.fact.strategy"),
                    strategy == null ? messages.get("dependencies.notAssessed") : strategy.label()));
            list.add(new Fact(messages.get("dependencies.fact.risk"), s.riskScore() == null
                    ? messages.get("dependencies.notAssessed")
                    : messages.get("dependencies.fact.riskValue", s.riskScore(),
                            messages.get("dependencies.level." + Risk.Level.of(s.riskScore()).name()
                                    .toLowerCase(Locale.ROOT)))));
        }
        list.add(new Fact(messages.get("dependencies.fact.out"), messages.get("dependencies.fact.counts", hardOut,
                softOut)));
        list.add(new Fact(messages.get("dependencies.fact.in"), messages.get("dependencies.fact.counts", hardIn,
                softIn)));
        facts.setAll(list);
        dependencies.setAll(rows);
        litNodes.set(nodes);
        litEdges.set(edges);
    }

    private void add(List<Fact> list, String key, String value) {
        if (value != null && !value.isBlank()) {
            list.add(new Fact(messages.get(key), value));
        }
    }

    private DependencyRow row(DependencyGraph g, int e, boolean outgoing) {
        DependencyEdge d = g.edge(e);
        int other = outgoing ? d.target() : d.source();
        List<Integer> ports = d.ports();
        String portText = ports.size() <= 8 ? ports.stream().map(String::valueOf).collect(Collectors.joining(", "))
                : ports.subList(0, 8).stream().map(String::valueOf).collect(Collectors.joining(", "))
                        + messages.get("dependencies.more", ports.size() - 8);
        return new DependencyRow(e, outgoing, other, g.endpoint(other).label(), portText,
                String.join(", ", d.protocols()), d.isHard(),
                messages.get(d.isHard() ? "dependencies.strength.hard" : "dependencies.strength.soft"),
                d.classification().text(), d.connections());
    }

    /** Selects an endpoint and asks the view to centre it. */
    public void focus(int node) {
        if (loaded == null || node < 0 || node >= loaded.map().graph().nodeCount()) {
            return;
        }
        selectedNode.set(node);
        for (IntConsumer l : List.copyOf(centreListeners)) {
            l.accept(node);
        }
    }

    /** Called with a node when the view should centre it (after a search, or a dependency picked in the list). */
    public void onCentre(IntConsumer listener) {
        centreListeners.add(listener);
    }

    /**
     * Finds an endpoint by name (whole name first, then names starting with the text, then names
     * holding it; case does not matter), selects and centres it. Searching the same text again
     * goes to the next match. False when nothing matches.
     */
    public boolean search(String text) {
        String q = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        if (loaded == null || q.isEmpty()) {
            searchMessage.set("");
            return false;
        }
        DependencyGraph g = loaded.map().graph();
        Map<Integer, List<Integer>> byRank = new LinkedHashMap<>();
        for (int rank = 0; rank < 3; rank++) {
            byRank.put(rank, new ArrayList<>());
        }
        for (int v = 0; v < g.nodeCount(); v++) {
            String label = g.endpoint(v).label().toLowerCase(Locale.ROOT);
            if (label.equals(q)) {
                byRank.get(0).add(v);
            } else if (label.startsWith(q)) {
                byRank.get(1).add(v);
            } else if (label.contains(q)) {
                byRank.get(2).add(v);
            }
        }
        List<Integer> hits = new ArrayList<>();
        byRank.values().forEach(hits::addAll);
        if (hits.isEmpty()) {
            searchMessage.set(messages.get("dependencies.search.none", text.strip()));
            lastSearch = null;
            return false;
        }
        int at = 0;
        if (q.equals(lastSearch) && lastSearchHit >= 0) {
            at = (lastSearchHit + 1) % hits.size();
        }
        lastSearch = q;
        lastSearchHit = at;
        searchMessage.set(hits.size() == 1 ? "" : messages.get("dependencies.search.hits", at + 1, hits.size()));
        focus(hits.get(at));
        return true;
    }

    /** The node of an inventory server, -1 when the map does not have it. */
    public int nodeOfServer(long serverId) {
        return loaded == null ? -1 : loaded.map().graph().nodeOf(serverId);
    }

    // ---- properties --------------------------------------------------------------------------

    public ReadOnlyObjectProperty<State> stateProperty() {
        return state.getReadOnlyProperty();
    }

    /** What the canvas draws, null before the first load. */
    public ReadOnlyObjectProperty<GraphGeometry> geometryProperty() {
        return geometry.getReadOnlyProperty();
    }

    /** The current colouring of the nodes. */
    public ReadOnlyObjectProperty<Colouring> colouringProperty() {
        return colouring.getReadOnlyProperty();
    }

    public ObjectProperty<ColourBy> colourByProperty() {
        return colourBy;
    }

    public BooleanProperty showSoftProperty() {
        return showSoft;
    }

    /** The selected node, -1 for none. */
    public IntegerProperty selectedNodeProperty() {
        return selectedNode;
    }

    /** The selected node and its neighbours by the dependencies shown; null when nothing is selected. */
    public ReadOnlyObjectProperty<BitSet> litNodesProperty() {
        return litNodes.getReadOnlyProperty();
    }

    /** The selected node's dependencies that are shown; null when nothing is selected. */
    public ReadOnlyObjectProperty<BitSet> litEdgesProperty() {
        return litEdges.getReadOnlyProperty();
    }

    public ObservableList<LegendEntry> legend() {
        return legend;
    }

    public ReadOnlyStringProperty legendNoteProperty() {
        return legendNote.getReadOnlyProperty();
    }

    /** "9,918 endpoints, 35,867 dependencies (...)". */
    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    /** The selected endpoint's name, empty when none. */
    public ReadOnlyStringProperty selectionTitleProperty() {
        return selectionTitle.getReadOnlyProperty();
    }

    public ObservableList<Fact> facts() {
        return facts;
    }

    public ObservableList<DependencyRow> dependencies() {
        return dependencies;
    }

    public ReadOnlyStringProperty searchMessageProperty() {
        return searchMessage.getReadOnlyProperty();
    }

    /** Why the last load failed, in one line. */
    public ReadOnlyStringProperty failureProperty() {
        return failure.getReadOnlyProperty();
    }

    /** What a node's colour says in the current colouring (group name, wave number, strategy, risk level), or null. */
    public String colourKey(int node) {
        Colouring c = colouring.get();
        return c == null || node < 0 || node >= c.keyOf().length ? null : c.keyOf()[node];
    }

    /** The endpoint key ("server:42", "ip:10.1.2.3") of a node. */
    public String endpointKey(int node) {
        return loaded == null ? null : loaded.map().graph().endpoint(node).key();
    }
}
