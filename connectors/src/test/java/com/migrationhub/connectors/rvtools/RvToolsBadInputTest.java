package com.migrationhub.connectors.rvtools;

import static com.migrationhub.connectors.rvtools.TestWorkbooks.row;
import static com.migrationhub.connectors.rvtools.TestWorkbooks.workbook;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.migrationhub.domain.inventory.CollectingSink;
import com.migrationhub.domain.inventory.ImportException;
import com.migrationhub.domain.inventory.ImportOptions;
import com.migrationhub.domain.inventory.SourceProbe;
import com.migrationhub.domain.task.ProgressMonitor;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every kind of bad input ends in an {@link ImportException} with one line naming the file and
 * the place; nothing else escapes. The bad files are built here from a small valid export.
 */
class RvToolsBadInputTest {
    private static final String SHEET_XML = "xl/worksheets/sheet1.xml";

    @TempDir
    Path dir;

    private Path validExport(String name) throws IOException {
        return workbook()
                .sheet("vInfo", row("VM", "Powerstate", "Template", "CPUs", "Memory", "Provisioned MiB", "In Use MiB"),
                        row("web01", "poweredOn", "False", 2, 4096, 40960, 20480),
                        row("db01", "poweredOff", "False", 4, 8192, 81920, 40960))
                .write(dir.resolve(name));
    }

    private static ImportException importFails(Path file) {
        ImportException e = catchThrowableOfType(ImportException.class,
                () -> new RvToolsImporter().read(file, ImportOptions.NONE, new CollectingSink(), ProgressMonitor.NONE));
        assertThat(e).as("an ImportException").isNotNull();
        assertThat(e.getMessage()).as("one line").doesNotContain("\n").doesNotContain("\r");
        assertThat(e.getMessage()).startsWith(file.getFileName() + ": ");
        return e;
    }

    @Test
    void aTextFileRenamedXlsx() throws IOException {
        Path file = Files.writeString(dir.resolve("inventory.xlsx"), "VM,CPUs,Memory\nweb01,2,4096\n");

        assertThat(importFails(file).getMessage()).isEqualTo(
                "inventory.xlsx: not an Excel workbook (.xlsx): it is a text file (a CSV export saved as .xlsx?)");
        assertThat(new RvToolsImporter().detect(new SourceProbe(file))).isZero();
    }

    @Test
    void anEmptyFile() throws IOException {
        Path file = Files.write(dir.resolve("empty.xlsx"), new byte[0]);

        assertThat(importFails(file).getMessage()).isEqualTo("empty.xlsx: the file is empty");
    }

    @Test
    void aTruncatedCopy() throws IOException {
        byte[] whole = Files.readAllBytes(validExport("whole.xlsx"));
        Path file = Files.write(dir.resolve("truncated.xlsx"), Arrays.copyOf(whole, whole.length * 2 / 3));

        assertThat(importFails(file).getMessage()).isEqualTo("truncated.xlsx: the workbook is damaged or incomplete"
                + " (its zip directory cannot be read, as after an interrupted download or copy): copy or download it again");
    }

    @Test
    void aZipThatIsNoWorkbook() throws IOException {
        Path file = dir.resolve("archive.xlsx");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            zip.putNextEntry(new ZipEntry("vInfo.csv"));
            zip.write("VM,CPUs\nweb01,2\n".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }

        assertThat(importFails(file).getMessage()).isEqualTo(
                "archive.xlsx: not an Excel workbook (.xlsx): the file is a zip archive without a workbook inside");
    }

    @Test
    void aWordDocumentRenamedXlsx() throws IOException {
        Path file = dir.resolve("notes.xlsx");
        try (XWPFDocument doc = new XWPFDocument(); OutputStream out = Files.newOutputStream(file)) {
            doc.createParagraph().createRun().setText("VM list to follow");
            doc.write(out);
        }

        assertThat(importFails(file).getMessage())
                .isEqualTo("notes.xlsx: not an Excel workbook (.xlsx): the file is a Word document");
    }

    @Test
    void aLibreOfficeSpreadsheet() throws IOException {
        Path file = dir.resolve("estate.xlsx");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            zip.putNextEntry(new ZipEntry("mimetype"));
            zip.write("application/vnd.oasis.opendocument.spreadsheet".getBytes(StandardCharsets.US_ASCII));
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry("content.xml"));
            zip.write("<office:document-content/>".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }

