package org.openconsultation.core.dashboard.svg;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.jspecify.annotations.Nullable;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

/** Parses chart output with the JDK's XML parser, refusing DOCTYPEs, and finds elements in it. */
final class Xml {

  static final String SVG = "http://www.w3.org/2000/svg";

  private static final DocumentBuilderFactory FACTORY = factory();

  private Xml() {}

  private static DocumentBuilderFactory factory() {
    try {
      DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
      f.setNamespaceAware(true);
      f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      return f;
    } catch (ParserConfigurationException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The document, or an assertion error if it is not well-formed XML. */
  static Document parse(String xml) {
    try {
      var builder = FACTORY.newDocumentBuilder();
      builder.setErrorHandler(null);
      return builder.parse(new InputSource(new StringReader(xml)));
    } catch (ParserConfigurationException | SAXException | IOException e) {
      throw new AssertionError("not well-formed: " + e.getMessage() + "\n" + xml, e);
    }
  }

  /** What the XML of a chart keeps of {@code text} (characters XML cannot hold are replaced). */
  static String asParsed(String text) {
    return parse("<t>" + Svg.escape(text) + "</t>").getDocumentElement().getTextContent();
  }

  /** Every SVG element named {@code name}, with {@code class} when it is not null. */
  static List<Element> svg(Document doc, String name, @Nullable String cssClass) {
    return elements(doc.getElementsByTagNameNS(SVG, name), cssClass);
  }

  /** Every element named {@code name} in no namespace (HTML fragments). */
  static List<Element> html(Document doc, String name) {
    return elements(doc.getElementsByTagName(name), null);
  }

  /** The text of the first child element named {@code name} of {@code parent}. */
  static String childText(Element parent, String name) {
    NodeList children = parent.getElementsByTagNameNS(SVG, name);
    return children.getLength() == 0 ? "" : children.item(0).getTextContent();
  }

  /** The numbers of the root's viewBox: min-x, min-y, width, height. */
  static double[] viewBox(Document doc) {
    String[] parts = doc.getDocumentElement().getAttribute("viewBox").trim().split("\\s+");
    double[] box = new double[4];
    for (int i = 0; i < 4; i++) {
      box[i] = Double.parseDouble(parts[i]);
    }
    return box;
  }

  private static List<Element> elements(NodeList nodes, @Nullable String cssClass) {
    List<Element> out = new ArrayList<>();
    for (int i = 0; i < nodes.getLength(); i++) {
      Element e = (Element) nodes.item(i);
      if (cssClass == null || cssClass.equals(e.getAttribute("class"))) {
        out.add(e);
      }
    }
    return out;
  }
}
