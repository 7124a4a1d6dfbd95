package com.migrationhub.connectors.xlsx;

import com.migrationhub.domain.task.CancelledException;
import com.migrationhub.domain.task.ProgressMonitor;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackageRelationshipTypes;
import org.apache.poi.openxml4j.opc.ZipPackagePart;
import org.apache.poi.openxml4j.util.ZipFileZipEntrySource;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.usermodel.XSSFRelation;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.XMLReader;

/**
 * An .xlsx workbook read sheet by sheet as a stream of rows (POI's event API: {@link OPCPackage},
 * {@link XSSFReader} for the sheet list, a SAX pass over each sheet's XML). Memory holds one row
 * at a time plus the compact shared-strings table, whatever the sheet's length; time is one
 * parse of each sheet read.
 *
 * <p>Safe on hostile files: POI's zip-bomb limits ({@link ZipSecureFile}: inflate ratio at most
 * 1:100, entry size at most {@link #MAX_ENTRY_SIZE}) guard every entry unpacked, checked first
 * against the zip directory and again while unpacking, and the sheets and shared strings are
 * parsed with the {@link SecureXml} reader, which refuses DOCTYPE declarations (so external
 * entities and entity expansion); POI reads the workbook's small parts with its own hardened
 * reader. Every failure, from "not a workbook" to a number that is not one, comes
 * out as an {@link XlsxException} with a one-line message; only {@link CancelledException} passes
 * through.
 */
public final class XlsxWorkbook implements Closeable {
    /** POI's default: an entry that unpacks to more than 100 times its packed size is refused. */
    private static final double MIN_INFLATE_RATIO = 0.01;
    /** POI's default limit of one entry's unpacked size (4 GiB). */
    private static final long POI_DEFAULT_MAX_ENTRY_SIZE = 0xFFFFFFFFL;
    /**
     * The entry-size limit this reader works with: a sheet is streamed, never held, so its size
     * costs time rather than memory, and the vInfo sheet of a full export of about 900,000 VMs
     * already passes POI's 4 GiB. Bombs are still stopped by the inflate ratio.
     */
    static final long MAX_ENTRY_SIZE = 16L << 30;

    private final OPCPackage pkg;
    private final Map<String, PackagePart> sheets;
    private SharedStrings sharedStrings;

    private XlsxWorkbook(OPCPackage pkg, Map<String, PackagePart> sheets) {
        this.pkg = pkg;
        this.sheets = sheets;
    }

    /**
     * Opens a workbook and reads its list of sheets (the zip's directory and xl/workbook.xml only).
     *
     * @throws XlsxException when the file is not an .xlsx workbook, is encrypted, damaged or unsafe
     */
    public static XlsxWorkbook open(Path file) throws XlsxException {
        ensureZipLimits();
        ContainerCheck.requireZip(file);
        ZipSecureFile zip;
        try {
            zip = new ZipSecureFile(file.toFile());
        } catch (IOException | RuntimeException e) {
            throw new XlsxException("the workbook is damaged or incomplete (its zip directory cannot be read,"
                    + " as after an interrupted download or copy): copy or download it again", e);
        }
        OPCPackage pkg = null;
        try {
            ContainerCheck.requireNotOpenDocument(zip);
            pkg = OPCPackage.open(new ZipFileZipEntrySource(zip));
            requireSpreadsheet(pkg);
            XSSFReader reader = new XSSFReader(pkg);
            Map<String, PackagePart> sheets = new LinkedHashMap<>();
            XSSFReader.SheetIterator it = reader.getSheetIterator();
            while (it.hasNext()) {
                // next() opens the part's stream; only the part is kept, to be opened when read
                it.next().close();
                sheets.putIfAbsent(it.getSheetName(), it.getSheetPart());
            }
            return new XlsxWorkbook(pkg, sheets);
        } catch (CancelledException | XlsxException e) {
            closeQuietly(pkg, zip);
            throw e;
        } catch (Exception e) {
            closeQuietly(pkg, zip);
            throw new XlsxException(workbookProblem(e), e);
        }
    }

    /** Refuses a Word or PowerPoint file (also zip packages of parts), which POI would open as a workbook without sheets. */
    private static void requireSpreadsheet(OPCPackage pkg) throws XlsxException {
        List<PackagePart> main = pkg.getPartsByRelationshipType(PackageRelationshipTypes.CORE_DOCUMENT);
        String type = main.isEmpty() ? "" : main.get(0).getContentType();
        if (type.contains("wordprocessingml")) {
            throw new XlsxException("not an Excel workbook (.xlsx): the file is a Word document", null);
        }
        if (type.contains("presentationml")) {
            throw new XlsxException("not an Excel workbook (.xlsx): the file is a PowerPoint presentation", null);
        }
    }

