package com.migrationhub.connectors.graph;

import com.migrationhub.domain.dependency.export.ExportGraph;
import com.migrationhub.domain.dependency.export.AttributeValue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXParseException;
import org.xml.sax.helpers.DefaultHandler;

class GraphMlExporterTest {
    private static final String NS = "http://graphml.graphdrawing.org/xmlns";

    /**
     * The constraints of the GraphML 1.0 schema (graphml-structure.xsd and graphml-attributes.xsd)
     * that our output touches: element order, NMTOKEN ids and names, the attr.type and edgedefault
     * enumerations. The official files are not at hand offline, so they are restated here.
     */
    private static final String SCHEMA = """
            <xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema" targetNamespace="http://graphml.graphdrawing.org/xmlns"
                xmlns="http://graphml.graphdrawing.org/xmlns" elementFormDefault="qualified">
              <xs:element name="desc" type="xs:string"/>
              <xs:complexType name="data.type" mixed="true">
                <xs:sequence><xs:any processContents="skip" minOccurs="0" maxOccurs="unbounded"/></xs:sequence>
                <xs:attribute name="key" type="xs:NMTOKEN" use="required"/>
                <xs:attribute name="id" type="xs:NMTOKEN"/>
              </xs:complexType>
              <xs:element name="data" type="data.type"/>
              <xs:element name="graphml">
                <xs:complexType>
                  <xs:sequence>
                    <xs:element ref="desc" minOccurs="0"/>
                    <xs:element ref="key" minOccurs="0" maxOccurs="unbounded"/>
                    <xs:choice minOccurs="0" maxOccurs="unbounded"><xs:element ref="data"/><xs:element ref="graph"/></xs:choice>
                  </xs:sequence>
                </xs:complexType>
              </xs:element>
              <xs:element name="key">
                <xs:complexType>
                  <xs:sequence><xs:element ref="desc" minOccurs="0"/><xs:element name="default" minOccurs="0" type="xs:string"/></xs:sequence>
                  <xs:attribute name="id" type="xs:NMTOKEN" use="required"/>
                  <xs:attribute name="for" default="all">
                    <xs:simpleType><xs:restriction base="xs:NMTOKEN">
                      <xs:enumeration value="all"/><xs:enumeration value="graphml"/><xs:enumeration value="graph"/>
                      <xs:enumeration value="node"/><xs:enumeration value="edge"/><xs:enumeration value="hyperedge"/>
                      <xs:enumeration value="port"/><xs:enumeration value="endpoint"/>
                    </xs:restriction></xs:simpleType>
                  </xs:attribute>
                  <xs:attribute name="attr.name" type="xs:NMTOKEN"/>
                  <xs:attribute name="attr.type">
                    <xs:simpleType><xs:restriction base="xs:NMTOKEN">
                      <xs:enumeration value="boolean"/><xs:enumeration value="int"/><xs:enumeration value="long"/>
                      <xs:enumeration value="float"/><xs:enumeration value="double"/><xs:enumeration value="string"/>
                    </xs:restriction></xs:simpleType>
                  </xs:attribute>
                </xs:complexType>
              </xs:element>
              <xs:element name="graph">
                <xs:complexType>
                  <xs:sequence>
                    <xs:element ref="desc" minOccurs="0"/>
                    <xs:choice minOccurs="0" maxOccurs="unbounded">
                      <xs:element ref="data"/><xs:element ref="node"/><xs:element ref="edge"/>
                    </xs:choice>
                  </xs:sequence>
                  <xs:attribute name="id" type="xs:NMTOKEN"/>
                  <xs:attribute name="edgedefault" use="required">
                    <xs:simpleType><xs:restriction base="xs:NMTOKEN">
                      <xs:enumeration value="directed"/><xs:enumeration value="undirected"/>
                    </xs:restriction></xs:simpleType>
                  </xs:attribute>
                </xs:complexType>
              </xs:element>
              <xs:element name="node">
                <xs:complexType>
                  <xs:sequence>
                    <xs:element ref="desc" minOccurs="0"/>
                    <xs:element ref="data" minOccurs="0" maxOccurs="unbounded"/>
                  </xs:sequence>
                  <xs:attribute name="id" type="xs:NMTOKEN" use="required"/>
                </xs:complexType>
              </xs:element>
              <xs:element name="edge">
                <xs:complexType>
                  <xs:sequence>
                    <xs:element ref="desc" minOccurs="0"/>
                    <xs:element ref="data" minOccurs="0" maxOccurs="unbounded"/>
                  </xs:sequence>
                  <xs:attribute name="id" type="xs:NMTOKEN"/>
                  <xs:attribute name="directed" type="xs:boolean"/>
                  <xs:attribute name="source" type="xs:NMTOKEN" use="required"/>
                  <xs:attribute name="target" type="xs:NMTOKEN" use="required"/>
                </xs:complexType>
              </xs:element>
              <xs:element name="default" type="xs:string"/>
            </xs:schema>
            """;

