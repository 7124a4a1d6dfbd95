package com.migrationhub.domain.dependency.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.migrationhub.domain.assessment.RulesException;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class DependencyRulesTest {
    private static final String HEADER = "rule\tkind\tmatch\tcategory\tdescription\n"
            + "hub-min-callers\tsetting\t20\t-\tx\n"
            + "hub-min-share\tsetting\t10\t-\tx\n"
            + "hub-min-applications\tsetting\t5\t-\tx\n"
            + "hub-outbound\tsetting\tyes\t-\tx\n";

    private static DependencyRules read(String text) {
        return DependencyRules.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "rules.tsv");
    }

    @Test
    void theShippedRulesKnowTheCommonSharedServices() {
        DependencyRules r = DependencyRules.readShipped();

        assertThat(r.rule(r.matchPort(53)).category()).isEqualTo(SharedService.DNS);
        assertThat(r.rule(r.matchPort(389)).category()).isEqualTo(SharedService.DIRECTORY);
        assertThat(r.rule(r.matchPort(8402)).id()).isEqualTo("commvault-port");
        assertThat(r.matchPort(1433)).isEqualTo(-1);
        assertThat(r.matchPort(-1)).isEqualTo(-1);
        assertThat(r.rule(r.matchProcess("C:\\Program Files\\Elastic\\filebeat.exe")).category())
                .isEqualTo(SharedService.LOGGING);
        assertThat(r.rule(r.matchProcess("ZABBIX_AGENTD")).category()).isEqualTo(SharedService.MONITORING);
        assertThat(r.matchProcess("sqlservr.exe")).isEqualTo(-1);
        assertThat(r.hubThresholds()).isEqualTo(new DependencyRules.HubThresholds(20, 10, 5, true));
    }

    @Test
    void theFirstRuleListedWinsForAPort() {
        DependencyRules r = read(HEADER + "a\tport\t53\tDNS\tfirst\nb\tport\t50-60\tOTHER\tsecond\n");

        assertThat(r.rule(r.matchPort(53)).id()).isEqualTo("a");
        assertThat(r.rule(r.matchPort(54)).id()).isEqualTo("b");
    }

    @Test
    void aBadRuleIsOneClearLineNamingFileLineAndColumn() {
        String[][] cases = {
            {"dns\tport\t53x\tDNS\tname", "rules.tsv, line 7: column 'match': '53x' is not a port (0-65535) or a range"
                    + " of ports (8400-8403) in \"dns port 53x DNS name\""},
            {"dns\tport\t60-50\tDNS\tname", "rules.tsv, line 7: column 'match': the port range '60-50' runs backwards"
                    + " in \"dns port 60-50 DNS name\""},
            {"dns\tport\t53\tDNSX\tname", "rules.tsv, line 7: column 'category': unknown category 'DNSX' (expected one"
                    + " of DNS, DIRECTORY, TIME, MONITORING, BACKUP, PATCHING, MAIL, LOGGING, ANTIVIRUS, OTHER) in"
                    + " \"dns port 53 DNSX name\""},
            {"dns\tports\t53\tDNS\tname", "rules.tsv, line 7: column 'kind': unknown kind 'ports' (expected port,"
                    + " process or setting) in \"dns ports 53 DNS name\""},
            {"hub-min-share\tsetting\tmany\t-\tx", "rules.tsv, line 6: column 'match': 'many' is not a number in"
                    + " \"hub-min-share setting many - x\""},
            {"dns\tprocess\tnamed||x\tDNS\tname", "rules.tsv, line 7: column 'match': empty or match-all process"
                    + " pattern in 'named||x' in \"dns process named||x DNS name\""},
        };
        for (String[] c : cases) {
            String header = c[0].startsWith("hub-min-share") ? HEADER.replace("hub-min-share\tsetting\t10\t-\tx\n", "")
                    : HEADER;
            assertThatThrownBy(() -> read(header + "dns-port\tport\t53\tDNS\tx\n" + c[0] + "\n"))
                    .isInstanceOf(RulesException.class)
                    .hasMessage(c[1])
                    .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
        }
    }

    @Test
    void aMissingSettingOrColumnIsNamed() {
        assertThatThrownBy(() -> read("rule\tkind\tmatch\tcategory\tdescription\n"))
                .hasMessage("rules.tsv: no value for the setting 'hub-min-callers'");
        assertThatThrownBy(() -> read("rule\tkind\tmatch\tdescription\n"))
                .hasMessage("rules.tsv, line 1: the header lacks the column 'category' in \"rule\tkind\tmatch\tdescription\"");
        assertThatThrownBy(() -> read(HEADER + "dns\tport\t53\tDNS\tx\ndns\tport\t54\tDNS\tx\n"))
                .hasMessageContaining("line 7: column 'rule': the rule 'dns' a second time");
    }
}
