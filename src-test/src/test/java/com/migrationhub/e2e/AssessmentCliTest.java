package com.migrationhub.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.migrationhub.domain.catalog.CatalogFiles;
import com.migrationhub.domain.catalog.FxRate;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The assessment through the command line, on the sample engagement (297 servers): a base scenario
 * on every cloud's default region, a second one with other regions, sizing, pricing and currency,
 * the consultant's 7R override, the business case, and bad input that must leave the project as
 * it was. The sample project is made and assessed once; tests that change it work on a copy.
 */
class AssessmentCliTest {
    private static final int SERVERS = 297;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> READINESS = Set.of("READY", "READY_WITH_CONDITIONS", "NOT_READY", "UNKNOWN");
    private static final Set<String> STRATEGIES = Set.of("RETIRE", "RETAIN", "REHOST", "RELOCATE", "REPLATFORM",
            "REPURCHASE", "REFACTOR");

    @TempDir
    static Path dir;
    static Path project;
    static Mhub.Result base;
    static Mhub.Result second;
    static JsonNode baseJson;

    @BeforeAll
    static void assessTheSampleTwice() throws IOException {
        project = dir.resolve("sample.mhub");
        Mhub.Result sample = Mhub.run("sample", "-p", project, "--from", Mhub.root().resolve("samples/engagement"));
        assertThat(sample.code()).as(sample.err()).isZero();
        base = Mhub.run("assess", "-p", project, "--scenario", "base", "--assessed-on", "2026-11-26");
        second = Mhub.run("assess", "-p", project, "--scenario", "second", "--clouds", "aws,azure", "--regions",
                "us-east-1,eu-central-1,westeurope", "--sizing", "as-is", "--pricing", "ri3y", "--currency", "EUR");
        baseJson = json(Mhub.run("assessment", "show", "-p", project, "--scenario", "base", "--format", "json"));
    }

    @Test
    void assessPrintsOneSummaryLinePerCloud() {
        assertThat(base.code()).as(base.err()).isZero();
        assertThat(base.err()).isEmpty();
        assertThat(base.out()).contains("Assessed 297 servers for aws us-east-1, azure eastus, gcp us-central1 in ",
                ": 891 results in scenario 'base'.", "total/month USD",
                "Assumptions: sizing auto, p95 × 1.3, on-demand, uptime always-on, currency USD");
        Map<String, long[]> rows = summaryRows(base.out());
        assertThat(rows).containsOnlyKeys("aws us-east-1", "azure eastus", "gcp us-central1");
        // servers, then ready / conditions / not ready / unknown, which together are every server
        Map<String, Map<String, Long>> readiness = new TreeMap<>();
        for (JsonNode r : baseJson.get("results")) {
            readiness.computeIfAbsent(r.get("cloud").asText() + " " + r.get("region").asText(), k -> new HashMap<>())
                    .merge(r.get("readiness").get("status").asText(), 1L, Long::sum);
        }
        rows.forEach((cloud, n) -> {
            assertThat(n[0]).as(cloud).isEqualTo(SERVERS);
            assertThat(n[1] + n[2] + n[3] + n[4]).as(cloud).isEqualTo(SERVERS);
            assertThat(n[5]).as(cloud + " sized").isEqualTo(SERVERS);
            Map<String, Long> shown = readiness.get(cloud);
            assertThat(new long[] {shown.getOrDefault("READY", 0L), shown.getOrDefault("READY_WITH_CONDITIONS", 0L),
                shown.getOrDefault("NOT_READY", 0L), shown.getOrDefault("UNKNOWN", 0L)})
                    .as(cloud + ": the summary's readiness counts are those of the stored results")
                    .containsExactly(n[1], n[2], n[3], n[4]);
        });
    }

