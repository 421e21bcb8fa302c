package org.openconsultation.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathExpressionException;
import javax.xml.xpath.XPathFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

/**
 * Reads the HTML of reports with the JDK's XML parser, which proves it well formed, and queries it
 * with XPath.
 */
final class ReportXml {

  private final Document document;

  private ReportXml(Document document) {
    this.document = document;
  }

  /** Parses markup that must be well-formed XML (a DOCTYPE without external subset is allowed). */
  static ReportXml parse(String markup) {
    try {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
      factory.setExpandEntityReferences(false);
      DocumentBuilder builder = factory.newDocumentBuilder();
      return new ReportXml(builder.parse(new InputSource(new StringReader(markup))));
    } catch (ParserConfigurationException | SAXException | IOException e) {
      throw new AssertionError("not well-formed XML: " + e.getMessage() + "\n" + markup, e);
    }
  }

  /** The elements an XPath expression selects. */
  List<Element> all(String xpath) {
    try {
      NodeList nodes =
          (NodeList)
              XPathFactory.newInstance()
                  .newXPath()
                  .evaluate(xpath, document, XPathConstants.NODESET);
      List<Element> elements = new ArrayList<>();
      for (int i = 0; i < nodes.getLength(); i++) {
        elements.add((Element) nodes.item(i));
      }
      return elements;
    } catch (XPathExpressionException e) {
      throw new IllegalArgumentException(xpath, e);
    }
  }

  /** The one element an XPath expression selects. */
  Element one(String xpath) {
    List<Element> found = all(xpath);
    assertThat(found).as(xpath).hasSize(1);
    return found.get(0);
  }

  /** The root element. */
  Element root() {
    return document.getDocumentElement();
  }

  /** Asserts that ids are unique and that every in-document link points to an element's id. */
  void assertInternalLinksResolve() {
    Set<String> ids = new HashSet<>();
    for (Element e : all("//*[@id]")) {
      assertThat(ids.add(e.getAttribute("id"))).as("unique id %s", e.getAttribute("id")).isTrue();
    }
    for (Element a : all("//a[starts-with(@href, '#')]")) {
      assertThat(ids)
          .as("target of %s", a.getAttribute("href"))
          .contains(a.getAttribute("href").substring(1));
    }
  }
}
