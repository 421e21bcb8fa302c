package org.openconsultation.core.dashboard.svg;

import static org.assertj.core.api.Assertions.assertThat;

import org.w3c.dom.Attr;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.NodeList;

/** What every chart promises: a standalone, accessible, self-contained SVG document. */
final class SvgChecks {

  private SvgChecks() {}

  /** Parses the chart's SVG and checks the promises; returns the document. */
  static Document standalone(Chart chart) {
    Document doc = Xml.parse(chart.svg());
    Element root = doc.getDocumentElement();
    assertThat(root.getNamespaceURI()).isEqualTo(Xml.SVG);
    assertThat(root.getLocalName()).isEqualTo("svg");
    assertThat(root.getAttribute("role")).isEqualTo("img");
    assertThat(Xml.viewBox(doc)[2]).isPositive();
    assertThat(Xml.viewBox(doc)[3]).isPositive();
    Element title = (Element) root.getElementsByTagNameNS(Xml.SVG, "title").item(0);
    Element desc = (Element) root.getElementsByTagNameNS(Xml.SVG, "desc").item(0);
    assertThat(title.getParentNode()).isSameAs(root);
    assertThat(desc.getParentNode()).isSameAs(root);
    assertThat(title.getTextContent()).isEqualTo(Xml.asParsed(chart.table().caption()));
    assertThat(desc.getTextContent()).isEqualTo(Xml.asParsed(chart.table().describe()));
    assertThat(root.getAttribute("aria-labelledby"))
        .isEqualTo(title.getAttribute("id") + " " + desc.getAttribute("id"));
    for (String banned : new String[] {"script", "foreignObject", "image", "use", "style", "a"}) {
      assertThat(root.getElementsByTagNameNS("*", banned).getLength()).as(banned).isZero();
    }
    NodeList all = root.getElementsByTagNameNS("*", "*");
    for (int i = 0; i < all.getLength(); i++) {
      NamedNodeMap attributes = all.item(i).getAttributes();
      for (int j = 0; j < attributes.getLength(); j++) {
        Attr a = (Attr) attributes.item(j);
        assertThat(a.getLocalName()).as("attribute").doesNotStartWith("on").isNotEqualTo("href");
        assertThat(a.getValue()).as(a.getName()).doesNotContain("url(");
      }
    }
    return doc;
  }
}