        assertThat(importFails(file).getMessage()).isEqualTo("estate.xlsx: this is an OpenDocument spreadsheet (.ods),"
                + " not an .xlsx: save it as .xlsx and import that copy");
    }

    @Test
    void aZipBomb() throws IOException {
        // 64 MiB of padding inflates from a few dozen KiB: far past POI's 1:100 ratio
        Path file = bomb("bomb.xlsx");

        assertThat(importFails(file).getMessage()).isEqualTo("bomb.xlsx: sheet vInfo: refusing to unpack the sheet's"
                + " XML: it expands to more than 100 times its packed size (zip bomb protection)");
    }

    @Test
    void aZipBombThatUnderstatesItsSize() throws IOException {
        // the zip directory claims the sheet unpacks to its packed size: POI's check while unpacking catches it
        Path honest = bomb("honest-bomb.xlsx");
        Path file = Files.write(dir.resolve("lying-bomb.xlsx"), understateSize(Files.readAllBytes(honest), SHEET_XML));

        assertThat(importFails(file).getMessage()).isEqualTo("lying-bomb.xlsx: sheet vInfo: refusing to unpack the"
                + " sheet's XML: it expands to more than 100 times its packed size (zip bomb protection)");
    }

    @Test
    void theZipBombLimitsAreOnEvenWhenSomethingTurnedThemOff() throws IOException {
        Path file = bomb("bomb.xlsx");
        double ratio = ZipSecureFile.getMinInflateRatio();
        try {
            ZipSecureFile.setMinInflateRatio(0);

            assertThat(importFails(file).getMessage()).contains("zip bomb protection");
            assertThat(ZipSecureFile.getMinInflateRatio()).isEqualTo(0.01);
            assertThat(ZipSecureFile.getMaxEntrySize()).isPositive();
        } finally {
            ZipSecureFile.setMinInflateRatio(ratio);
        }
    }

    /** Sets an entry's unpacked size in the zip's central directory to its packed size. */
    private static byte[] understateSize(byte[] zip, String entryName) {
        ByteBuffer b = ByteBuffer.wrap(zip).order(ByteOrder.LITTLE_ENDIAN);
        byte[] name = entryName.getBytes(StandardCharsets.UTF_8);
        for (int at = 0; at + 46 < zip.length; at++) {
            if (b.getInt(at) == 0x02014b50 && b.getShort(at + 28) == name.length
                    && Arrays.equals(Arrays.copyOfRange(zip, at + 46, at + 46 + name.length), name)) {
                b.putInt(at + 24, b.getInt(at + 20));
                return zip;
            }
        }
        throw new IllegalStateException("no central directory entry " + entryName);
    }

    /** A copy of a valid export whose vInfo sheet is 64 MiB of padding, packed to a few dozen KiB. */
    private Path bomb(String name) throws IOException {
        Path file = dir.resolve(name);
        try (ZipFile valid = new ZipFile(validExport("valid-" + name).toFile());
             ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(file))) {
            for (ZipEntry entry : Collections.list(valid.entries())) {
                out.putNextEntry(new ZipEntry(entry.getName()));
                if (entry.getName().equals(SHEET_XML)) {
                    writeHugeSheet(out);
                } else {
                    valid.getInputStream(entry).transferTo(out);
                }
                out.closeEntry();
            }
        }
        return file;
    }

    private static void writeHugeSheet(OutputStream out) throws IOException {
        out.write(("<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>")
                .getBytes(StandardCharsets.UTF_8));
        byte[] spaces = new byte[1 << 20];
        Arrays.fill(spaces, (byte) ' ');
        for (int i = 0; i < 64; i++) {
            out.write(spaces);
        }
        out.write("</sheetData></worksheet>".getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void entitiesInTheSheetXml() throws IOException {
        String lol = "<!DOCTYPE lolz [<!ENTITY lol \"lol\"><!ENTITY lol2 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\">"
                + "<!ENTITY lol3 \"&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;\">]>";
        Path file = TestWorkbooks.rewriteEntry(validExport("valid.xlsx"), dir.resolve("laughs.xlsx"), SHEET_XML,
                xml -> insertDoctype(xml, lol).replace("<sheetData>",
                        "<sheetData><row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>&lol3;</t></is></c></row>"));

        assertThat(importFails(file).getMessage()).isEqualTo("laughs.xlsx: sheet vInfo: the sheet's XML contains a"
                + " DOCTYPE declaration, which Excel never writes; refused as a possible XML entity attack");
    }

    @Test
    void anExternalEntityInTheSharedStrings() throws IOException {
        String xxe = "<!DOCTYPE sst [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>";
        Path file = TestWorkbooks.rewriteEntry(validExport("valid.xlsx"), dir.resolve("xxe.xlsx"),
                "xl/sharedStrings.xml", xml -> insertDoctype(xml, xxe).replace("<t>web01</t>", "<t>&xxe;</t>"));

        assertThat(importFails(file).getMessage()).isEqualTo("xxe.xlsx: the shared-strings table (xl/sharedStrings.xml)"
                + " contains a DOCTYPE declaration, which Excel never writes; refused as a possible XML entity attack");
    }

    private static String insertDoctype(String xml, String doctype) {
        int afterDeclaration = xml.startsWith("<?xml") ? xml.indexOf("?>") + 2 : 0;
        return xml.substring(0, afterDeclaration) + doctype + xml.substring(afterDeclaration);
    }

    @Test
    void aPasswordProtectedWorkbook() throws Exception {
        Path plain = validExport("plain.xlsx");
        Path file = dir.resolve("protected.xlsx");
        EncryptionInfo info = new EncryptionInfo(EncryptionMode.agile);
        Encryptor encryptor = info.getEncryptor();
        encryptor.confirmPassword("secret");
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            try (OutputStream encrypted = encryptor.getDataStream(fs)) {
                Files.copy(plain, encrypted);
            }
            try (OutputStream out = Files.newOutputStream(file)) {
                fs.writeFilesystem(out);
            }
        }

        assertThat(importFails(file).getMessage()).isEqualTo("protected.xlsx: the workbook is password-protected"
                + " (encrypted): open it in Excel, remove the password (File > Info > Protect Workbook > Encrypt with"
                + " Password), save it and import that copy");
    }

    @Test
    void aWorkbookWithoutVInfo() throws IOException {
        Path file = workbook().sheet("Sheet1", row("Name", "CPUs"), row("web01", 2)).write(dir.resolve("other.xlsx"));

        assertThat(importFails(file).getMessage())
                .isEqualTo("other.xlsx: no vInfo sheet: this is not an RVTools export (sheets: Sheet1)");
        assertThat(new RvToolsImporter().detect(new SourceProbe(file))).isZero();
    }

    @Test
    void aVInfoWithoutItsVmColumn() throws IOException {
        Path file = workbook().sheet("vInfo", row("Powerstate", "CPUs", "Memory"), row("poweredOn", 2, 4096))
                .write(dir.resolve("novm.xlsx"));

        ImportException e = importFails(file);
        assertThat(e.getMessage()).isEqualTo("novm.xlsx: sheet vInfo, row 1: no \"VM\" column, so the VMs have no"
                + " names (columns found: \"Powerstate\", \"CPUs\", \"Memory\")");
        assertThat(e.where().sheet()).isEqualTo("vInfo");
        assertThat(e.where().row()).isEqualTo(1);
    }

    @Test
    void textWhereANumberBelongs() throws IOException {
        List<List<Object>> rows = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            rows.add(row("vm" + i, "poweredOn", "False", 2, 4096));
        }
        rows.add(row("vm10", "poweredOn", "False", "abc", 4096));
        Path file = workbook().sheet("vInfo", row("VM", "Powerstate", "Template", "CPUs", "Memory"), rows)
                .write(dir.resolve("bad-cpus.xlsx"));

        ImportException e = importFails(file);
        assertThat(e.getMessage())
                .isEqualTo("bad-cpus.xlsx: sheet vInfo, row 12, column \"CPUs\": \"abc\" is not a number");
        assertThat(e.where().column()).isEqualTo("CPUs");
        assertThat(e.problem()).isEqualTo("\"abc\" is not a number");
    }

    @Test
    void aTemplateFlagThatIsNeitherTrueNorFalse() throws IOException {
        Path file = workbook().sheet("vInfo", row("VM", "Template"), row("web01", "maybe"))
                .write(dir.resolve("template.xlsx"));

        assertThat(importFails(file).getMessage())
                .isEqualTo("template.xlsx: sheet vInfo, row 2, column \"Template\": \"maybe\" is not True or False");
    }

    @Test
    void aFractionWhereACountBelongs() throws IOException {
        Path file = workbook().sheet("vInfo", row("VM", "CPUs"), row("web01", 2.5)).write(dir.resolve("half.xlsx"));

        assertThat(importFails(file).getMessage())
                .isEqualTo("half.xlsx: sheet vInfo, row 2, column \"CPUs\": \"2.5\" is not a whole number");
    }

    @Test
    void aDamagedSheetXml() throws IOException {
        Path file = TestWorkbooks.rewriteEntry(validExport("valid.xlsx"), dir.resolve("broken.xlsx"), SHEET_XML,
                xml -> xml.replace("</sheetData>", "<row></sheetData>"));

        assertThat(importFails(file).getMessage()).startsWith("broken.xlsx: sheet vInfo: the sheet's XML is not"
                + " well-formed XML at line ").endsWith("the file is damaged");
    }

    @Test
    void aSharedStringReferenceOutOfRange() throws IOException {
        Path file = TestWorkbooks.rewriteEntry(validExport("valid.xlsx"), dir.resolve("dangling.xlsx"), SHEET_XML,
                xml -> xml.replaceFirst("<c r=\"A2\" t=\"s\"><v>\\d+</v>", "<c r=\"A2\" t=\"s\"><v>999</v>"));

        assertThat(importFails(file).getMessage()).startsWith("dangling.xlsx: sheet vInfo, row 2, column \"VM\":"
                + " the cell refers to shared string #999, but the workbook has only ");
    }
}
