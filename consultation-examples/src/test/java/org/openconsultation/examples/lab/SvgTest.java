package org.openconsultation.examples.lab;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.openconsultation.examples.lab.BarChart.Bar;
import org.openconsultation.examples.lab.Svg.Anchor;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

class SvgTest {

  private static Document parse(String svg) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    factory.setNamespaceAware(true);
    return factory
        .newDocumentBuilder()
        .parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
  }

  private static String text(Document doc, String tag) {
    return doc.getElementsByTagNameNS("http://www.w3.org/2000/svg", tag).item(0).getTextContent();
  }

  @Test
  void outputParsesAsSvgWithTitleAndDescription() throws Exception {
    String svg =
        new Svg(200, 100, "A title", "A description")
            .line(0, 0, 10, 10, Svg.INK, 1)
            .rect(1, 2, 3, 4, Svg.colour(0), "a bar")
            .circle(5, 5, 2, Svg.colour(1), null)
            .polyline(new double[] {0, 0, 10, 5, 20, 0}, Svg.colour(2), 2)
            .text(10, 20, "label", Anchor.MIDDLE, 12, Svg.INK, -90)
            .render();

    Document doc = parse(svg);

    Element root = doc.getDocumentElement();
    assertThat(root.getNamespaceURI()).isEqualTo("http://www.w3.org/2000/svg");
    assertThat(root.getAttribute("role")).isEqualTo("img");
    assertThat(root.getAttribute("aria-labelledby")).isEqualTo("title desc");
    assertThat(text(doc, "title")).isEqualTo("A title");
    assertThat(text(doc, "desc")).isEqualTo("A description");
    assertThat(svg).contains("points=\"0,0 10,5 20,0\"", "transform=\"rotate(-90 10 20)\"");
  }

  @Test
  void markupCharactersAreEscapedEverywhere() throws Exception {
    String nasty = "<b>Tom & \"Jerry\"</b> > 'them'";
    String svg =
        new Svg(10, 10, nasty, nasty)
            .text(0, 0, nasty, Anchor.START, 10)
            .circle(1, 1, 1, Svg.INK, nasty)
            .render();

    Document doc = parse(svg);

    assertThat(svg).doesNotContain("<b>", "& ").contains("&lt;b&gt;Tom &amp; &quot;Jerry&quot;");
    assertThat(text(doc, "title")).isEqualTo(nasty);
    assertThat(text(doc, "desc")).isEqualTo(nasty);
    assertThat(text(doc, "text")).isEqualTo(nasty);
  }

  @Test
  void charactersXmlForbidsAreReplaced() throws Exception {
    String svg = new Svg(10, 10, "bell\u0007 and \uD800 lone", "ok").render();

    assertThat(text(parse(svg), "title")).isEqualTo("bell\uFFFD and \uFFFD lone");
  }

  @Test
  void coordinatesHaveAtMostOneDecimal() {
    assertThat(Svg.n(12)).isEqualTo("12");
    assertThat(Svg.n(12.34)).isEqualTo("12.3");
    assertThat(Svg.n(-0.04)).isEqualTo("0");
    assertThat(Svg.n(-2.5)).isEqualTo("-2.5");
  }

  @Test
  void barChartDescribesItsValuesAndParses() throws Exception {
    String svg =
        BarChart.render(
            "τ-b <by> rule",
            "Kendall τ-b",
            List.of(
                new Bar("a&b", 0.5, 0.1),
                new Bar("c", -0.25, Double.NaN),
                new Bar("d", Double.NaN, Double.NaN)));

    Document doc = parse(svg);

    assertThat(text(doc, "desc"))
        .isEqualTo("Kendall τ-b, from −1 to 1, by rule: a&b 0.500 ± 0.100; c -0.250; d n/a.");
    assertThat(doc.getElementsByTagNameNS("*", "rect").getLength()).isEqualTo(3); // + background
  }
}