    /** The JDK's parser hardened for untrusted files: secure processing on, DOCTYPE refused. */
    private static DocumentBuilder parser() throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        f.setXIncludeAware(false);
        f.setExpandEntityReferences(false);
        DocumentBuilder builder = f.newDocumentBuilder();
        // fail by exception only, without the default handler's print to stderr
        builder.setErrorHandler(new DefaultHandler() {
            @Override
            public void fatalError(SAXParseException e) throws SAXParseException {
                throw e;
            }

            @Override
            public void error(SAXParseException e) throws SAXParseException {
                throw e;
            }
        });
        return builder;
    }

    private static String write(ExportGraph graph) throws Exception {
        StringWriter out = new StringWriter();
        new GraphMlExporter().write(graph, out);
        return out.toString();
    }

    @Test
    void readsBackWithCountsKeysAndTypedValues() throws Exception {
        String xml = write(Graphs.sample());
        Document doc = parser().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
        Element root = doc.getDocumentElement();
        assertThat(root.getNamespaceURI()).isEqualTo(NS);
        Element graph = (Element) doc.getElementsByTagNameNS(NS, "graph").item(0);
        assertThat(graph.getAttribute("edgedefault")).isEqualTo("directed");
        assertThat(doc.getElementsByTagNameNS(NS, "node").getLength()).isEqualTo(5);
        assertThat(doc.getElementsByTagNameNS(NS, "edge").getLength()).isEqualTo(5);

        // keys: attr.name -> (id, type), per domain
        Map<String, String[]> nodeKeys = new HashMap<>();
        Map<String, String[]> edgeKeys = new HashMap<>();
        NodeList keys = doc.getElementsByTagNameNS(NS, "key");
        for (int i = 0; i < keys.getLength(); i++) {
            Element k = (Element) keys.item(i);
            (k.getAttribute("for").equals("node") ? nodeKeys : edgeKeys).put(k.getAttribute("attr.name"),
                    new String[] {k.getAttribute("id"), k.getAttribute("attr.type")});
        }
        assertThat(nodeKeys.get("vcpus")[1]).isEqualTo("long");
        assertThat(nodeKeys.get("critical")[1]).isEqualTo("boolean");
        assertThat(nodeKeys.get("os")[1]).isEqualTo("string");
        assertThat(nodeKeys.get("x")[1]).isEqualTo("double");
        // "cpu %" is no name token: reduced, the name as given kept in the key's description
        assertThat(nodeKeys.get("cpu__")[1]).isEqualTo("double");
        assertThat(xml).contains("<desc>cpu %</desc>");
        assertThat(edgeKeys.get("port")[1]).isEqualTo("long");
        assertThat(edgeKeys.get("bytes")[1]).isEqualTo("double");

        Map<String, Element> byOwnId = new HashMap<>();
        NodeList nodes = doc.getElementsByTagNameNS(NS, "node");
        for (int i = 0; i < nodes.getLength(); i++) {
            Element n = (Element) nodes.item(i);
            byOwnId.put(data(n, nodeKeys.get("id")[0]), n);
        }
        Element quoted = byOwnId.get(Graphs.QUOTED);
        assertThat(data(quoted, nodeKeys.get("label")[0])).isEqualTo("Web, \"prod\"\nline two");
        assertThat(Long.parseLong(data(quoted, nodeKeys.get("vcpus")[0]))).isEqualTo(4);
        assertThat(Double.parseDouble(data(quoted, nodeKeys.get("cpu__")[0]))).isEqualTo(37.5);
        assertThat(Boolean.parseBoolean(data(quoted, nodeKeys.get("critical")[0]))).isTrue();
        assertThat(data(quoted, nodeKeys.get("os")[0])).isEqualTo("Windows <2019>");
        assertThat(Double.parseDouble(data(quoted, nodeKeys.get("x")[0]))).isEqualTo(10.5);
        Element unicode = byOwnId.get(Graphs.UNICODE);
        assertThat(data(unicode, nodeKeys.get("label")[0])).isEqualTo(Graphs.UNICODE);
        assertThat(Long.parseLong(data(unicode, nodeKeys.get("vcpus")[0]))).isEqualTo(-2);
        assertThat(data(byOwnId.get(Graphs.BACKSLASH), nodeKeys.get("label")[0])).isEqualTo("\\N tab\there");
        assertThat(data(byOwnId.get(Graphs.FORMULA), nodeKeys.get("x")[0])).isNull();
        assertThat(data(byOwnId.get("lone"), nodeKeys.get("label")[0])).isEqualTo("lone");

        Element first = (Element) doc.getElementsByTagNameNS(NS, "edge").item(0);
        assertThat(first.getAttribute("source")).isEqualTo(quoted.getAttribute("id"));
        assertThat(first.getAttribute("target")).isEqualTo(unicode.getAttribute("id"));
        assertThat(Double.parseDouble(data(first, edgeKeys.get("bytes")[0]))).isEqualTo(1.5e9);
        assertThat(data(first, edgeKeys.get("protocol")[0])).isEqualTo("-tcp, \"tls\"");
        Element third = (Element) doc.getElementsByTagNameNS(NS, "edge").item(2);
        assertThat(data(third, edgeKeys.get("bytes")[0])).isEqualTo("INF");
        Element second = (Element) doc.getElementsByTagNameNS(NS, "edge").item(1);
        assertThat(data(second, edgeKeys.get("protocol")[0])).isEqualTo("@udp\r\nnext");
    }

    @Test
    void isValidAgainstTheGraphMlSchemaConstraints() throws Exception {
        SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        var validator = factory.newSchema(new StreamSource(new StringReader(SCHEMA))).newValidator();
        validator.validate(new StreamSource(new StringReader(write(Graphs.sample()))));
        ExportGraph empty = ExportGraph.builder().build();
        validator.validate(new StreamSource(new StringReader(write(empty))));
    }

    @Test
    void charactersXmlCannotHoldAreReplaced() throws Exception {
        ExportGraph graph = ExportGraph.builder().node("a\u0001b", "bell\u0007 and half a pair \uD800", Map.of()).build();
        Document doc = parser().parse(new ByteArrayInputStream(write(graph).getBytes(StandardCharsets.UTF_8)));
        assertThat(doc.getElementsByTagNameNS(NS, "data").item(0).getTextContent()).isEqualTo("a\uFFFDb");
        assertThat(doc.getElementsByTagNameNS(NS, "data").item(1).getTextContent())
                .isEqualTo("bell\uFFFD and half a pair \uFFFD");
    }

    @Test
    void theHardenedParserRefusesADoctype() {
        String evil = "<?xml version=\"1.0\"?><!DOCTYPE g [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><graphml>&x;</graphml>";
        assertThatThrownBy(() -> parser().parse(new ByteArrayInputStream(evil.getBytes(StandardCharsets.UTF_8))))
                .isInstanceOf(SAXParseException.class).hasMessageContaining("DOCTYPE");
    }

    @Test
    void writesAFileInPlace(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("map.graphml");
        Files.writeString(file, "old");
        new GraphMlExporter().write(Graphs.sample(), file);
        assertThat(Files.readString(file, StandardCharsets.UTF_8)).isEqualTo(write(Graphs.sample()));
        try (var files = Files.list(dir)) {
            assertThat(files).containsExactly(file);
        }
    }

    @Test
    void theModelRefusesWhatNoFormatCouldHold() {
        assertThatThrownBy(() -> ExportGraph.builder().node("a", null, Map.of()).node("a", null, Map.of()))
                .hasMessageContaining("duplicate");
        assertThatThrownBy(() -> ExportGraph.builder().node("a", null, Map.of()).edge("a", "b", Map.of()))
                .hasMessageContaining("unknown node");
        assertThatThrownBy(() -> ExportGraph.builder().node("a", null, Map.of("n", AttributeValue.of(1)))
                .node("b", null, Map.of("n", AttributeValue.of("one")))).hasMessageContaining("was INT");
        assertThatThrownBy(() -> ExportGraph.builder().node("a", null, Map.of("label", AttributeValue.of("x"))))
                .hasMessageContaining("reserved");
    }

    /** The text of the node's or edge's data element with that key, or null. */
    private static String data(Element owner, String key) {
        NodeList data = owner.getElementsByTagNameNS(NS, "data");
        for (int i = 0; i < data.getLength(); i++) {
            Element d = (Element) data.item(i);
            if (d.getAttribute("key").equals(key)) {
                return d.getTextContent();
            }
        }
        return null;
    }
}
