package com.migrationhub.domain.assessment.tco;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.migrationhub.domain.catalog.Cloud;
import com.migrationhub.domain.catalog.Usd;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TcoModelTest {
    private static final TcoModel.Estate ESTATE = new TcoModel.Estate(100, 400, 160, new BigDecimal("10000"));

    @Test
    void theShippedDefaultsGiveTheWorkedExample() {
        BusinessCase bc = new TcoModel(TcoParameters.readShipped()).compute(ESTATE,
                Map.of(Cloud.AWS, Usd.parse("10000")), 3);
        // 100 cores: hardware 24,000 + maintenance 18,000 + storage 3,000 + network 4,500 + facilities 3,942
        // + hypervisor 35,000 + Windows 4,000 + labour 180,000
        assertThat(bc.onPremises()).extracting(BusinessCase.Line::id, l -> Usd.cents(l.yearlyNanos())).containsExactly(
                org.assertj.core.groups.Tuple.tuple("hardware", "24000.00"),
                org.assertj.core.groups.Tuple.tuple("maintenance", "18000.00"),
                org.assertj.core.groups.Tuple.tuple("storage", "3000.00"),
                org.assertj.core.groups.Tuple.tuple("network", "4500.00"),
                org.assertj.core.groups.Tuple.tuple("facilities", "3942.00"),
                org.assertj.core.groups.Tuple.tuple("licence-virtualization", "35000.00"),
                org.assertj.core.groups.Tuple.tuple("licence-windows", "4000.00"),
                org.assertj.core.groups.Tuple.tuple("labour", "180000.00"));
        assertThat(Usd.cents(bc.onPremisesYearly())).isEqualTo("272442.00");
        BusinessCase.CloudCase aws = bc.clouds().get(Cloud.AWS);
        // 120,000 run + 90,000 remaining labour; 30,000 migration in month 1
        assertThat(Usd.cents(aws.yearlyNanos())).isEqualTo("210000.00");
        assertThat(Usd.cents(aws.migrationNanos())).isEqualTo("30000.00");
        // 30,000 + 17,500 m <= 22,703.50 m from m = 5.77, so month 6
        assertThat(aws.breakEvenMonth()).isEqualTo(6);
        assertThat(Usd.cents(aws.cumulativeCloud()[2])).isEqualTo("660000.00");
        assertThat(Usd.cents(aws.cumulativeOnPremises()[2])).isEqualTo("817326.00");
        assertThat(Usd.cents(aws.savingsNanos())).isEqualTo("157326.00");
        assertThat(bc.onPremises().get(0).how()).contains("400 vCPUs / 4 vCPUs per core = 100 cores");
    }

    @Test
    void overridesChangeTheFiguresAndAreMarked() {
        TcoParameters p = TcoParameters.readShipped().with(Map.of("labour.usd-per-hour", "50"));
        BusinessCase bc = new TcoModel(p).compute(ESTATE, Map.of(Cloud.GCP, Usd.parse("30000")), 1);
        assertThat(bc.onPremises().get(7).yearlyNanos()).isEqualTo(Usd.parse("120000"));
        assertThat(bc.parameters().get("labour.usd-per-hour")).isEqualTo("50 USD per hour (set)");
        // a cloud dearer than on premises never breaks even
        assertThat(bc.clouds().get(Cloud.GCP).breakEvenMonth()).isZero();
        assertThatThrownBy(() -> TcoParameters.readShipped().with(Map.of("labor.rate", "1")))
                .hasMessageStartingWith("unknown TCO parameter 'labor.rate'");
    }

    @Test
    void aBadDefaultsFileNamesTheLine() {
        String text = "key\tvalue\tunit\tbasis\nhardware.cost-per-core\tabc\tUSD\tx\n";
        assertThatThrownBy(() -> TcoParameters.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)),
                "tco.tsv")).hasMessage("tco.tsv, line 2: 'abc' is not a number");
    }
}
