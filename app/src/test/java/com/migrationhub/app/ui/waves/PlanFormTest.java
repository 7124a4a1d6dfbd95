package com.migrationhub.app.ui.waves;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.migrationhub.app.ui.i18n.Messages;
import com.migrationhub.domain.dependency.waves.WaveOptions;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The plan form reads what {@code mhub waves plan}'s options take, and names the field that is wrong. */
class PlanFormTest {
    private final Messages messages = new Messages(Locale.US);
    private final WaveOptions stored = new WaveOptions(40, null, LocalDate.of(2027, 1, 4), 14, List.of(), 10,
            WaveOptions.DEV_TEST_PROD, Map.of("Payroll", 3));

    @Test
    void leftAsItIsTheFormGivesTheStoredOptions() {
        PlanForm form = new PlanForm(messages, stored);
        assertThat(form.errorProperty().get()).isEmpty();
        assertThat(form.waveLengthProperty().get()).isEqualTo("2w");
        assertThat(form.options()).isEqualTo(stored);
    }

    @Test
    void theFieldsBecomeTheOptions() {
        PlanForm form = new PlanForm(messages, stored);
        form.capacityServersProperty().set(" ");
        form.capacityVcpusProperty().set("400");
        form.waveLengthProperty().set("10d");
        form.pilotServersProperty().set("0");
        form.devTestFirstProperty().set(false);
        form.blackoutsProperty().set("2027-02-08..2027-02-21\n\n2027-04-01..2027-04-02");
        WaveOptions o = form.options();
        assertThat(o.maxServers()).isNull();
        assertThat(o.maxVcpus()).isEqualTo(400);
        assertThat(o.waveLengthDays()).isEqualTo(10);
        assertThat(o.pilotServers()).isZero();
        assertThat(o.environmentOrder()).isEmpty();
        assertThat(o.blackouts()).hasSize(2);
        assertThat(o.blackouts().get(0).from()).isEqualTo(LocalDate.of(2027, 2, 8));
    }

    @Test
    void aWrongFieldIsNamedAndTheFormCannotBePlanned() {
        PlanForm form = new PlanForm(messages, stored);
        form.capacityServersProperty().set("0");
        assertThat(form.errorProperty().get()).startsWith("Servers per wave");
        form.capacityServersProperty().set("40");
        form.waveLengthProperty().set("two weeks");
        assertThat(form.errorProperty().get()).startsWith("The wave length");
        form.waveLengthProperty().set("3w");
        form.blackoutsProperty().set("2027-02-30..2027-03-01");
        assertThat(form.errorProperty().get()).contains("2027-02-30..2027-03-01");
        assertThatThrownBy(form::options).isInstanceOf(IllegalArgumentException.class);
        form.blackoutsProperty().set("");
        form.pilotServersProperty().set("-1");
        assertThat(form.errorProperty().get()).startsWith("The pilot size");
        form.pilotServersProperty().set("5");
        form.startProperty().set(null);
        assertThat(form.errorProperty().get()).isNotEmpty();
        form.startProperty().set(LocalDate.of(2027, 3, 1));
        assertThat(form.errorProperty().get()).isEmpty();
        assertThat(form.options().waveLengthDays()).isEqualTo(21);
    }
}
