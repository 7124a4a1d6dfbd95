package com.migrationhub.connectors.xlsx;

import com.fasterxml.aalto.sax.SAXParserFactoryImpl;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParserFactory;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.ext.DefaultHandler2;

/**
 * The SAX reader for a workbook's sheets and shared strings: Aalto, which parses sheet XML in
 * about half the time of the JDK's Xerces (the import's largest cost), hardened the way POI's
 * {@code XMLHelper} hardens Xerces. A DOCTYPE declaration, which Excel and every other writer
 * of .xlsx never emit, is refused before anything in it is read, so no entity is ever declared:
 * no external entity is fetched and no entity expands, and a reference to one is an error.
 */
final class SecureXml {
    static final String DOCTYPE_REFUSED = "DOCTYPE is disallowed: the XML declares a DOCTYPE";

    private static final SAXParserFactory FACTORY = factory();

    private SecureXml() {
    }

    private static SAXParserFactory factory() {
        SAXParserFactory factory = new SAXParserFactoryImpl();
        factory.setNamespaceAware(true);
        factory.setValidating(false);
        return factory;
    }

    /** A new reader; refuses a DOCTYPE through its lexical handler, whatever content handler is set. */
    static XMLReader newReader() throws SAXException {
        XMLReader reader;
        try {
            reader = FACTORY.newSAXParser().getXMLReader();
        } catch (ParserConfigurationException e) {
            throw new SAXException(e);
        }
        reader.setFeature("http://xml.org/sax/features/external-general-entities", false);
        reader.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
        reader.setProperty("http://xml.org/sax/properties/lexical-handler", new DefaultHandler2() {
            @Override
            public void startDTD(String name, String publicId, String systemId) throws SAXException {
                throw new SAXException(DOCTYPE_REFUSED);
            }
        });
        return reader;
    }
}