    /** The sheets in workbook order. */
    public List<String> sheetNames() {
        return Collections.unmodifiableList(new ArrayList<>(sheets.keySet()));
    }

    /** The workbook's own spelling of a sheet name, matched without regard to case; null if absent. */
    public String findSheet(String name) {
        if (sheets.containsKey(name)) {
            return name;
        }
        for (String sheet : sheets.keySet()) {
            if (sheet.trim().equalsIgnoreCase(name)) {
                return sheet;
            }
        }
        return null;
    }

    /**
     * Streams one sheet's rows to the handler: the header (the first row holding a value), then
     * every non-empty row after it.
     *
     * @param monitor polled every few thousand rows; progress is reported as rows done of the
     *                sheet's declared last row (-1 when unknown)
     */
    public void read(String sheet, SheetRowHandler handler, ProgressMonitor monitor) throws XlsxException {
        PackagePart part = part(sheet);
        SheetParser parser = new SheetParser(sheet, sharedStrings(), handler, monitor);
        parse(sheet, part, parser);
    }

    /** The sheet's header row alone, read without going further; null when the sheet holds no value. */
    public SheetHeader readHeader(String sheet) throws XlsxException {
        SheetHeader[] found = new SheetHeader[1];
        SheetRowHandler firstRow = new SheetRowHandler() {
            @Override
            public void header(SheetHeader header) {
                found[0] = header;
                throw new SheetParser.Stop();
            }

            @Override
            public void row(SheetRow row) {
                throw new SheetParser.Stop();
            }
        };
        read(sheet, firstRow, ProgressMonitor.NONE);
        return found[0];
    }

    @Override
    public void close() {
        try {
            // read-only: closing reverts, which discards nothing and releases the zip file
            pkg.revert();
        } catch (RuntimeException e) {
            // the file is only read; nothing is lost if releasing it fails
        }
    }

    private PackagePart part(String sheet) throws XlsxException {
        PackagePart part = sheets.get(sheet);
        if (part == null) {
            throw new XlsxException(sheet, 0, null, "the workbook has no such sheet", null);
        }
        return part;
    }

    private SharedStrings sharedStrings() throws XlsxException {
        if (sharedStrings == null) {
            List<PackagePart> parts = pkg.getPartsByContentType(XSSFRelation.SHARED_STRINGS.getContentType());
            if (parts.isEmpty()) {
                sharedStrings = SharedStrings.EMPTY;
            } else {
                String name = parts.get(0).getPartName().getName().substring(1);
                String what = "the shared-strings table (" + name + ")";
                String bomb = declaredBomb(parts.get(0), what);
                if (bomb != null) {
                    throw new XlsxException(bomb, null);
                }
                try (InputStream in = parts.get(0).getInputStream()) {
                    sharedStrings = SharedStrings.read(in);
                } catch (IOException | SAXException | RuntimeException e) {
                    if (e instanceof CancelledException) {
                        throw (CancelledException) e;
                    }
                    throw new XlsxException(partProblem(what, e), e);
                }
            }
        }
        return sharedStrings;
    }

    private static void parse(String sheet, PackagePart part, SheetParser parser) throws XlsxException {
        String bomb = declaredBomb(part, "the sheet's XML");
        if (bomb != null) {
            throw new XlsxException(sheet, 0, null, bomb, null);
        }
        try (InputStream in = part.getInputStream()) {
            XMLReader reader = SecureXml.newReader();
            reader.setContentHandler(parser);
            reader.setErrorHandler(parser);
            reader.parse(new InputSource(in));
        } catch (SheetParser.Stop stop) {
            // the handler has what it needs
        } catch (SheetDataException e) {
            throw new XlsxException(sheet, e.row(), e.column(), e.problem(), e);
        } catch (CancelledException e) {
            throw e;
        } catch (IOException | SAXException | RuntimeException e) {
            throw new XlsxException(sheet, 0, null, partProblem("the sheet's XML", e), e);
        }
    }

    /**
     * Refuses an entry whose sizes in the zip directory already exceed POI's zip-bomb limits,
     * before unpacking any of it. (Sizes the directory understates are caught by POI while
     * unpacking.) Null when the entry may be read.
     */
    private static String declaredBomb(PackagePart part, String what) {
        if (!(part instanceof ZipPackagePart)) {
            return null;
        }
        ZipArchiveEntry entry = ((ZipPackagePart) part).getZipArchive();
        long size = entry.getSize();
        long packed = entry.getCompressedSize();
        if (size > ZipSecureFile.getMaxEntrySize()) {
            return tooLarge(what);
        }
        if (size > ZipSecureFile.getGraceEntrySize() && packed > 0
                && (double) packed / size < ZipSecureFile.getMinInflateRatio()) {
            return tooCompressed(what);
        }
        return null;
    }

