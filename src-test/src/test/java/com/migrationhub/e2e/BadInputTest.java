package com.migrationhub.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.util.ArrayList;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Bad input through the command line: one line naming the file (and the place where there is
 * one), exit code 1, never a stack trace, and the project exactly as it was.
 */
class BadInputTest {

    @TempDir
    static Path dir;
    static Path estate;
    static Path project;
    static String before;

    @BeforeAll
    static void projectWithAnEstate() throws Exception {
        estate = dir.resolve("estate");
        Mhub.Result gen = Mhub.run("generate", "--out", estate, "--vms", "40", "--formats", "rvtools,azure-migrate",
                "--name", "acme");
        assertThat(gen.code()).as(gen.err()).isZero();
        project = dir.resolve("acme.mhub");
        assertThat(Mhub.run("new", "-p", project).code()).isZero();
        Mhub.Result imported = Mhub.run("import", "-p", project, estate.resolve("acme-rvtools.xlsx"));
        assertThat(imported.code()).as(imported.err()).isZero();
        before = snapshot();
    }

    /** Everything a user can see of the project. */
    static String snapshot() {
        return Mhub.run("info", "-p", project, "--format", "json").out()
                + Mhub.run("inventory", "-p", project, "--format", "csv", "--templates", "include").out()
                + Mhub.run("imports", "-p", project, "--format", "csv").out().replaceAll("(?m)^.*,\\d{4}-\\d\\d-\\d\\dT.*$", "");
    }

    private static void rejected(Path file, String... expected) {
        Mhub.Result r = Mhub.run("import", "-p", project, file);
        assertThat(r.code()).as(r.out() + r.err()).isEqualTo(1);
        assertThat(r.err().lines().count()).as(r.err()).isEqualTo(1);
        assertThat(r.err()).startsWith("mhub: " + file.getFileName() + ": ").doesNotContain("\tat ", "Exception");
        for (String e : expected) {
            assertThat(r.err()).contains(e);
        }
        assertThat(snapshot()).isEqualTo(before);
    }

    @Test
    void aTextFileNamedXlsx() throws Exception {
        Path f = dir.resolve("notes.xlsx");
        Files.writeString(f, "Server,CPU\nweb01,4\n");
        rejected(f, "not a recognized inventory export");
    }

