package com.migrationhub.bench;

import com.fasterxml.aalto.sax.SAXParserFactoryImpl;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Set;
import javax.xml.parsers.SAXParserFactory;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * The floor an import is measured against: one streaming SAX pass over the same sheets, after
 * loading the shared strings as any reader must, with a handler that only counts rows and cells.
 */
final class BareSaxPass {

    /** Which SAX parser the pass uses. */
    enum Parser {
        /** The JDK's Xerces hardened by POI's {@code XMLHelper}: what a POI event-model reader uses. */
        JDK_HARDENED,
        /** The JDK's Xerces as it comes, without XXE protection: for reference only. */
        JDK_DEFAULT,
        /** Aalto, the parser the importer reads sheets with. */
        AALTO
    }

    /** What one pass saw. */
    record Counts(long rows, long cells) {
    }

    private BareSaxPass() {
    }

    static Counts raw(Path workbook, Set<String> sheets, Parser parser) throws Exception {
        // the importer's limit: a million-VM vInfo sheet unpacks to more than POI's default 4 GiB
        ZipSecureFile.setMaxEntrySize(16L << 30);
        long[] rows = {0};
        long[] cells = {0};
        try (OPCPackage pkg = OPCPackage.open(workbook.toFile(), PackageAccess.READ)) {
            XSSFReader reader = new XSSFReader(pkg);
            new ReadOnlySharedStringsTable(pkg, false);
            XSSFReader.SheetIterator it = (XSSFReader.SheetIterator) reader.getSheetsData();
            SAXParserFactory factory = parser == Parser.AALTO ? new SAXParserFactoryImpl()
                    : SAXParserFactory.newInstance();
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
                        XMLReader xml = parser == Parser.JDK_HARDENED ? XMLHelper.newXMLReader()
                                : factory.newSAXParser().getXMLReader();
                        xml.setContentHandler(counter);
                        xml.parse(new InputSource(in));
                    }
                }
            }
        }
        return new Counts(rows[0], cells[0]);
    }

}