    @Test
    void showJsonHasEveryFigureOfEveryServerOnEveryCloud() {
        assertThat(baseJson.get("scenario").asText()).isEqualTo("base");
        assertThat(baseJson.get("assumptions").get("assessed.on").asText()).isEqualTo("2026-11-26");
        JsonNode results = baseJson.get("results");
        assertThat(results.size()).isEqualTo(SERVERS * 3);
        Map<String, Set<Long>> serversPerCloud = new TreeMap<>();
        Map<String, String> defaultRegion = Map.of("aws", "us-east-1", "azure", "eastus", "gcp", "us-central1");
        for (JsonNode r : results) {
            String where = r.get("server").asText() + " on " + r.get("cloud").asText();
            serversPerCloud.computeIfAbsent(r.get("cloud").asText(), k -> new HashSet<>()).add(r.get("serverId").asLong());
            assertThat(r.get("region").asText()).as(where).isEqualTo(defaultRegion.get(r.get("cloud").asText()));

            JsonNode readiness = r.get("readiness");
            assertThat(readiness.get("status").asText()).as(where).isIn(READINESS);
            assertThat(readiness.get("reasons").isArray()).as(where).isTrue();
            if (!readiness.get("status").asText().equals("READY")) {
                assertThat(readiness.get("reasons").size()).as(where + ": a status other than READY says why").isPositive();
            }
            for (JsonNode reason : readiness.get("reasons")) {
                assertThat(reason.get("code").asText()).as(where).matches("[A-Z0-9_]+");
                assertThat(reason.get("text").asText()).as(where).isNotBlank();
            }

            JsonNode strategy = r.get("strategy");
            assertThat(strategy.get("strategy").asText()).as(where).isIn(STRATEGIES);
            assertThat(strategy.get("rule").asText()).as(where).isNotBlank();
            assertThat(strategy.get("rationale").asText()).as(where).isNotBlank();

            JsonNode size = r.get("size");
            assertThat(size.get("name").asText()).as(where).isNotBlank();
            assertThat(size.get("vcpus").asInt()).as(where).isPositive();
            assertThat(size.get("memoryMiB").asLong()).as(where).isPositive();
            assertThat(size.get("memoryMiB").asLong()).as(where + ": the size holds the memory asked for")
                    .isGreaterThanOrEqualTo(size.get("demandMemoryMiB").asLong());

            JsonNode cost = r.get("monthlyCost");
            assertThat(cost.get("currency").asText()).isEqualTo("USD");
            for (String part : new String[] {"compute", "licence", "storage", "network", "total"}) {
                assertThat(cost.get(part).asText()).as(where + " " + part).matches("\\d+\\.\\d\\d");
            }
            assertThat(new BigDecimal(cost.get("compute").asText())).as(where + ": a sized server has a compute price")
                    .isPositive();

            assertThat(r.get("confidenceStars").asInt()).as(where).isBetween(0, 5);

            JsonNode risk = r.get("risk");
            assertThat(risk.get("score").asInt()).as(where).isBetween(0, 100);
            assertThat(risk.get("level").asText()).as(where).isIn("LOW", "MEDIUM", "HIGH", "CRITICAL");
            assertThat(risk.get("factors").isArray()).as(where).isTrue();
            int points = 0;
            for (JsonNode f : risk.get("factors")) {
                assertThat(f.get("factor").asText()).as(where).matches("[A-Z0-9_]+");
                assertThat(f.get("text").asText()).as(where).isNotBlank();
                points += f.get("points").asInt();
            }
            assertThat(risk.get("score").asInt()).as(where + ": the score is its factors' points")
                    .isEqualTo(Math.min(100, points));
        }
        assertThat(serversPerCloud).containsOnlyKeys("aws", "azure", "gcp");
        serversPerCloud.forEach((cloud, ids) -> assertThat(ids).as(cloud).hasSize(SERVERS));
    }

    @Test
    void eachMonthlyTotalIsTheSumOfItsPartsToTheCent() {
        List<String> off = new ArrayList<>();
        for (JsonNode r : baseJson.get("results")) {
            JsonNode c = r.get("monthlyCost");
            BigDecimal parts = new BigDecimal(c.get("compute").asText()).add(new BigDecimal(c.get("licence").asText()))
                    .add(new BigDecimal(c.get("storage").asText())).add(new BigDecimal(c.get("network").asText()));
            if (parts.compareTo(new BigDecimal(c.get("total").asText())) != 0) {
                off.add(r.get("server").asText() + " " + r.get("cloud").asText() + ": " + c.get("compute").asText() + " + "
                        + c.get("licence").asText() + " + " + c.get("storage").asText() + " + " + c.get("network").asText()
                        + " = " + parts + ", shown total " + c.get("total").asText());
            }
        }
        assertThat(off).as("%d of %d results whose printed parts do not add up to the printed total, such as %s",
                off.size(), baseJson.get("results").size(), off.stream().limit(3).toList()).isEmpty();
    }

    @Test
    void reRunningWithoutOptionsGivesTheSameCsvByteForByte() throws IOException {
        Path copy = copy("rerun.mhub");
        String before = Mhub.run("assessment", "show", "-p", copy, "--scenario", "base", "--format", "csv").out();
        Mhub.Result again = Mhub.run("assess", "-p", copy, "--scenario", "base");
        assertThat(again.code()).as(again.err()).isZero();
        // the stored day, not today, is kept: the run is the same one
        assertThat(again.out()).contains("891 results in scenario 'base'");
        String after = Mhub.run("assessment", "show", "-p", copy, "--scenario", "base", "--format", "csv").out();
        assertThat(after.lines().count()).isEqualTo(1 + SERVERS * 3);
        assertThat(after).isEqualTo(before);
    }

