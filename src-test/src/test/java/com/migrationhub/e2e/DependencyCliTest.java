package com.migrationhub.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;

/**
 * Dependencies, move groups and waves through the command line, on the sample engagement: its
 * dependency export (3,000 rows written by the generator, with a truth file that knows every
 * server's move group and the shared-service hubs) must come back as exactly the known move
 * groups with the hubs soft; the consultant's choices survive re-computation; wave plans keep
 * capacity and order and report what a manual move breaks; bad input leaves the project as it was.
 * The sample is made once; tests that change it work on a copy.
 */
class DependencyCliTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path dir;
    static Path sample;
    static Path engagement;
    static Map<String, String> truthGroup = new HashMap<>();
    static Set<String> hubs = new HashSet<>();
    static Set<String> cross = new HashSet<>();
    static long truthRows;

    @BeforeAll
    static void makeTheSample() throws IOException {
        engagement = Mhub.root().resolve("samples/engagement");
        sample = dir.resolve("sample.mhub");
        Mhub.Result r = Mhub.run("sample", "-p", sample, "--from", engagement);
        assertThat(r.code()).as(r.err()).isZero();
        for (String line : Files.readAllLines(engagement.resolve("contoso-dependencies.truth.tsv"))) {
            String[] f = line.split("\t");
            switch (f[0]) {
                case "server" -> truthGroup.put(f[1], f[3]);
                case "hub" -> hubs.add(f[1]);
                case "cross" -> cross.add(f[1] + " " + f[3]);
                case "count" -> {
                    if (f[1].equals("rows")) {
                        truthRows = Long.parseLong(f[2]);
                    }
                }
                default -> { }
            }
        }
    }

    private static JsonNode json(Mhub.Result r) throws IOException {
        assertThat(r.code()).as(r.err()).isZero();
        return JSON.readTree(r.out());
    }

    private Path copy() throws IOException {
        Path p = Files.createTempDirectory(dir, "copy").resolve("p.mhub");
        Files.copy(sample, p, StandardCopyOption.REPLACE_EXISTING);
        return p;
    }

    /** Server name to the name of its move group, for the servers of the truth file. */
    private static Map<String, String> groupsOf(Path project) throws IOException {
        Map<Long, String> names = new HashMap<>();
        for (JsonNode s : json(Mhub.run("inventory", "-p", project, "--format", "json"))) {
            names.put(s.get("id").asLong(), s.get("name").asText());
        }
        Map<String, String> of = new HashMap<>();
        for (JsonNode g : json(Mhub.run("groups", "list", "-p", project, "--format", "json"))) {
            for (JsonNode id : g.get("servers")) {
                of.put(names.get(id.asLong()), g.get("name").asText());
            }
        }
        return of;
    }

    /** The partition of the truth file's servers that a server-to-group map makes. */
    private static Set<Set<String>> partition(Map<String, String> groupOfServer) {
        Map<String, Set<String>> sets = new HashMap<>();
        for (String server : truthGroup.keySet()) {
            sets.computeIfAbsent(groupOfServer.getOrDefault(server, "?"), k -> new HashSet<>()).add(server);
        }
        return new HashSet<>(sets.values());
    }

    @Test
    void theSampleComesBackAsExactlyTheKnownMoveGroupsWithTheHubsSoft() throws IOException {
        assertThat(truthGroup).hasSizeGreaterThan(200);
        assertThat(partition(groupsOf(sample))).isEqualTo(partition(truthGroup));

        Mhub.Result imports = Mhub.run("deps", "imports", "-p", sample);
        assertThat(imports.out()).contains("contoso-dependencies.csv", "azure-migrate-deps", " " + truthRows + " ");

        JsonNode edges = json(Mhub.run("deps", "show", "-p", sample, "--format", "json")).get("edges");
        int toHubs = 0;
        int crossLinks = 0;
        for (JsonNode e : edges) {
            String from = e.get("source").asText();
            String to = e.get("destination").asText();
            boolean betweenServers = e.get("sourceKey").asText().startsWith("server:")
                    && e.get("destinationKey").asText().startsWith("server:");
            if (betweenServers && (hubs.contains(from) || hubs.contains(to))) {
                toHubs++;
                assertThat(e.get("strength").asText()).as(e.toString()).isEqualTo("SOFT");
            } else if (cross.contains(from + " " + to)) {
                // an application calling another application is a real dependency
                crossLinks++;
                assertThat(e.get("strength").asText()).as(e.toString()).isEqualTo("HARD");
            }
        }
        assertThat(toHubs).isGreaterThan(300);
        assertThat(crossLinks).isEqualTo(cross.size());

        Mhub.Result summary = Mhub.run("deps", "show", "-p", sample);
        assertThat(summary.out()).contains("Shared-service hubs (their dependencies are soft):", "by name", "external");
    }

    @Test
    void theWavePlanKeepsCapacityAndOrderAndAManualMoveIsReported() throws IOException {
        JsonNode plan = json(Mhub.run("waves", "show", "-p", sample, "--format", "json"));
        assertThat(plan.get("options").get("capacity.servers").asText()).isEqualTo("40");
        Set<String> placed = new HashSet<>();
        for (JsonNode w : plan.get("waves")) {
            assertThat(w.get("servers").asInt()).as(w.toString()).isLessThanOrEqualTo(40);
            w.get("groups").forEach(g -> placed.add(g.asText()));
        }
        Set<String> groups = new HashSet<>();
        json(Mhub.run("groups", "list", "-p", sample, "--format", "json")).forEach(g -> groups.add(g.get("name").asText()));
        assertThat(placed).isEqualTo(groups);
        assertThat(Mhub.run("waves", "validate", "-p", sample).code()).isZero();

        // the PLM application calls SAP: moving it to the pilot puts a consumer before its provider
        Path p = copy();
        Mhub.Result move = Mhub.run("waves", "move", "-p", p, "Teamcenter PLM (PROD)", "1");
        assertThat(move.code()).as(move.err()).isZero();
        assertThat(move.out()).contains("Teamcenter PLM (PROD) pinned to wave 1")
                .containsPattern("ORDER: dtwpplmapp0035 \\(Teamcenter PLM \\(PROD\\), wave 1\\) depends on dtwpsapapp\\d+ "
                        + "\\(SAP ERP \\(PROD\\), wave \\d+\\)");
        Mhub.Result validate = Mhub.run("waves", "validate", "-p", p);
        assertThat(validate.code()).isEqualTo(3);
        assertThat(validate.out()).contains("ORDER: dtwpplmapp0035");
        // the pin survives a re-plan with other options
        Mhub.Result replan = Mhub.run("waves", "plan", "-p", p, "--capacity-servers", "60", "--wave-length", "3w");
        assertThat(replan.code()).as(replan.err()).isZero();
        JsonNode again = json(Mhub.run("waves", "show", "-p", p, "--format", "json"));
        assertThat(again.get("waves").get(0).get("groups").toString()).contains("Teamcenter PLM (PROD)");
        assertThat(again.get("options").get("wave-length-days").asText()).isEqualTo("21");
        assertThat(Mhub.run("waves", "unpin", "-p", p, "Teamcenter PLM (PROD)").code()).isZero();
        assertThat(Mhub.run("waves", "validate", "-p", p).code()).isZero();
    }

    @Test
    void theConsultantsGroupChoicesSurviveRecomputation() throws IOException {
        Path p = copy();
        assertThat(Mhub.run("groups", "merge", "-p", p, "SAP ERP (PROD)", "Teamcenter PLM (PROD)", "--into",
                "ERP and PLM").code()).isZero();
        assertThat(Mhub.run("groups", "rename", "-p", p, "Customer Portal (PROD)", "Web shop").code()).isZero();
        Mhub.Result recompute = Mhub.run("groups", "compute", "-p", p);
        assertThat(recompute.code()).as(recompute.err()).isZero();
        Map<String, String> of = groupsOf(p);
        Set<String> erpAndPlm = new HashSet<>();
        truthGroup.forEach((server, group) -> {
            if (group.startsWith("SAP-PROD") || group.startsWith("PLM-PROD")) {
                erpAndPlm.add(server);
            }
        });
        assertThat(erpAndPlm).isNotEmpty().allSatisfy(s -> assertThat(of.get(s)).isEqualTo("ERP and PLM"));
        assertThat(of).containsValue("Web shop").doesNotContainValue("Customer Portal (PROD)");
        Mhub.Result show = Mhub.run("groups", "show", "-p", p, "ERP and PLM");
        assertThat(show.out()).contains("(placed by the consultant)");
    }

    @Test
    void groupAndWaveEditsThatWouldLoseOrMergeSomethingAreRefusedAndChangeNothing() throws IOException {
        Path p = copy();
        Map<String, String> before = groupsOf(p);
        Mhub.Result blank = Mhub.run("groups", "rename", "-p", p, "Customer Portal (PROD)", "  ");
        assertThat(blank.code()).isEqualTo(1);
        assertThat(blank.err().strip()).isEqualTo("mhub: a group name is 1 to 200 characters, not '  '");
        Mhub.Result clash = Mhub.run("groups", "rename", "-p", p, "Customer Portal (PROD)", "sap erp (prod)");
        assertThat(clash.code()).isEqualTo(1);
        assertThat(clash.err()).contains("there is already a group 'SAP ERP (PROD)'", "groups merge");
        Mhub.Result split = Mhub.run("groups", "split", "-p", p, "Customer Portal (PROD)", "--servers", "dtwpcptweb0117",
                "--into", "SAP ERP (PROD)");
        assertThat(split.code()).isEqualTo(1);
        assertThat(groupsOf(p)).isEqualTo(before);
        assertThat(Mhub.run("groups", "show", "-p", p, "Customer Portal (PROD)").out())
                .doesNotContain("placed by the consultant");

        // a rename keeps the group's wave, in the stored plan and in its pin
        assertThat(Mhub.run("waves", "move", "-p", p, "Customer Portal (PROD)", "2").code()).isZero();
        assertThat(Mhub.run("groups", "rename", "-p", p, "customer portal (prod)", "Web shop").code()).isZero();
        JsonNode plan = json(Mhub.run("waves", "show", "-p", p, "--format", "json"));
        assertThat(plan.get("waves").get(1).get("groups").toString()).contains("Web shop");
        assertThat(Mhub.run("waves", "show", "-p", p).out()).doesNotContain("have changed since this plan");
        assertThat(Mhub.run("waves", "plan", "-p", p).code()).isZero();
        assertThat(json(Mhub.run("waves", "show", "-p", p, "--format", "json")).get("waves").get(1).get("groups")
                .toString()).contains("Web shop");

        Mhub.Result far = Mhub.run("waves", "move", "-p", p, "Web shop", "300");
        assertThat(far.code()).isEqualTo(1);
        assertThat(far.err()).contains("wave 300 does not exist: the plan has waves 1 to");
        Mhub.Result overwrite = Mhub.run("graph", "export", "-p", p, "--format", "csv", "-o", p);
        assertThat(overwrite.code()).isEqualTo(1);
        assertThat(overwrite.err()).contains("is the project file itself");
        assertThat(Mhub.run("groups", "-p", p).code()).isZero();
    }

    @Test
    void aServerMarkedHardIsNoLongerASharedService() throws IOException {
        Path p = copy();
        String hub = hubs.stream().filter(h -> h.contains("DC")).sorted().findFirst().orElseThrow();
        Mhub.Result mark = Mhub.run("deps", "mark", "-p", p, "--server", hub, "hard", "--note", "test");
        assertThat(mark.code()).as(mark.err()).isZero();
        JsonNode edges = json(Mhub.run("deps", "show", "-p", p, "--server", hub, "--format", "json")).get("edges");
        assertThat(edges).isNotEmpty().allSatisfy(e -> assertThat(e.get("strength").asText()).isEqualTo("HARD"));
        assertThat(edges.get(0).get("why").asText()).startsWith("user:");
        // every application that calls it now depends on its group (named applications stay whole)
        int before = groupDependencies(Mhub.run("groups", "compute", "-p", sample));
        int marked = groupDependencies(Mhub.run("groups", "compute", "-p", p));
        assertThat(marked).isGreaterThan(before + 20);
        // the stored plan, checked against the new dependencies, now runs backwards in places
        Mhub.Result validate = Mhub.run("waves", "validate", "-p", p);
        assertThat(validate.code()).isEqualTo(3);
        assertThat(validate.out()).contains("ORDER: ", "depends on " + hub);
        assertThat(partition(groupsOf(p))).isEqualTo(partition(truthGroup));
        assertThat(Mhub.run("deps", "mark", "-p", p, "--server", hub, "--clear").code()).isZero();
        assertThat(groupDependencies(Mhub.run("groups", "compute", "-p", p))).isEqualTo(before);
    }

    private static int groupDependencies(Mhub.Result compute) {
        assertThat(compute.code()).as(compute.err()).isZero();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("; (\\d+) dependencies between groups")
                .matcher(compute.out());
        assertThat(m.find()).as(compute.out()).isTrue();
        return Integer.parseInt(m.group(1));
    }

    @Test
    void theGraphExportsReadBack() throws Exception {
        Path graphml = dir.resolve("deps.graphml");
        Mhub.Result r = Mhub.run("graph", "export", "-p", sample, "--format", "graphml", "-o", graphml);
        assertThat(r.code()).as(r.err()).isZero();
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        f.setNamespaceAware(true);
        Document doc = f.newDocumentBuilder().parse(graphml.toFile());
        int nodes = doc.getElementsByTagNameNS("*", "node").getLength();
        int edges = doc.getElementsByTagNameNS("*", "edge").getLength();
        assertThat(r.out()).contains("Wrote " + graphml + ": " + nodes + " endpoints, " + edges + " dependencies");
        assertThat(nodes).isGreaterThan(truthGroup.size());
        assertThat(Files.readString(graphml)).contains("SAP ERP (PROD)", "attr.name=\"wave\"");

        Path csv = dir.resolve("deps.csv");
        assertThat(Mhub.run("graph", "export", "-p", sample, "--format", "csv", "-o", csv, "--hard-only").code()).isZero();
        List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
        assertThat(lines.get(0)).startsWith("source,target,source_label,target_label,strength");
        assertThat(lines.subList(1, lines.size())).allSatisfy(l -> assertThat(l).contains(",hard,"));

        Path dot = dir.resolve("deps.dot");
        assertThat(Mhub.run("graph", "export", "-p", sample, "--format", "dot", "-o", dot).code()).isZero();
        assertThat(Files.readString(dot)).startsWith("digraph").contains("pos=\"");
    }

    /** The number in front of {@code what} in a line such as "1,234 by name". */
    private static long number(String line, String what) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("([\\d,]+) " + what).matcher(line);
        assertThat(m.find()).as(line).isTrue();
        return Long.parseLong(m.group(1).replace(",", ""));
    }

    /** The resolution lines of a command's output. */
    private static List<String> resolution(Mhub.Result r) {
        assertThat(r.code()).as(r.err()).isZero();
        return r.out().lines().filter(l -> l.startsWith("Endpoints:") || l.startsWith("Connection ends resolved:")).toList();
    }

    @Test
    void theGraphBuiltWhileAnImportIsStoredEqualsTheGraphOfTheStoredProject() throws IOException {
        Path p = copy();
        List<String> before = resolution(Mhub.run("deps", "show", "-p", p));
        // a second file: its connections join those stored; one end is a server, the other outside the estate
        String server = truthGroup.keySet().stream().sorted().findFirst().orElseThrow();
        Path extra = dir.resolve("extra-connections.csv");
        Files.writeString(extra, "source,destination,port,protocol\n" + server + ",partner-gw.example.net,8443,tcp\n");
        List<String> added = resolution(Mhub.run("deps", "import", "-p", p, extra));
        assertThat(added).hasSize(2).isEqualTo(resolution(Mhub.run("deps", "show", "-p", p))).isNotEqualTo(before);
        assertThat(number(added.get(1), "external")).isEqualTo(number(before.get(1), "external") + 1);
        assertThat(number(added.get(1), "by name")).isEqualTo(number(before.get(1), "by name") + 1);
        // the same export again replaces its earlier import: nothing is counted twice
        List<String> again = resolution(Mhub.run("deps", "import", "-p", p, engagement.resolve("contoso-dependencies.csv")));
        assertThat(again).isEqualTo(added).isEqualTo(resolution(Mhub.run("deps", "show", "-p", p)));
    }

    @Test
    void dependenciesImportedBeforeTheInventoryResolveOnceItArrives() throws IOException {
        Path p = Files.createTempDirectory(dir, "order").resolve("p.mhub");
        assertThat(Mhub.run("new", "-p", p, "--client", "C", "--engagement", "E").code()).isZero();
        // the address plan given as a plain source is recognized as one
        Mhub.Result imported = Mhub.run("deps", "import", "-p", p, engagement.resolve("contoso-ipam.csv"),
                engagement.resolve("contoso-dependencies.csv"));
        assertThat(imported.code()).as(imported.err()).isZero();
        assertThat(imported.out()).containsPattern("contoso-ipam.csv: IP address plan, [\\d,]+ addresses")
                .contains("contoso-dependencies.csv: Azure Migrate dependency export, " + String.format("%,d", truthRows)
                        + " rows");
        Mhub.Result before = Mhub.run("deps", "show", "-p", p);
        assertThat(before.out()).contains("Endpoints: 0 inventory servers with traffic of 0", "0 by name");

        assertThat(Mhub.run("import", "-p", p, engagement.resolve("contoso-rvtools.xlsx")).code()).isZero();
        Mhub.Result after = Mhub.run("deps", "show", "-p", p);
        assertThat(after.out()).contains("Endpoints: " + truthGroup.size() + " inventory servers with traffic");
        assertThat(Mhub.run("groups", "compute", "-p", p).code()).isZero();

        // the same files the other way round give the same graph and the same groups
        Path q = Files.createTempDirectory(dir, "order").resolve("q.mhub");
        assertThat(Mhub.run("new", "-p", q, "--client", "C", "--engagement", "E").code()).isZero();
        assertThat(Mhub.run("import", "-p", q, engagement.resolve("contoso-rvtools.xlsx")).code()).isZero();
        assertThat(Mhub.run("deps", "import", "-p", q, "--ipam", engagement.resolve("contoso-ipam.csv"),
                engagement.resolve("contoso-dependencies.csv")).code()).isZero();
        assertThat(Mhub.run("deps", "show", "-p", q).out()).isEqualTo(after.out());
        assertThat(Mhub.run("groups", "compute", "-p", q).code()).isZero();
        assertThat(groupsOf(q)).isEqualTo(groupsOf(p));
    }

    @Test
    void badDependencyDataIsOneLineAndLeavesTheProjectAsItWas() throws IOException {
        Path p = copy();
        Mhub.Result before = Mhub.run("deps", "imports", "-p", p);
        Path bad = dir.resolve("bad-deps.csv");
        List<String> rows = new ArrayList<>(Files.readAllLines(engagement.resolve("contoso-dependencies.csv")).subList(0, 60));
        String row = rows.get(41);
        rows.set(41, row.substring(0, row.lastIndexOf(",", row.lastIndexOf(",", row.lastIndexOf(",") - 1) - 1))
                + ",14x3,210,");
        Files.write(bad, rows);
        Mhub.Result r = Mhub.run("deps", "import", "-p", p, bad);
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err().strip()).doesNotContain("\n").contains("bad-deps.csv", "row 42", "Destination port", "14x3")
                .doesNotContain("Exception");
        assertThat(Mhub.run("deps", "imports", "-p", p).out()).isEqualTo(before.out());

        Mhub.Result nowhere = Mhub.run("graph", "export", "-p", p, "--format", "dot", "-o", dir.resolve("no/such/x.dot"));
        assertThat(nowhere.code()).isEqualTo(1);
        assertThat(nowhere.err().strip()).endsWith("x.dot: cannot be written (its folder does not exist); nothing was written");

        Path notDeps = engagement.resolve("contoso-rvtools.xlsx");
        Mhub.Result wrong = Mhub.run("deps", "import", "-p", p, notDeps);
        assertThat(wrong.code()).isEqualTo(1);
        assertThat(wrong.err()).contains("contoso-rvtools.xlsx", "not a recognized dependency export");
        assertThat(Mhub.run("deps", "imports", "-p", p).out()).isEqualTo(before.out());
    }

    @Test
    void aReportsGraphWithoutRiskScoresIsTheSameGraph() throws Exception {
        Path p = dir.resolve("norisk.mhub");
        Files.copy(sample, p, StandardCopyOption.REPLACE_EXISTING);
        try (com.migrationhub.domain.store.ProjectFile project = com.migrationhub.domain.store.ProjectFile.open(p)) {
            com.migrationhub.app.deps.DependencyWorkflow w = new com.migrationhub.app.deps.DependencyWorkflow(project);
            var with = w.graph(com.migrationhub.domain.task.ProgressMonitor.NONE);
            var without = w.graphWithoutRisk(com.migrationhub.domain.task.ProgressMonitor.NONE);
            assertThat(without.nodeCount()).isEqualTo(with.nodeCount());
            assertThat(without.resolution()).isEqualTo(with.resolution());
            assertThat(without.hubs()).isEqualTo(with.hubs());
            // an edge's text gives its ends, ports, strength and reason; its counts beside
            assertThat(without.edges()).extracting(e -> e + " " + e.connections() + "/" + e.slots())
                    .isEqualTo(with.edges().stream().map(e -> e + " " + e.connections() + "/" + e.slots()).toList());
            int risked = 0;
            for (int n = 0; n < with.nodeCount(); n++) {
                assertThat(without.endpoint(n).label()).isEqualTo(with.endpoint(n).label());
                if (with.server(n) != null) {
                    risked += with.server(n).riskScore() == null ? 0 : 1;
                    assertThat(without.server(n).riskScore()).isNull();
                    assertThat(without.server(n).id()).isEqualTo(with.server(n).id());
                }
            }
            assertThat(risked).as("the sample is assessed: its servers have risk scores").isPositive();
        }
    }
}
