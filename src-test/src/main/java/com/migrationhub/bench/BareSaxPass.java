package com.migrationhub.bench;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.Set;
import javax.xml.parsers.SAXParser;
import javax.xml.parsers.SAXParserFactory;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * The floor an import is measured against: one streaming SAX pass over the same sheets, after
 * loading the shared strings as any reader must. {@link #raw} parses the sheet XML with a handler
 * that only counts rows and cells (the strict floor); {@link #read} goes through POI's
 * {@code XSSFSheetXMLHandler}, which also turns every cell into text (what a simple POI-based
 * reader costs).
 */
final class BareSaxPass {

    /** What one pass saw. */
    record Counts(long rows, long cells) {
    }

    private BareSaxPass() {
    }

    static Counts raw(Path workbook, Set<String> sheets) throws Exception {
        long[] rows = {0};
        long[] cells = {0};
        try (OPCPackage pkg = OPCPackage.open(workbook.toFile(), PackageAccess.READ)) {
            XSSFReader reader = new XSSFReader(pkg);
            new ReadOnlySharedStringsTable(pkg, false);
            XSSFReader.SheetIterator it = (XSSFReader.SheetIterator) reader.getSheetsData();
            SAXParserFactory factory = SAXParserFactory.newInstance();
            factory.setNamespaceAware(true);
            DefaultHandler counter = new DefaultHandler() {
                @Override
                public void startElement(String uri, String localName, String qName, Attributes atts) {
                    if (localName.equals("row")) {
                        rows[0]++;
                    } else if (localName.equals("c")) {
                        cells[0]++;
                    }
                }
            };
            while (it.hasNext()) {
                try (InputStream in = it.next()) {
                    if (sheets.contains(it.getSheetName())) {
                        XMLReader xml = factory.newSAXParser().getXMLReader();
                        xml.setContentHandler(counter);
                        xml.parse(new InputSource(in));
                    }
                }
            }
        }
        return new Counts(rows[0], cells[0]);
    }

    static Counts read(Path workbook, Set<String> sheets) throws Exception {
        long[] rows = {0};
        long[] cells = {0};
        try (OPCPackage pkg = OPCPackage.open(workbook.toFile(), PackageAccess.READ)) {
            XSSFReader reader = new XSSFReader(pkg);
            ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg, false);
            XSSFReader.SheetIterator it = (XSSFReader.SheetIterator) reader.getSheetsData();
            SAXParserFactory factory = SAXParserFactory.newInstance();
            factory.setNamespaceAware(true);
            while (it.hasNext()) {
                try (InputStream in = it.next()) {
                    if (!sheets.contains(it.getSheetName())) {
                        continue;
                    }
                    XSSFSheetXMLHandler.SheetContentsHandler handler = new XSSFSheetXMLHandler.SheetContentsHandler() {
                        @Override
                        public void startRow(int rowNum) {
                            rows[0]++;
                        }

                        @Override
                        public void endRow(int rowNum) {
                            // nothing to do: the floor
                        }

                        @Override
                        public void cell(String ref, String value, XSSFComment comment) {
                            cells[0]++;
                        }
                    };
                    SAXParser parser = factory.newSAXParser();
                    XMLReader xml = parser.getXMLReader();
                    xml.setContentHandler(new XSSFSheetXMLHandler(reader.getStylesTable(), null, strings, handler,
                            new DataFormatter(), false));
                    xml.parse(new InputSource(in));
                }
            }
        }
        return new Counts(rows[0], cells[0]);
    }
}