    @Test
    void aTruncatedWorkbook() throws Exception {
        byte[] whole = Files.readAllBytes(estate.resolve("acme-rvtools.xlsx"));
        Path f = dir.resolve("truncated.xlsx");
        Files.write(f, Arrays.copyOf(whole, whole.length / 2));
        Mhub.Result r = Mhub.run("import", "-p", project, "--format", "rvtools", f);
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).startsWith("mhub: truncated.xlsx: ").doesNotContain("\tat ");
        assertThat(r.err().lines().count()).isEqualTo(1);
        assertThat(snapshot()).isEqualTo(before);
    }

    @Test
    void aZipBomb() throws Exception {
        Path f = dir.resolve("bomb.xlsx");
        byte[] zeros = new byte[1 << 20];
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(f))) {
            copyEntries(estate.resolve("acme-rvtools.xlsx"), zip, "xl/worksheets/sheet1.xml");
            zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
            zip.write("<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>"
                    .getBytes(StandardCharsets.UTF_8));
            for (int i = 0; i < 2048; i++) {
                zip.write(zeros);
            }
            zip.closeEntry();
        }
        rejected(f);
    }

    @Test
    void entityTricksInTheSheetXml() throws Exception {
        Path f = dir.resolve("xxe.xlsx");
        String evil = "<?xml version=\"1.0\"?><!DOCTYPE lolz [<!ENTITY lol \"lol\"><!ENTITY lol2 \"&lol;&lol;&lol;&lol;\">"
                + "<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>"
                + "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>"
                + "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>&xxe;&lol2;</t></is></c></row></sheetData></worksheet>";
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(f))) {
            copyEntries(estate.resolve("acme-rvtools.xlsx"), zip, "xl/worksheets/sheet1.xml");
            zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
            zip.write(evil.getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        rejected(f);
    }

    @Test
    void aCsvWithoutARequiredColumn() throws Exception {
        List<List<String>> rows = csv(estate.resolve("acme-azure-migrate.csv"));
        int cores = rows.get(0).indexOf("*Cores");
        rows.forEach(r -> r.remove(cores));
        Path f = dir.resolve("no-cores.csv");
        write(f, rows);
        Mhub.Result r = Mhub.run("import", "-p", project, "--format", "azure-migrate", f);
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).isEqualTo("mhub: no-cores.csv: missing required column \"*Cores\"\n");
        assertThat(snapshot()).isEqualTo(before);
    }

    @Test
    void textWhereANumberBelongsNamesRowColumnAndValue() throws Exception {
        List<List<String>> rows = csv(estate.resolve("acme-azure-migrate.csv"));
        rows.get(3).set(rows.get(0).indexOf("*Cores"), "four");
        Path f = dir.resolve("text-cores.csv");
        write(f, rows);
        rejected(f, "row 4, column \"*Cores\": \"four\" is not a");
    }

    @Test
    void aWrongEncoding() throws Exception {
        byte[] csv = Files.readAllBytes(estate.resolve("acme-azure-migrate.csv"));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        String text = new String(csv, StandardCharsets.UTF_8);
        int secondLine = text.indexOf('\n') + 1;
        out.write(csv, 0, secondLine);
        out.write("Z\u00fcrich-01".getBytes(StandardCharsets.ISO_8859_1));
        out.write(csv, secondLine, csv.length - secondLine);
        Path f = dir.resolve("latin1.csv");
        Files.write(f, out.toByteArray());
        rejected(f, "row 2: not valid UTF-8 text");
    }

    @Test
    void aFileThatFailsHalfwayImportsNothing() throws Exception {
        // valid rows first, then a bad one near the end: the rows before it must not stay
        List<List<String>> rows = csv(estate.resolve("acme-azure-migrate.csv"));
        rows.get(rows.size() - 1).set(rows.get(0).indexOf("*Memory (In MB)"), "lots");
        Path f = dir.resolve("late-error.csv");
        write(f, rows);
        rejected(f, "row " + rows.size() + ", column \"*Memory (In MB)\": \"lots\"");
    }

    private static void copyEntries(Path xlsx, ZipOutputStream zip, String except) throws Exception {
        try (ZipFile in = new ZipFile(xlsx.toFile())) {
            for (ZipEntry e : java.util.Collections.list(in.entries())) {
                if (e.getName().equals(except)) {
                    continue;
                }
                zip.putNextEntry(new ZipEntry(e.getName()));
                try (InputStream data = in.getInputStream(e)) {
                    data.transferTo(zip);
                }
                zip.closeEntry();
            }
        }
    }

    /** A CSV file's records, quotes honoured (the generated files quote fields with commas). */
    static List<List<String>> csv(Path file) throws Exception {
        List<List<String>> rows = new ArrayList<>();
        String text = Files.readString(file, StandardCharsets.UTF_8);
        List<String> row = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cell.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                row.add(cell.toString());
                cell.setLength(0);
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                row.add(cell.toString());
                cell.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
            } else {
                cell.append(c);
            }
        }
        if (cell.length() > 0 || !row.isEmpty()) {
            row.add(cell.toString());
            rows.add(row);
        }
        return rows;
    }

    static void write(Path file, List<List<String>> rows) throws Exception {
        StringBuilder b = new StringBuilder();
        for (List<String> r : rows) {
            for (int i = 0; i < r.size(); i++) {
                String c = r.get(i);
                b.append(i == 0 ? "" : ",").append(c.contains(",") || c.contains("\"") ? "\"" + c.replace("\"", "\"\"") + "\"" : c);
            }
            b.append("\r\n");
        }
        Files.writeString(file, b.toString(), StandardCharsets.UTF_8);
    }

}
