package com.migrationhub.app.ui.waves;

import com.migrationhub.app.deps.DependencyWorkflow;
import com.migrationhub.app.ui.i18n.Messages;
import com.migrationhub.domain.dependency.waves.Blackout;
import com.migrationhub.domain.dependency.waves.WaveOptions;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The options of {@code mhub waves plan} as a form: filled from the last plan's options (or the
 * defaults from next Monday), checked as the user types ({@link #errorProperty()} names the first
 * field that is wrong), and turned into the planner's options. Options left as they were keep the
 * last plan's values, as the command's options not given do.
 */
public final class PlanForm {
    private static final Pattern LENGTH = Pattern.compile("(?i)(\\d{1,3})\\s*([dw]?)");

    private final Messages messages;
    private final WaveOptions base;
    private final boolean baseDevTestFirst;
    private final ObjectProperty<LocalDate> start = new SimpleObjectProperty<>();
    private final StringProperty capacityServers = new SimpleStringProperty("");
    private final StringProperty capacityVcpus = new SimpleStringProperty("");
    private final StringProperty waveLength = new SimpleStringProperty("");
    private final StringProperty pilotServers = new SimpleStringProperty("");
    private final BooleanProperty devTestFirst = new SimpleBooleanProperty();
    private final StringProperty blackouts = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");

    /** A form filled from {@code base}: the stored plan's options or the defaults. */
    public PlanForm(Messages messages, WaveOptions base) {
        this.messages = messages;
        this.base = base;
        start.set(base.start());
        capacityServers.set(base.maxServers() == null ? "" : base.maxServers().toString());
        capacityVcpus.set(base.maxVcpus() == null ? "" : base.maxVcpus().toString());
        waveLength.set(base.waveLengthDays() % 7 == 0 ? base.waveLengthDays() / 7 + "w" : base.waveLengthDays() + "d");
        pilotServers.set(Integer.toString(base.pilotServers()));
        baseDevTestFirst = !base.environmentOrder().isEmpty();
        devTestFirst.set(baseDevTestFirst);
        blackouts.set(base.blackouts().stream().map(b -> b.from() + ".." + b.to()).collect(Collectors.joining("\n")));
        for (Observable o : new Observable[] {start, capacityServers, capacityVcpus, waveLength, pilotServers, blackouts}) {
            o.addListener(x -> check());
        }
        check();
    }

    /** The first wave's first day. */
    public ObjectProperty<LocalDate> startProperty() {
        return start;
    }

    /** Servers per wave at most; blank for no limit. */
    public StringProperty capacityServersProperty() {
        return capacityServers;
    }

    /** vCPUs per wave at most; blank for no limit. */
    public StringProperty capacityVcpusProperty() {
        return capacityVcpus;
    }

    /** Days (10d) or weeks (2w) per wave; a plain number is days. */
    public StringProperty waveLengthProperty() {
        return waveLength;
    }

    /** Servers in the pilot wave, 0 for none. */
    public StringProperty pilotServersProperty() {
        return pilotServers;
    }

    /** Development, then test, then production waves. */
    public BooleanProperty devTestFirstProperty() {
        return devTestFirst;
    }

    /** Blackouts, FROM..TO (dates as YYYY-MM-DD), one a line or separated by commas. */
    public StringProperty blackoutsProperty() {
        return blackouts;
    }

    /** What is wrong with the form, or "" when it can be planned. */
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    private void check() {
        try {
            options();
            error.set("");
        } catch (IllegalArgumentException e) {
            error.set(e.getMessage());
        }
    }

    /**
     * The planner's options from the form.
     *
     * @throws IllegalArgumentException with the user's words, when a field is wrong
     */
    public WaveOptions options() {
        if (start.get() == null) {
            throw new IllegalArgumentException(messages.get("waves.plan.error.start"));
        }
        Integer servers = positiveOrBlank(capacityServers.get(), "waves.plan.error.servers");
        Integer vcpus = positiveOrBlank(capacityVcpus.get(), "waves.plan.error.vcpus");
        int days = days(waveLength.get());
        int pilot;
        try {
            pilot = Integer.parseInt(pilotServers.get().strip());
        } catch (NumberFormatException e) {
            pilot = -1;
        }
        if (pilot < 0) {
            throw new IllegalArgumentException(messages.get("waves.plan.error.pilot"));
        }
        List<Blackout> list = new ArrayList<>();
        for (String range : blackouts.get().split("[,\\n]")) {
            if (!range.isBlank()) {
                try {
                    list.add(DependencyWorkflow.parseBlackout(range));
                } catch (IllegalArgumentException e) {
                    throw new IllegalArgumentException(messages.get("waves.plan.error.blackout", range.strip()));
                }
            }
        }
        WaveOptions o = new WaveOptions(base.maxServers(), base.maxVcpus(), start.get(), base.waveLengthDays(),
                base.blackouts(), base.pilotServers(), base.environmentOrder(), base.pins());
        o = o.withCapacity(servers, vcpus).withWaveLength(days).withPilot(pilot).withBlackouts(list);
        if (devTestFirst.get() != baseDevTestFirst) {
            o = o.withEnvironmentOrder(devTestFirst.get() ? WaveOptions.DEV_TEST_PROD : List.of());
        }
        return o;
    }

    private Integer positiveOrBlank(String text, String errorKey) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            int n = Integer.parseInt(text.strip());
            if (n >= 1) {
                return n;
            }
        } catch (NumberFormatException e) {
            // below
        }
        throw new IllegalArgumentException(messages.get(errorKey));
    }

    private int days(String text) {
        Matcher m = LENGTH.matcher(text == null ? "" : text.strip());
        if (!m.matches() || Integer.parseInt(m.group(1)) == 0) {
            throw new IllegalArgumentException(messages.get("waves.plan.error.length"));
        }
        int n = Integer.parseInt(m.group(1));
        return m.group(2).equalsIgnoreCase("w") ? n * 7 : n;
    }
}
