package com.migrationhub.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.migrationhub.domain.inventory.ImportRun;
import com.migrationhub.domain.inventory.ImportTransaction;
import com.migrationhub.domain.inventory.OsNormalizer;
import com.migrationhub.domain.model.Disk;
import com.migrationhub.domain.model.PowerState;
import com.migrationhub.domain.model.Server;
import com.migrationhub.domain.model.ServerKey;
import com.migrationhub.domain.model.SourceRef;
import com.migrationhub.domain.store.ProjectFile;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CliTest {

    @TempDir
    Path dir;

    record Result(int code, String out, String err) {
    }

    static Result mhub(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Cli.run(new PrintWriter(out), new PrintWriter(err), args);
        return new Result(code, out.toString(), err.toString());
    }

    private Path seeded() throws Exception {
        Path file = dir.resolve("acme.mhub");
        try (ProjectFile p = ProjectFile.create(file, "ACME", "Wave 0")) {
            ImportRun run = new ImportRun(0, "acme-rvtools.xlsx", "/data/acme-rvtools.xlsx", "ab".repeat(32), 1234,
                    "rvtools", null, null, Instant.now(), null, 0, 0, 0, 0, 0, 0, 0);
            try (ImportTransaction tx = p.begin(run)) {
                tx.source("RVTools", "4.7.1.4");
                tx.server(server("web01", "u-1", 2, 4096, PowerState.POWERED_ON, 2));
                tx.server(server("db01", "u-2", 8, 32768, PowerState.POWERED_OFF, 3));
                Server t = server("tmpl", "u-3", 1, 1024, PowerState.POWERED_OFF, 4);
                t.template = true;
                tx.server(t);
                Disk d = new Disk();
                d.label = "Hard disk 1";
                d.capacityMiB = 51200L;
                d.source = new SourceRef("vDisk", 2);
                tx.disk(ServerKey.ofName("web01"), d);
                tx.skipped(new SourceRef("vInfo", 9), "no VM name");
                com.migrationhub.domain.model.Host h = new com.migrationhub.domain.model.Host();
                h.name = "esx01.acme.local";
                h.cluster = "Prod-A";
                h.cores = 32;
                h.memoryMiB = 786432L;
                h.source = new SourceRef("vHost", 2);
                tx.host(h);
                tx.commit();
            }
        }
        return file;
    }

    private static Server server(String name, String uuid, int cpu, long mem, PowerState power, int row) {
        Server s = new Server();
        s.name = name;
        s.vmUuid = uuid;
        s.vcpus = cpu;
        s.memoryMiB = mem;
        s.provisionedMiB = mem * 10;
        s.inUseMiB = mem * 4;
        s.powerState = power;
        s.os = OsNormalizer.normalize("Red Hat Enterprise Linux 8 (64-bit)");
        s.environment = "prod";
        s.source = new SourceRef("vInfo", row);
        return s;
    }

    @Test
    void newCreatesAProjectAndRefusesToOverwriteIt() {
        Path file = dir.resolve("x.mhub");
        Result r = mhub("new", "-p", file.toString(), "--client", "ACME", "--engagement", "E1");
        assertThat(r.code()).isZero();
        assertThat(Files.exists(file)).isTrue();
        Result again = mhub("new", "-p", file.toString());
        assertThat(again.code()).isEqualTo(1);
        assertThat(again.err()).isEqualTo("mhub: x.mhub: already exists; open it, or choose another name\n");
    }

    @Test
    void infoJsonHasTheTotalsOverServersWithoutTemplates() throws Exception {
        Path file = seeded();
        Result r = mhub("info", "-p", file.toString(), "--format", "json");
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("\"servers\": 2,", "\"templates\": 1,", "\"vcpus\": 10,",
                "\"memoryMiB\": 36864,", "\"provisionedMiB\": 368640,", "\"inUseMiB\": 147456,", "\"poweredOn\": 1,",
                "\"client\": \"ACME\"");
    }

    @Test
    void inventoryListsFiltersAndWritesCsvAndJson() throws Exception {
        Path file = seeded();
        Result table = mhub("inventory", "-p", file.toString());
        assertThat(table.out()).contains("db01", "web01", "2 servers").doesNotContain("tmpl");
        Result on = mhub("inventory", "-p", file.toString(), "--power", "on", "--format", "csv");
        assertThat(on.out().split("\r\n")).hasSize(2);
        assertThat(on.out()).startsWith("ID,NAME,POWER,OS,").contains(",web01,on,Red Hat Enterprise Linux 8,");
        Result json = mhub("inventory", "-p", file.toString(), "--templates", "only", "--format", "json");
        assertThat(json.out()).contains("\"name\": \"tmpl\"").doesNotContain("web01");
        Result bad = mhub("inventory", "-p", file.toString(), "--power", "sideways");
        assertThat(bad.code()).isEqualTo(2);
        assertThat(bad.err()).startsWith("mhub: --power must be one of on, off, suspended (not 'sideways')");
    }

    @Test
    void showTellsWhereEveryPartCameFrom() throws Exception {
        Path file = seeded();
        Result r = mhub("inventory", "show", "-p", file.toString(), "WEB01");
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("web01 (id 1)", "Source        acme-rvtools.xlsx vInfo row 2",
                "Hard disk 1, 51,200 MiB  [acme-rvtools.xlsx vDisk row 2]");
        Result json = mhub("inventory", "show", "-p", file.toString(), "db01", "--format", "json");
        assertThat(json.out()).contains("\"source\": \"acme-rvtools.xlsx vInfo row 3\"");
        Result missing = mhub("inventory", "show", "-p", file.toString(), "nope");
        assertThat(missing.code()).isEqualTo(1);
        assertThat(missing.err()).isEqualTo(
                "mhub: no server \"nope\" in acme.mhub (give its name, host name, UUID or id)\n");
    }

    @Test
    void editDeleteAndUndo() throws Exception {
        Path file = seeded();
        assertThat(mhub("inventory", "edit", "-p", file.toString(), "web01", "--set", "environment=dev").code()).isZero();
        assertThat(mhub("inventory", "show", "-p", file.toString(), "web01").out()).contains("Environment   dev");
        Result badValue = mhub("inventory", "edit", "-p", file.toString(), "web01", "--set", "vcpus=lots");
        assertThat(badValue.code()).isEqualTo(1);
        assertThat(badValue.err()).isEqualTo("mhub: vcpus must be a whole number, not \"lots\"\n");
        assertThat(mhub("inventory", "delete", "-p", file.toString(), "db01").code()).isZero();
        assertThat(mhub("info", "-p", file.toString(), "--format", "json").out()).contains("\"servers\": 1,");
        assertThat(mhub("inventory", "undo", "-p", file.toString()).out()).startsWith("Undid deleted of server 2");
        assertThat(mhub("info", "-p", file.toString(), "--format", "json").out()).contains("\"servers\": 2,");
    }

    @Test
    void importsListTheHistoryWithTheFilesFingerprint() throws Exception {
        Path file = seeded();
        Result r = mhub("imports", "-p", file.toString(), "--format", "json");
        assertThat(r.out()).contains("\"file\": \"acme-rvtools.xlsx\"", "\"sha256\": \"" + "ab".repeat(32) + "\"",
                "\"tool\": \"RVTools\"", "\"toolVersion\": \"4.7.1.4\"", "\"added\": 2,", "\"skipped\": 1,");
        Result show = mhub("imports", "show", "-p", file.toString(), "1");
        assertThat(show.out()).contains("skipped sheet vInfo, row 9: no VM name");
    }

    @Test
    void badInputIsOneLineAndExitOne() throws Exception {
        Path file = seeded();
        Path notes = dir.resolve("notes.txt");
        Files.writeString(notes, "hello\n");
        Result r = mhub("import", "-p", file.toString(), notes.toString());
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).startsWith("mhub: notes.txt: not a recognized inventory export").doesNotContain("\tat ");
        assertThat(r.err().lines().count()).isEqualTo(1);
        Result missing = mhub("import", "-p", file.toString(), dir.resolve("gone.xlsx").toString());
        assertThat(missing.err()).isEqualTo("mhub: gone.xlsx: file not found\n");
        Result notProject = mhub("info", "-p", notes.toString());
        assertThat(notProject.code()).isEqualTo(1);
        assertThat(notProject.err()).isEqualTo("mhub: notes.txt: a project file's name must end in .mhub\n");
    }

    @Test
    void usageErrorsExitTwo() throws Exception {
        assertThat(mhub("frobnicate").code()).isEqualTo(2);
        assertThat(mhub("info").code()).isEqualTo(2);
        Path file = seeded();
        Result r = mhub("import", "-p", file.toString(), "--format", "lotus123", "x.wk1");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).startsWith("mhub: unknown --format 'lotus123'; the formats are: ");
    }

    @Test
    void everyCommandHasHelp() {
        for (String[] cmd : new String[][] {{"--help"}, {"new", "--help"}, {"import", "--help"}, {"inventory", "--help"},
            {"inventory", "show", "--help"}, {"imports", "--help"}, {"info", "--help"}, {"sample", "--help"}}) {
            Result r = mhub(cmd);
            assertThat(r.code()).as(String.join(" ", cmd)).isZero();
            assertThat(r.out()).contains("Usage: mhub");
        }
    }

    @Test
    void hostsAreListedWithTheirSource() throws Exception {
        Path file = seeded();
        Result r = mhub("inventory", "hosts", "-p", file.toString(), "--format", "csv");
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("esx01.acme.local,Prod-A,", ",32,786432,", "acme-rvtools.xlsx vHost row 2");
        assertThat(mhub("inventory", "clusters", "-p", file.toString()).code()).isZero();
    }

    @Test
    void anErrorMessageIsCutToItsFirstLine() {
        assertThat(Cli.oneLine("could not be written: Unique index violated\nSQL statement: INSERT ...")).isEqualTo(
                "could not be written: Unique index violated");
        assertThat(Cli.oneLine(null)).isEqualTo("unknown error");
    }
}
