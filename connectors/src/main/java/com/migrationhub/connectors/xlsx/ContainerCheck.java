package com.migrationhub.connectors.xlsx;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.poi.poifs.filesystem.DirectoryNode;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

/**
 * Looks at a file's first bytes before POI does, to say precisely why it is not an .xlsx: an
 * empty file, a text file renamed, an encrypted workbook (Excel stores those in an OLE2/CFB
 * container, not a zip), an old .xls or a LibreOffice .ods. Reads at most the OLE2 directory or
 * the zip's "mimetype" entry; never the content.
 */
final class ContainerCheck {
    private static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A,
        (byte) 0xE1};

    private ContainerCheck() {
    }

    static void requireZip(Path file) throws XlsxException {
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(512);
        } catch (NoSuchFileException e) {
            throw new XlsxException("the file does not exist", e);
        } catch (AccessDeniedException e) {
            throw new XlsxException("the file cannot be read: permission denied", e);
        } catch (IOException | RuntimeException e) {
            throw new XlsxException("the file cannot be read (" + XlsxWorkbook.oneLine(e.getMessage()) + ")", e);
        }
        if (head.length == 0) {
            throw new XlsxException("the file is empty", null);
        }
        if (startsWith(head, OLE2)) {
            throw new XlsxException(ole2Problem(file), null);
        }
        if (head.length >= 4 && head[0] == 'P' && head[1] == 'K') {
            return;
        }
        String kind = looksLikeText(head) ? "it is a text file (a CSV export saved as .xlsx?)" : "it is not a zip archive";
        throw new XlsxException("not an Excel workbook (.xlsx): " + kind, null);
    }

    /** Refuses an OpenDocument file (LibreOffice's .ods), which is a zip too, with its own advice. */
    static void requireNotOpenDocument(ZipFile zip) throws XlsxException {
        ZipArchiveEntry mimetype = zip.getEntry("mimetype");
        if (mimetype == null) {
            return;
        }
        String type;
        try (InputStream in = zip.getInputStream(mimetype)) {
            type = new String(in.readNBytes(128), StandardCharsets.US_ASCII);
        } catch (IOException | RuntimeException e) {
            return;
        }
        if (type.startsWith("application/vnd.oasis.opendocument.spreadsheet")) {
            throw new XlsxException("this is an OpenDocument spreadsheet (.ods), not an .xlsx: save it as .xlsx"
                    + " and import that copy", null);
        }
        if (type.startsWith("application/vnd.oasis.opendocument")) {
            throw new XlsxException("not an Excel workbook (.xlsx): the file is an OpenDocument file", null);
        }
    }

    private static String ole2Problem(Path file) {
        try (POIFSFileSystem fs = new POIFSFileSystem(file.toFile(), true)) {
            DirectoryNode root = fs.getRoot();
            if (root.hasEntry("EncryptedPackage") || root.hasEntry("EncryptionInfo")) {
                return "the workbook is password-protected (encrypted): open it in Excel, remove the password"
                        + " (File > Info > Protect Workbook > Encrypt with Password), save it and import that copy";
            }
            if (root.hasEntry("Workbook") || root.hasEntry("Book")) {
                return "this is an Excel 97-2003 workbook (.xls), not an .xlsx: save it as .xlsx in Excel and"
                        + " import that copy";
            }
        } catch (IOException | RuntimeException e) {
            return "not an Excel workbook (.xlsx): the file is a damaged OLE2 (Office 97-2003) container";
        }
        return "not an Excel workbook (.xlsx): the file is an OLE2 (Office 97-2003) document";
    }

    private static boolean startsWith(byte[] head, byte[] magic) {
        if (head.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if (head[i] != magic[i]) {
                return false;
            }
        }
        return true;
    }

    private static boolean looksLikeText(byte[] head) {
        int printable = 0;
        for (byte b : head) {
            int c = b & 0xFF;
            if (c == '\t' || c == '\n' || c == '\r' || c >= 0x20 && c != 0x7F) {
                printable++;
            }
        }
        return printable >= head.length * 0.95;
    }
}