    @Test
    void aSecondScenarioHasItsOwnRegionsSizingPricingAndCurrency() {
        assertThat(second.code()).as(second.err()).isZero();
        assertThat(second.out()).contains("Assessed 297 servers for aws us-east-1, aws eu-central-1, azure westeurope",
                ": 891 results in scenario 'second'.", "total/month EUR", "Assumptions: sizing as-is, p95 × 1.3, ri3y",
                "currency EUR at ");
        // three regions were named, two of them AWS's: three cloud/region pairs side by side
        assertThat(summaryRows(second.out())).containsOnlyKeys("aws eu-central-1", "aws us-east-1", "azure westeurope");

        JsonNode show = json(Mhub.run("assessment", "show", "-p", project, "--scenario", "second", "--format", "json"));
        FxRate latest = CatalogFiles.readShipped().fxRates.stream().filter(f -> f.currency().equals("EUR"))
                .max(Comparator.comparing(FxRate::month)).orElseThrow();
        assertThat(show.get("assumptions").get("currency").asText()).isEqualTo("EUR");
        assertThat(show.get("assumptions").get("rate").asText()).isEqualTo(latest.perUsd());
        assertThat(show.get("assumptions").get("pricing").asText()).isEqualTo("ri3y");
        BigDecimal rate = new BigDecimal(latest.perUsd());
        Map<String, Integer> pairs = new TreeMap<>();
        for (JsonNode r : show.get("results")) {
            pairs.merge(r.get("cloud").asText() + " " + r.get("region").asText(), 1, Integer::sum);
            String where = r.get("server").asText() + " on " + r.get("cloud").asText() + " " + r.get("region").asText();
            assertThat(r.get("size").get("basis").asText()).as(where).isEqualTo("as on premises");
            JsonNode cost = r.get("monthlyCost");
            assertThat(cost.get("currency").asText()).as(where).isEqualTo("EUR");
            assertThat(cost.get("rate").asText()).as(where).isEqualTo(latest.perUsd());
            // the euro total is the dollar total at the rate; each is the sum of its four parts rounded to the cent
            BigDecimal eur = new BigDecimal(cost.get("total").asText());
            BigDecimal usd = new BigDecimal(cost.get("usdTotal").asText());
            assertThat(usd.multiply(rate).subtract(eur).abs()).as(where).isLessThanOrEqualTo(new BigDecimal("0.04"));
        }
        assertThat(pairs).containsExactly(Map.entry("aws eu-central-1", SERVERS), Map.entry("aws us-east-1", SERVERS),
                Map.entry("azure westeurope", SERVERS));
    }

