package com.migrationhub.connectors.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.migrationhub.domain.inventory.ImportException;
import com.migrationhub.domain.task.CancelledException;
import com.migrationhub.domain.task.ProgressMonitor;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvReaderTest {

    @TempDir
    Path dir;

    private Path write(String name, byte[] bytes) throws IOException {
        Path file = dir.resolve(name);
        Files.write(file, bytes);
        return file;
    }

    private Path write(String name, String text) throws IOException {
        return write(name, text.getBytes(StandardCharsets.UTF_8));
    }

    /** Every record after the header as its cells, with its row number first. */
    private static List<List<String>> rows(Path file) throws ImportException {
        List<List<String>> rows = new ArrayList<>();
        try (CsvReader reader = CsvReader.open(file, ProgressMonitor.NONE)) {
            CsvRow row;
            while ((row = reader.next()) != null) {
                List<String> cells = new ArrayList<>();
                cells.add(String.valueOf(row.row()));
                for (CsvColumn c : reader.header().columns()) {
                    cells.add(row.raw(c));
                }
                rows.add(cells);
            }
        }
        return rows;
    }

    private static String message(Path file) {
        try {
            rows(file);
        } catch (ImportException e) {
            return e.getMessage();
        }
        throw new AssertionError("no ImportException for " + file.getFileName());
    }

    @Test
    void readsQuotesDoubledQuotesAndQuotedLineBreaksAsOneRow() throws Exception {
        Path file = write("q.csv", "name,notes,cpu\n"
                + "web01,\"front end, public\",4\n"
                + "db01,\"line one\nline two\",8\n"
                + "\"say \"\"hi\"\"\",,2\n");

        assertThat(rows(file)).containsExactly(
                List.of("2", "web01", "front end, public", "4"),
                List.of("3", "db01", "line one\nline two", "8"),
                List.of("4", "say \"hi\"", "", "2"));
    }

    @Test
    void takesTheDelimiterThatTheHeaderUsesMost() throws Exception {
        Path semicolons = write("s.csv", "name;ram;notes\nweb01;2,5;\"a, b\"\n");
        Path tabs = write("t.csv", "name\tram\tnotes\nweb01\t4\ta;b,c\n");

        try (CsvReader reader = CsvReader.open(semicolons, ProgressMonitor.NONE)) {
            assertThat(reader.delimiter()).isEqualTo(';');
            CsvRow row = reader.next();
            assertThat(row.decimal(reader.header().column("ram"))).isEqualTo(2.5);
            assertThat(row.text(reader.header().column("notes"))).isEqualTo("a, b");
        }
        assertThat(rows(tabs)).containsExactly(List.of("2", "web01", "4", "a;b,c"));
    }

    @Test
    void readsCrLfAndCrLineEnds() throws Exception {
        assertThat(rows(write("crlf.csv", "a,b\r\n1,2\r\n3,4\r\n")))
                .containsExactly(List.of("2", "1", "2"), List.of("3", "3", "4"));
        assertThat(rows(write("cr.csv", "a,b\r1,2\r3,4")))
                .containsExactly(List.of("2", "1", "2"), List.of("3", "3", "4"));
    }

    @Test
    void skipsEmptyRowsButCountsThemAsASpreadsheetDoes() throws Exception {
        Path file = write("e.csv", "\nname,cpu\nweb01,2\n\n , \n,,\ndb01,4\n");

        assertThat(rows(file)).containsExactly(List.of("3", "web01", "2"), List.of("7", "db01", "4"));
    }

    @Test
    void readsUtf8WithAndWithoutByteOrderMark() throws Exception {
        byte[] text = "Name,Ort\nSRV-MÜNCHEN-01,Zürich €\n".getBytes(StandardCharsets.UTF_8);
        ByteArrayOutputStream withBom = new ByteArrayOutputStream();
        withBom.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        withBom.write(text);

        for (Path file : List.of(write("plain.csv", text), write("bom.csv", withBom.toByteArray()))) {
            try (CsvReader reader = CsvReader.open(file, ProgressMonitor.NONE)) {
                assertThat(reader.header().columns().get(0).name()).isEqualTo("Name");
                assertThat(reader.next().text(reader.header().column("ort"))).isEqualTo("Zürich €");
            }
        }
    }

    @Test
    void readsUtf16LittleAndBigEndianWithByteOrderMark() throws Exception {
        String text = "\uFEFFName;Memory\r\nSRV-ÅS-01;16\r\nsrv-02;\"1 024\"\r\n";
        for (Charset charset : List.of(StandardCharsets.UTF_16LE, StandardCharsets.UTF_16BE)) {
            Path file = write("utf16-" + charset.name() + ".csv", text.getBytes(charset));
            try (CsvReader reader = CsvReader.open(file, ProgressMonitor.NONE)) {
                assertThat(reader.charset()).isEqualTo(charset);
            }
            assertThat(rows(file)).containsExactly(List.of("2", "SRV-ÅS-01", "16"), List.of("3", "srv-02", "1 024"));
        }
    }

    @Test
    void namesTheRowOfLatin1BytesInAUtf8File() throws Exception {
        StringBuilder text = new StringBuilder("name,city\n");
        for (int i = 0; i < 5; i++) {
            text.append("srv").append(i).append(",Berlin\n");
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.write(text.toString().getBytes(StandardCharsets.UTF_8));
        bytes.write("srv5,Köln\nsrv6,Bonn\n".getBytes(StandardCharsets.ISO_8859_1));

        assertThat(message(write("latin1.csv", bytes.toByteArray())))
                .isEqualTo("latin1.csv: row 7: not valid UTF-8 text; save the file as UTF-8");
    }

    @Test
    void blamesABadByteAtTheStartOfALineOnThatLine() throws Exception {
        for (String lineEnd : List.of("\n", "\r\n", "\r")) {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            bytes.write(("name,city" + lineEnd + "srv1,Berlin" + lineEnd + "srv2,Bonn" + lineEnd)
                    .getBytes(StandardCharsets.UTF_8));
            bytes.write(("Ärger,Köln" + lineEnd).getBytes(StandardCharsets.ISO_8859_1));

            assertThat(message(write("start.csv", bytes.toByteArray()))).as("line end %s", lineEnd.replace("\r", "CR"))
                    .isEqualTo("start.csv: row 4: not valid UTF-8 text; save the file as UTF-8");
        }
    }

    @Test
    void namesTheRowOfABadByteFarIntoALargeFileAcrossBufferBoundaries() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.write("name,notes\n".getBytes(StandardCharsets.UTF_8));
        for (int i = 2; i <= 30_000; i++) {
            // multi-byte characters so that sequences are cut at buffer edges
            bytes.write(("srv-" + i + ",Ärger über € und ß " + i + "\n").getBytes(StandardCharsets.UTF_8));
        }
        bytes.write("srv-x,".getBytes(StandardCharsets.UTF_8));
        bytes.write(new byte[] {(byte) 0xE9});
        bytes.write("t\u00e9\n".getBytes(StandardCharsets.UTF_8));
        Path file = write("large.csv", bytes.toByteArray());

        assertThat(message(file)).isEqualTo("large.csv: row 30001: not valid UTF-8 text; save the file as UTF-8");
        try (CsvReader reader = CsvReader.open(file, ProgressMonitor.NONE)) {
            CsvColumn notes = reader.header().column("notes");
            for (int i = 2; i <= 30_000; i++) {
                assertThat(reader.next().text(notes)).isEqualTo("Ärger über € und ß " + i);
            }
        }
    }

    @Test
    void rejectsBinaryData() throws Exception {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R'};
        assertThat(message(write("picture.csv", png)))
                .isEqualTo("picture.csv: row 1: not valid UTF-8 text; save the file as UTF-8");

        byte[] nul = "name,cpu\nweb01,4\nweb02,\0\0\0\n".getBytes(StandardCharsets.UTF_8);
        assertThat(message(write("nul.csv", nul))).isEqualTo("nul.csv: row 3: contains a NUL character: this "
                + "is binary data (or UTF-16 text without a byte-order mark), not CSV text");
    }

    @Test
    void rejectsAZipWorkbook() throws Exception {
        byte[] zip = {'P', 'K', 3, 4, 20, 0, 6, 0, 8, 0};
        assertThat(message(write("RVTools_export.xlsx", zip))).isEqualTo("RVTools_export.xlsx: this is a zip file "
                + "(an xlsx workbook?), not CSV text; save the sheet as CSV (UTF-8)");
    }

    @Test
    void rejectsAQuotedFieldNeverClosed() throws Exception {
        Path file = write("open.csv", "name,notes\nweb01,fine\nweb02,\"never closed\nweb03,ok\nweb04,ok\n");

        assertThat(message(file)).isEqualTo("open.csv: row 3: a quoted field is never closed (a closing \" is missing)");
    }

    @Test
    void stopsAtAFieldOverOneMebibyteInsteadOfRunningOutOfMemory() throws Exception {
        Path file = write("huge.csv", "name,notes\nweb01,\"" + "x".repeat(CsvReader.MAX_FIELD_CHARS + 10) + "\n");

        assertThat(message(file)).isEqualTo("huge.csv: row 2, column \"notes\": a field is longer than 1048576 "
                + "characters; is a closing quote missing?");
    }

    @Test
    void rejectsAnEmptyFile() throws Exception {
        assertThat(message(write("empty.csv", "\n\n"))).isEqualTo("empty.csv: the file is empty: it has no header line");
        assertThat(message(write("nothing.csv", new byte[0])))
                .isEqualTo("nothing.csv: the file is empty: it has no header line");
    }

    @Test
    void matchesHeadersIgnoringCaseBlanksRequiredMarkAndOptionalSuffix() throws Exception {
        Path file = write("h.csv", " *Server name ,*CORES,OsName(optional),Memory  (In MB),Public IP (Optional)\n");

        try (CsvReader reader = CsvReader.open(file, ProgressMonitor.NONE)) {
            CsvHeader header = reader.header();
            assertThat(header.require("*Server name").index()).isZero();
            assertThat(header.column("Cores").name()).isEqualTo("*CORES");
            assertThat(header.column("OsName").index()).isEqualTo(2);
            assertThat(header.column("memory (in mb)").index()).isEqualTo(3);
            assertThat(header.column("Public IP").index()).isEqualTo(4);
            assertThat(header.column("OS version")).isNull();
            assertThatThrownBy(() -> header.require("*OS name")).isInstanceOf(ImportException.class)
                    .hasMessage("h.csv: missing required column \"*OS name\"");
        }
    }

    @Test
    void typedCellsNameFileRowColumnAndValueWhenWrong() throws Exception {
        Path file = write("servers.csv", "name,Cores,Memory,CPU %,Physical\n"
                + "web01,4,8192,45,yes\n"
                + "web02,abc,8192,45,no\n"
                + "web03,4.5,-1,130,maybe\n");

        try (CsvReader reader = CsvReader.open(file, ProgressMonitor.NONE)) {
            CsvHeader h = reader.header();
            CsvColumn cores = h.column("cores");
            CsvColumn memory = h.column("memory");
            CsvColumn physical = h.column("physical");
            CsvRow first = reader.next();
            assertThat(first.count(cores)).isEqualTo(4);
            assertThat(first.mebibytes(memory, 1)).isEqualTo(8192L);
            assertThat(first.bool(physical)).isTrue();
            assertThat(first.text(h.column("absent"))).isNull();
            assertThat(first.decimal(null)).isNull();

            CsvRow second = reader.next();
            assertThatThrownBy(() -> second.count(cores)).isInstanceOf(ImportException.class)
                    .hasMessage("servers.csv: row 3, column \"Cores\": \"abc\" is not a number");

            CsvRow third = reader.next();
            assertThatThrownBy(() -> third.count(cores))
                    .hasMessage("servers.csv: row 4, column \"Cores\": \"4.5\" is not a whole number");
            assertThatThrownBy(() -> third.mebibytes(memory, 1))
                    .hasMessage("servers.csv: row 4, column \"Memory\": \"-1\" is negative, which this column cannot be");
            assertThatThrownBy(() -> third.bool(physical))
                    .hasMessage("servers.csv: row 4, column \"Physical\": \"maybe\" is not true or false");
        }
    }

    @Test
    void readsThousandsSeparatorsWhereTheFormatUsesThem() throws Exception {
        Path file = write("v.csv", "Name,Rate\n\"vm1\",\"1,546.6\"\n\"vm2\",\"12,345,678\"\n\"vm3\",\"1,54\"\n");

        try (CsvReader reader = CsvReader.open(file, ProgressMonitor.NONE)) {
            reader.numberStyle(NumberStyle.THOUSANDS_COMMA);
            CsvColumn rate = reader.header().column("rate");
            assertThat(reader.next().decimal(rate)).isEqualTo(1546.6);
            assertThat(reader.next().decimal(rate)).isEqualTo(12_345_678.0);
            CsvRow third = reader.next();
            assertThatThrownBy(() -> third.decimal(rate))
                    .hasMessage("v.csv: row 4, column \"Rate\": \"1,54\" is not a number");
        }
        Path plain = write("p.csv", "Name,Rate\nvm1,\"1,546.6\"\n");
        try (CsvReader reader = CsvReader.open(plain, ProgressMonitor.NONE)) {
            CsvRow row = reader.next();
            assertThatThrownBy(() -> row.decimal(reader.header().column("rate")))
                    .hasMessage("p.csv: row 2, column \"Rate\": \"1,546.6\" is not a number");
        }
    }

    @Test
    void reportsProgressAndStopsWhenCancelled() throws Exception {
        StringBuilder text = new StringBuilder("name,cpu\n");
        for (int i = 0; i < 10_000; i++) {
            text.append("srv").append(i).append(",2\n");
        }
        Path file = write("many.csv", text.toString());
        AtomicInteger reports = new AtomicInteger();
        ProgressMonitor cancelAfterFirstReport = new ProgressMonitor() {
            @Override
            public void progress(long done, long total, String what) {
                assertThat(done).isBetween(1L, total);
                assertThat(what).startsWith("Reading many.csv: row ");
                reports.incrementAndGet();
            }

            @Override
            public boolean isCancelled() {
                return reports.get() > 0;
            }
        };

        assertThatThrownBy(() -> {
            try (CsvReader reader = CsvReader.open(file, cancelAfterFirstReport)) {
                while (reader.next() != null) {
                    // read on until cancelled
                }
            }
        }).isInstanceOf(CancelledException.class);
        assertThat(reports.get()).isEqualTo(1);
    }

    @Test
    void fieldsAcrossTheDecodedTextsEdgesReadWhole() throws Exception {
        // 40,000 rows of changing widths: fields end at every offset of the 64K-character text, and
        // some cross it, quoted or not, with CRLF and LF line ends mixed
        StringBuilder csv = new StringBuilder("Name,Filler,Number\r\n");
        for (int i = 0; i < 40_000; i++) {
            String filler = "x".repeat(i % 53);
            csv.append("srv").append(i).append(',').append(i % 7 == 0 ? "\"" + filler + ",q\"" : filler).append(',')
                    .append(i * 7L).append(i % 3 == 0 ? "\r\n" : "\n");
        }
        List<List<String>> rows = rows(write("wide.csv", csv.toString()));
        assertThat(rows).hasSize(40_000);
        for (int i = 0; i < 40_000; i++) {
            String filler = "x".repeat(i % 53);
            assertThat(rows.get(i)).as("row %d", i)
                    .containsExactly(String.valueOf(i + 2), "srv" + i, i % 7 == 0 ? filler + ",q" : filler,
                            String.valueOf(i * 7L));
        }
    }
}