    private static String tooCompressed(String what) {
        return "refusing to unpack " + what + ": it expands to more than "
                + Math.round(1 / ZipSecureFile.getMinInflateRatio()) + " times its packed size (zip bomb protection)";
    }

    private static String tooLarge(String what) {
        return "refusing to unpack " + what + ": it expands beyond " + ZipSecureFile.getMaxEntrySize() / (1024 * 1024)
                + " MiB (zip bomb protection)";
    }

    /** Turns POI's and the XML parser's exceptions into a sentence a consultant can act on. */
    static String partProblem(String what, Throwable e) {
        String text = messages(e);
        if (text.contains("Zip bomb") || text.contains("zip bomb")) {
            // POI's own words while unpacking: "...exceed the max. ratio..." or "...the max size..."
            return text.contains("ratio") ? tooCompressed(what) : tooLarge(what);
        }
        if (text.contains("DOCTYPE")) {
            return what + " contains a DOCTYPE declaration, which Excel never writes; refused as a possible"
                    + " XML entity attack";
        }
        if (text.contains("JAXP")) {
            return what + " exceeds the XML parser's safety limits (" + oneLine(rootMessage(e)) + ")";
        }
        SAXParseException syntax = find(e, SAXParseException.class);
        if (syntax != null) {
            return what + " is not well-formed XML at line " + syntax.getLineNumber() + ", column "
                    + syntax.getColumnNumber() + " (" + oneLine(syntax.getMessage()) + "): the file is damaged";
        }
        if (find(e, java.util.zip.ZipException.class) != null || find(e, java.io.EOFException.class) != null) {
            return "the workbook is damaged: " + what + " cannot be unpacked (" + oneLine(rootMessage(e)) + ")";
        }
        return what + " cannot be read (" + oneLine(rootMessage(e)) + ")";
    }

    private static String workbookProblem(Exception e) {
        String text = messages(e);
        if (text.contains("Zip bomb") || text.contains("DOCTYPE") || find(e, SAXParseException.class) != null) {
            return partProblem("the workbook's structure", e);
        }
        if (text.contains("not a valid OOXML") || text.contains("No valid entries")
                || text.contains("content type") || text.contains("Content_Types")
                || text.contains("core document") || text.contains("OOXML")) {
            return "not an Excel workbook (.xlsx): the file is a zip archive without a workbook inside";
        }
        return "the workbook cannot be opened (" + oneLine(rootMessage(e)) + ")";
    }

    private static String messages(Throwable e) {
        StringBuilder b = new StringBuilder();
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            b.append(t.getClass().getSimpleName()).append(": ").append(t.getMessage()).append('\n');
        }
        return b.toString();
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage();
        return message == null || message.isBlank() ? root.getClass().getSimpleName() : message;
    }

    private static <T extends Throwable> T find(Throwable e, Class<T> type) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }

    static String oneLine(String text) {
        String line = text == null ? "" : text.replaceAll("\\s+", " ").trim();
        return line.length() > 200 ? line.substring(0, 197) + "..." : line;
    }

    /**
     * POI's zip-bomb limits are static settings any code in the process may change: make sure
     * both are on before unpacking a client's file. The inflate ratio is never looser than POI's
     * default; the entry-size limit, when disabled or left at POI's default, becomes
     * {@link #MAX_ENTRY_SIZE}, and a limit the application chose is kept.
     */
    private static void ensureZipLimits() {
        if (!(ZipSecureFile.getMinInflateRatio() >= MIN_INFLATE_RATIO)) {
            ZipSecureFile.setMinInflateRatio(MIN_INFLATE_RATIO);
        }
        long entryLimit = ZipSecureFile.getMaxEntrySize();
        if (entryLimit <= 0 || entryLimit == POI_DEFAULT_MAX_ENTRY_SIZE) {
            ZipSecureFile.setMaxEntrySize(MAX_ENTRY_SIZE);
        }
    }

    private static void closeQuietly(OPCPackage pkg, ZipSecureFile zip) {
        try {
            if (pkg != null) {
                pkg.revert();
            } else {
                zip.close();
            }
        } catch (IOException | RuntimeException e) {
            // already failing with a better message
        }
    }
}