    @Test
    void compareNamesTheAssumptionsThatDiffer() {
        Mhub.Result r = Mhub.run("assessment", "compare", "-p", project, "--scenario", "base", "--scenario", "second");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).startsWith("Assumptions that differ:");
        assertThat(r.out()).containsPattern("(?m)^  sizing +auto -> as-is$")
                .containsPattern("(?m)^  pricing +on-demand -> ri3y$")
                .containsPattern("(?m)^  currency +USD -> EUR$")
                .containsPattern("(?m)^  clouds +aws,azure,gcp -> aws,azure$")
                .containsPattern("(?m)^  regions\\.aws +us-east-1 -> us-east-1,eu-central-1$")
                .doesNotContainPattern("(?m)^  percentile ")
                .containsPattern("(?m)^aws +us-east-1 .*%$")
                .containsPattern("(?m)^gcp +us-central1 +[\\d.]+ +- +-[\\d.]+ +-100\\.0 %$")
                .contains("server results differ in size, readiness or strategy");
    }

    @Test
    void theConsultantsStrategyReplacesTheRulesOnReRunAndClearingRestoresThem() throws IOException {
        Path copy = copy("override.mhub");
        String name = null;
        for (JsonNode r : baseJson.get("results")) {
            if (r.get("strategy").get("strategy").asText().equals("REHOST")) {
                name = r.get("server").asText();
                break;
            }
        }
        assertThat(name).as("the sample has a server to rehost").isNotNull();
        String before = Mhub.run("assessment", "show", "-p", copy, "--scenario", "base", "--format", "csv").out();

        Mhub.Result set = Mhub.run("assessment", "override", "-p", copy, "--server", name, "--strategy", "retain", "--note",
                "client keeps it");
        assertThat(set.code()).as(set.err()).isZero();
        assertThat(set.out()).isEqualTo(name + ": retain (set by the consultant: client keeps it); re-run mhub assess to apply it\n");
        assertThat(Mhub.run("assessment", "show", "-p", copy, "--scenario", "base", "--format", "csv").out())
                .as("stored results change only when the scenario is re-run").isEqualTo(before);

        Mhub.Result rerun = Mhub.run("assess", "-p", copy, "--scenario", "base");
        assertThat(rerun.code()).as(rerun.err()).isZero();
        assertThat(rerun.out()).contains("retain 1");
        JsonNode rows = json(Mhub.run("assessment", "show", "-p", copy, "--scenario", "base", "--server", name,
                "--format", "json")).get("results");
        assertThat(rows.size()).isEqualTo(3);
        for (JsonNode r : rows) {
            JsonNode s = r.get("strategy");
            assertThat(s.get("strategy").asText()).as(r.get("cloud").asText()).isEqualTo("RETAIN");
            assertThat(s.get("rule").asText()).isEqualTo("override");
            assertThat(s.get("suggested").asText()).as("the rules' own suggestion stays beside it").isEqualTo("REHOST");
            assertThat(s.get("rationale").asText()).contains("client keeps it");
        }
        // every other server's rows are as they were
        String overridden = Mhub.run("assessment", "show", "-p", copy, "--scenario", "base", "--format", "csv").out();
        assertThat(withoutServer(overridden, name)).isEqualTo(withoutServer(before, name));

        Mhub.Result clear = Mhub.run("assessment", "override", "-p", copy, "--server", name, "--clear");
        assertThat(clear.code()).as(clear.err()).isZero();
        assertThat(clear.out()).isEqualTo("Cleared the 7R override of " + name + "\n");
        assertThat(Mhub.run("assess", "-p", copy, "--scenario", "base").code()).isZero();
        assertThat(Mhub.run("assessment", "show", "-p", copy, "--scenario", "base", "--format", "csv").out())
                .isEqualTo(before);
        assertThat(Mhub.run("assessment", "override", "-p", copy, "--server", name, "--clear").out())
                .isEqualTo(name + " had no 7R override\n");
    }

    @Test
    void theBusinessCaseSetsOnPremisesAgainstEachCloudWithItsBreakEven() {
        Mhub.Result r = Mhub.run("assessment", "business-case", "-p", project, "--scenario", "base");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.err()).isEmpty();
        assertThat(r.out()).startsWith("Business case of scenario 'base' over 3 years, in USD");
        String[] onPremises = {"Server hardware (depreciation)", "Hardware maintenance", "Storage", "Network",
            "Power and facilities", "Hypervisor licences", "Windows Server licences", "Administration labour"};
        BigDecimal sum = BigDecimal.ZERO;
        for (String line : onPremises) {
            Matcher m = Pattern.compile("(?m)^" + Pattern.quote(line) + " +(\\d+\\.\\d\\d) ").matcher(r.out());
            assertThat(m.find()).as(line + " in\n" + r.out()).isTrue();
            sum = sum.add(new BigDecimal(m.group(1)));
        }
        Matcher total = Pattern.compile("(?m)^Total +(\\d+\\.\\d\\d)").matcher(r.out());
        assertThat(total.find()).isTrue();
        BigDecimal yearly = new BigDecimal(total.group(1));
        assertThat(yearly).as("the on-premises lines add up to the total").isEqualByComparingTo(sum);
        assertThat(r.out()).containsPattern("(?m)^cloud +run a year +migration once +year 1 cumulative +year 2 cumulative"
                + " +year 3 cumulative +on premises 3 y +savings +break-even$");

        BigDecimal labour = number(r.out(), "(?m)^Administration labour +(\\d+\\.\\d\\d) ");
        BigDecimal labourPercent = number(r.out(), "(?m)^  cloud\\.labour-percent +(\\d+(?:\\.\\d+)?) % of on-premises labour$");
        Map<String, long[]> summary = summaryRows(base.out());
        Map<String, String> regionOf = Map.of("AWS", "aws us-east-1", "Azure", "azure eastus", "Google Cloud",
                "gcp us-central1");
        Pattern row = Pattern.compile("(?m)^(AWS|Azure|Google Cloud) +(\\d+\\.\\d\\d) +(\\d+\\.\\d\\d) +(\\d+\\.\\d\\d) +"
                + "(\\d+\\.\\d\\d) +(\\d+\\.\\d\\d) +(\\d+\\.\\d\\d) +(-?\\d+\\.\\d\\d) +(month \\d+|not within the horizon)$");
        Matcher m = row.matcher(r.out());
        Set<String> clouds = new HashSet<>();
        while (m.find()) {
            clouds.add(m.group(1));
            BigDecimal onPrem3y = new BigDecimal(m.group(7));
            BigDecimal year3 = new BigDecimal(m.group(6));
            BigDecimal savings = new BigDecimal(m.group(8));
            // each figure is rounded to the cent on its own
            assertThat(onPrem3y.subtract(yearly.multiply(BigDecimal.valueOf(3))).abs()).as(m.group())
                    .isLessThanOrEqualTo(new BigDecimal("0.02"));
            assertThat(savings.subtract(onPrem3y.subtract(year3)).abs()).as(m.group())
                    .isLessThanOrEqualTo(new BigDecimal("0.01"));
            assertThat(m.group(9).startsWith("month")).as(m.group() + ": breaks even within the horizon exactly when it saves")
                    .isEqualTo(savings.signum() >= 0);
            // a year's run: the assessment's monthly total (rounded to the cent in the summary) × 12,
            // plus the share of the on-premises labour that stays
            BigDecimal monthly = BigDecimal.valueOf(summary.get(regionOf.get(m.group(1)))[6], 2);
            BigDecimal expected = monthly.multiply(BigDecimal.valueOf(12)).add(labour.multiply(labourPercent)
                    .movePointLeft(2));
            assertThat(new BigDecimal(m.group(2)).subtract(expected).abs()).as(m.group())
                    .isLessThanOrEqualTo(new BigDecimal("0.06"));
        }
        assertThat(clouds).containsExactlyInAnyOrder("AWS", "Azure", "Google Cloud");
    }

    @Test
    void listShowsBothScenariosAndDeleteRemovesOne() throws IOException {
        Mhub.Result list = Mhub.run("assessment", "list", "-p", project);
        assertThat(list.code()).as(list.err()).isZero();
        assertThat(list.out()).containsPattern("(?m)^base +297 +aws:us-east-1 .* auto +on-demand +USD +\\d{4}-\\d\\d-\\d\\d$")
                .containsPattern("(?m)^second +297 +aws:us-east-1 aws:eu-central-1 .* as-is +ri3y +EUR +\\d{4}-\\d\\d-\\d\\d$");

        Path copy = copy("delete.mhub");
        Mhub.Result delete = Mhub.run("assessment", "delete", "-p", copy, "--scenario", "second");
        assertThat(delete.code()).as(delete.err()).isZero();
        assertThat(delete.out()).isEqualTo("Deleted scenario 'second'\n");
        Mhub.Result show = Mhub.run("assessment", "show", "-p", copy, "--scenario", "second");
        assertThat(show.code()).isEqualTo(1);
        assertThat(show.out()).isEmpty();
        assertThat(show.err()).startsWith("mhub: the project has no assessment scenario 'second'; it has base")
                .endsWith("\n").hasLineCount(1);
        assertThat(show.err().substring(show.err().indexOf("; it has "))).doesNotContain("second");
        assertThat(Mhub.run("assessment", "list", "-p", copy).out()).containsPattern("(?m)^base ")
                .doesNotContainPattern("(?m)^second ");
        Mhub.Result again = Mhub.run("assessment", "delete", "-p", copy, "--scenario", "second");
        assertThat(again.code()).isEqualTo(1);
        assertThat(again.err()).isEqualTo("mhub: the project has no assessment scenario 'second'\n");
    }

    @Test
    void theConsultantsSizeIsPricedOnReRunAndASizeTheRegionLacksIsSaidAndSkipped() throws IOException {
        Path copy = copy("size.mhub");
        JsonNode first = baseJson.get("results").get(0);
        String name = first.get("server").asText();
        String engine = null;
        for (JsonNode r : baseJson.get("results")) {
            if (r.get("server").asText().equals(name) && r.get("cloud").asText().equals("aws")) {
                engine = r.get("size").get("name").asText();
            }
        }
        String chosen = engine.equals("m5.2xlarge") ? "m5.4xlarge" : "m5.2xlarge";
        String before = Mhub.run("assessment", "show", "-p", copy, "--scenario", "base", "--format", "csv").out();

        Mhub.Result set = Mhub.run("assessment", "override", "-p", copy, "--server", name, "--size", "aws=" + chosen.toUpperCase(),
                "--note", "client standard");
        assertThat(set.code()).as(set.err()).isZero();
        assertThat(set.out()).isEqualTo(name + ": " + chosen + " on AWS (set by the consultant: client standard); "
                + "re-run mhub assess to apply it\n");
        Mhub.Result shown = Mhub.run("assessment", "show", "-p", copy, "--scenario", "base", "--server", name);
        assertThat(shown.out()).contains("Sizes set by the consultant:").contains(chosen)
                .contains("not yet: re-run mhub assess");

        Mhub.Result rerun = Mhub.run("assess", "-p", copy, "--scenario", "base");
        assertThat(rerun.code()).as(rerun.err()).isZero();
        assertThat(rerun.out()).doesNotContain("Note:");
        JsonNode rows = json(Mhub.run("assessment", "show", "-p", copy, "--scenario", "base", "--server", name,
                "--format", "json")).get("results");
        for (JsonNode r : rows) {
            JsonNode size = r.get("size");
            if (r.get("cloud").asText().equals("aws")) {
                assertThat(size.get("name").asText()).isEqualTo(chosen);
                assertThat(size.get("setByConsultant").get("applied").asBoolean()).isTrue();
                assertThat(size.get("setByConsultant").get("note").asText()).isEqualTo("client standard");
            } else {
                assertThat(size.has("setByConsultant")).isFalse();
            }
        }
        String after = Mhub.run("assessment", "show", "-p", copy, "--scenario", "base", "--format", "csv").out();
        assertThat(withoutServer(after, name)).as("no other server changed").isEqualTo(withoutServer(before, name));
        assertThat(Mhub.run("assessment", "show", "-p", copy, "--scenario", "base", "--server", name, "--cloud", "aws",
                "--explain").out()).contains("size: " + chosen).contains("set by the consultant: client standard");

        // a size of the catalog that the scenario's region does not offer: the run says so and keeps its own
        com.migrationhub.domain.catalog.CatalogContent content = CatalogFiles.readShipped();
        Set<String> inRegion = new HashSet<>();
        com.migrationhub.domain.catalog.PriceCatalog.of(content).candidates(com.migrationhub.domain.catalog.Cloud.AWS,
                "us-east-1", com.migrationhub.domain.catalog.PricingOption.ON_DEMAND).sizes()
                .forEach(x -> inRegion.add(x.name()));
        String elsewhere = content.sizes.stream().filter(x -> x.cloud() == com.migrationhub.domain.catalog.Cloud.AWS
                && !inRegion.contains(x.name())).map(x -> x.name()).findFirst().orElse(null);
        if (elsewhere != null) {
            assertThat(Mhub.run("assessment", "override", "-p", copy, "--server", name, "--size", "aws=" + elsewhere)
                    .code()).isZero();
            Mhub.Result lacking = Mhub.run("assess", "-p", copy, "--scenario", "base");
            assertThat(lacking.code()).as(lacking.err()).isZero();
            assertThat(lacking.out()).contains("Note: " + name + ", AWS us-east-1: size set by the consultant not used: "
                    + elsewhere + ": AWS us-east-1 (on-demand) does not offer " + elsewhere
                    + " in the catalog; the cheapest fit is kept");
            JsonNode kept = json(Mhub.run("assessment", "show", "-p", copy, "--scenario", "base", "--server", name,
                    "--cloud", "aws", "--format", "json")).get("results").get(0).get("size");
            assertThat(kept.get("name").asText()).isEqualTo(engine);
            assertThat(kept.get("setByConsultant").get("applied").asBoolean()).isFalse();
        }
        assertThat(Mhub.run("assessment", "override", "-p", copy, "--server", name, "--size", "aws=nonesuch.large").err())
                .isEqualTo("mhub: the catalog has no AWS size 'nonesuch.large'; see mhub catalog show\n");

        Mhub.Result clear = Mhub.run("assessment", "override", "-p", copy, "--server", name, "--clear-size");
        assertThat(clear.out()).isEqualTo("Cleared the size set for " + name + "; re-run mhub assess to apply it\n");
        assertThat(Mhub.run("assess", "-p", copy, "--scenario", "base").code()).isZero();
        assertThat(Mhub.run("assessment", "show", "-p", copy, "--scenario", "base", "--format", "csv").out())
                .isEqualTo(before);
    }

    @Test
    void badOptionsAreRefusedInOneLineAndChangeNothing() throws IOException {
        Path copy = copy("bad.mhub");
        String before = snapshot(copy);
        refused(copy, "mhub: no cloud has a region 'mars-1' in the catalog; see mhub catalog show",
                "assess", "--scenario", "base", "--regions", "mars-1");
        refused(copy, "mhub: percentile 42: use 50, 90, 95 or 99", "assess", "--scenario", "base", "--percentile", "42");
        refused(copy, "mhub: currency 'JPY': use USD, EUR or GBP", "assess", "--scenario", "base", "--currency", "JPY");
        refused(copy, "mhub: uptime 'banana': use always-on, 50h/week or 200h/month",
                "assess", "--scenario", "base", "--uptime", "banana");
        refused(copy, "mhub: uptime 'banana': use always-on, 50h/week or 200h/month",
                "assess", "--scenario", "fresh", "--uptime", "banana");
        refused(copy, "mhub: unknown pricing option 'ri5y': use on-demand, ri1y, ri3y, sp1y or sp3y",
                "assess", "--scenario", "second", "--pricing", "ri5y");
        refused(copy, "mhub: unknown cloud 'ibm': use aws, azure or gcp", "assess", "--scenario", "base", "--clouds", "ibm");
        refused(copy, "mhub: unknown TCO parameter 'labor'; known: hardware.cost-per-core, hardware.life-years, "
                + "hardware.maintenance-percent, vcpus-per-core, storage.cost-per-gb-year, network.percent, "
                + "facilities.watts-per-core, facilities.pue, facilities.usd-per-kwh, "
                + "licence.virtualization-per-core-year, licence.windows-per-core-year, labour.hours-per-server-year, "
                + "labour.usd-per-hour, cloud.labour-percent, migration.usd-per-server",
                "assess", "--scenario", "fresh", "--tco", "labor=1");
        refused(copy, "mhub: unknown risk factor 'weather'", "assess", "--scenario", "base", "--risk-weight", "weather=5");
        String noScenario = "mhub: the project has no assessment scenario 'nope'; it has " + names(copy);
        refused(copy, noScenario, "assessment", "show", "--scenario", "nope");
        refused(copy, noScenario, "assessment", "business-case", "--scenario", "nope");
        refused(copy, "mhub: give --scenario twice: the two scenarios to compare",
                "assessment", "compare", "--scenario", "base");
        String server = baseJson.get("results").get(0).get("server").asText();
        refused(copy, "mhub: strategy 'sideways': use retire, retain, rehost, relocate, replatform, repurchase or refactor",
                "assessment", "override", "--server", server, "--strategy", "sideways");
        refused(copy, "mhub: give either --strategy R (with --note) or --clear",
                "assessment", "override", "--server", server, "--strategy", "retain", "--clear");
        assertThat(snapshot(copy)).isEqualTo(before);
    }

    @Test
    void aMissingScenarioOptionIsAUsageError() throws IOException {
        Path copy = copy("usage.mhub");
        String before = snapshot(copy);
        for (String[] command : new String[][] {{"assess"}, {"assessment", "show"}, {"assessment", "business-case"},
            {"assessment", "delete"}}) {
            List<Object> args = new ArrayList<>(List.of((Object[]) command));
            args.add("-p");
            args.add(copy);
            Mhub.Result r = Mhub.run(args.toArray());
            assertThat(r.code()).as(String.join(" ", command)).isEqualTo(2);
            assertThat(r.out()).isEmpty();
            assertThat(r.err()).isEqualTo("mhub: Missing required option: '--scenario=NAME'\nTry 'mhub "
                    + String.join(" ", command) + " --help' for more.\n");
        }
        assertThat(snapshot(copy)).isEqualTo(before);
    }

    private static void refused(Path copy, String message, String... command) {
        List<Object> args = new ArrayList<>(List.of((Object[]) command));
        args.add("-p");
        args.add(copy);
        Mhub.Result r = Mhub.run(args.toArray());
        assertThat(r.code()).as(String.join(" ", command) + "\n" + r.out() + r.err()).isEqualTo(1);
        assertThat(r.out()).as(String.join(" ", command)).isEmpty();
        assertThat(r.err()).as(String.join(" ", command)).isEqualTo(message + "\n");
    }

    /** What a user can see of the assessments: the scenarios and every stored result. */
    private static String snapshot(Path file) {
        return Mhub.run("assessment", "list", "-p", file).out()
                + Mhub.run("assessment", "show", "-p", file, "--scenario", "base", "--format", "csv").out()
                + Mhub.run("assessment", "show", "-p", file, "--scenario", "second", "--format", "csv").out();
    }

    /** The project's scenarios as mhub assessment list prints them, comma-separated. */
    private static String names(Path file) {
        List<String> names = new ArrayList<>();
        Mhub.run("assessment", "list", "-p", file).out().lines().skip(1).forEach(l -> names.add(l.split(" ", 2)[0]));
        assertThat(names).contains("base", "second");
        return String.join(", ", names);
    }

    private static Path copy(String name) throws IOException {
        Path copy = dir.resolve(name);
        Files.copy(project, copy);
        return copy;
    }

    private static JsonNode json(Mhub.Result r) {
        assertThat(r.code()).as(r.err()).isZero();
        try {
            return JSON.readTree(r.out());
        } catch (IOException e) {
            throw new AssertionError("not JSON: " + r.out(), e);
        }
    }

    @Test
    void newScenariosTakeTheProjectsDefaultRegions() throws IOException {
        Path copy = copy("regions.mhub");
        Mhub.Result set = Mhub.run("settings", "-p", copy, "--regions", "eu-central-1,westeurope");
        assertThat(set.code()).as(set.err()).isZero();
        assertThat(set.out()).contains("region.aws   eu-central-1", "region.azure westeurope",
                "region.gcp   us-central1 (default)");
        Mhub.Result eu = Mhub.run("assess", "-p", copy, "--scenario", "eu", "--assessed-on", "2026-11-26");
        assertThat(eu.code()).as(eu.err()).isZero();
        assertThat(eu.out()).contains("Assessed 297 servers for aws eu-central-1, azure westeurope, gcp us-central1");
        Mhub.Result bad = Mhub.run("settings", "-p", copy, "--set", "format=9");
        assertThat(bad.code()).isEqualTo(1);
        assertThat(bad.err().strip()).isEqualTo("mhub: setting 'format' cannot be changed; use client, engagement, firm,"
                + " consultant, locale, region.aws, region.azure, region.gcp");
    }

    @Test
    void totalsByAGroupAddUpToTheSummary() throws IOException {
        Map<String, long[]> summary = summaryRows(base.out());
        for (String by : List.of("strategy", "environment", "os")) {
            Mhub.Result r = Mhub.run("assessment", "totals", "-p", project, "--scenario", "base", "--by", by,
                    "--format", "json");
            assertThat(r.code()).as(r.err()).isZero();
            Map<String, long[]> sums = new TreeMap<>();
            for (JsonNode row : json(r)) {
                long[] n = sums.computeIfAbsent(row.get("cloud").asText() + " " + row.get("region").asText(),
                        k -> new long[2]);
                n[0] += row.get("servers").asLong();
                n[1] += new BigDecimal(row.get("total").asText()).movePointRight(2).longValueExact();
                assertThat(row.has(by)).as(by).isTrue();
            }
            assertThat(sums).as(by).containsOnlyKeys(summary.keySet());
            // every server once per cloud and region; the groups' totals add up to the summary's to the cent
            sums.forEach((k, n) -> {
                assertThat(n[0]).as(by + " " + k).isEqualTo(SERVERS);
                assertThat(n[1]).as(by + " " + k).isEqualTo(summary.get(k)[6]);
            });
        }
        Mhub.Result bad = Mhub.run("assessment", "totals", "-p", project, "--scenario", "base", "--by", "colour");
        assertThat(bad.code()).isEqualTo(1);
        assertThat(bad.err().strip()).isEqualTo("mhub: --by 'colour': use strategy, readiness, environment, application,"
                + " cluster, datacenter, os or owner");
    }

    /**
     * The summary's rows by "cloud region": servers, ready, conditions, not ready, unknown, sized,
     * and the monthly total in cents.
     */
    private static Map<String, long[]> summaryRows(String out) {
        Map<String, long[]> rows = new TreeMap<>();
        Matcher m = Pattern.compile("(?m)^(aws|azure|gcp) +(\\S+) +(\\d+) +(\\d+) +(\\d+) +(\\d+) +(\\d+) +(\\d+)"
                + " +[\\d.]+ +[\\d.]+ +[\\d.]+ +[\\d.]+ +(\\d+\\.\\d\\d)$").matcher(out);
        while (m.find()) {
            long[] n = new long[7];
            for (int i = 0; i < 6; i++) {
                n[i] = Long.parseLong(m.group(3 + i));
            }
            n[6] = new BigDecimal(m.group(9)).movePointRight(2).setScale(0, RoundingMode.UNNECESSARY).longValueExact();
            rows.put(m.group(1) + " " + m.group(2), n);
        }
        return rows;
    }

    private static BigDecimal number(String out, String regex) {
        Matcher m = Pattern.compile(regex).matcher(out);
        assertThat(m.find()).as(regex + " in\n" + out).isTrue();
        return new BigDecimal(m.group(1));
    }

    private static String withoutServer(String csv, String name) {
        StringBuilder b = new StringBuilder();
        csv.lines().filter(l -> !l.contains("," + name + ",")).forEach(l -> b.append(l).append('\n'));
        return b.toString();
    }
}
