package org.openconsultation.core.dashboard.svg;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

class PointMapTest {

  private static DataRow workshop(String title, String area, double lat, double lon, long n) {
    return new DataRow(
        title,
        List.of(
            DataCell.text(area),
            DataCell.decimal(lat, 4),
            DataCell.decimal(lon, 4),
            DataCell.count(n)));
  }

  private static DataTable table(DataRow... rows) {
    return new DataTable(
        "Workshops",
        List.of("Workshop", "Territory", "Latitude", "Longitude", "Attendees"),
        List.of(rows));
  }

  private static final DataTable MAINLAND_AND_OVERSEAS =
      table(
          workshop("Paris", "75", 48.8566, 2.3522, 40),
          workshop("Lyon", "69", 45.764, 4.8357, 25),
          workshop("Brest", "29", 48.3904, -4.4861, 8),
          workshop("Pointe-à-Pitre", "971", 16.2411, -61.5331, 12),
          workshop("Saint-Denis", "974", -20.8823, 55.4504, 30));

  @Test
  void isAStandaloneAccessibleSvgTitledByTheTableCaption() {
    SvgChecks.standalone(PointMap.of(MAINLAND_AND_OVERSEAS));
  }

  @Test
  void everyPointLiesInsideTheViewBox() {
    Document doc = SvgChecks.standalone(PointMap.of(MAINLAND_AND_OVERSEAS));
    double[] box = Xml.viewBox(doc);
    List<Element> points = Xml.svg(doc, "circle", "point");

    assertThat(points).hasSize(5);
    for (Element p : points) {
      assertThat(Double.parseDouble(p.getAttribute("cx"))).isBetween(box[0], box[0] + box[2]);
      assertThat(Double.parseDouble(p.getAttribute("cy"))).isBetween(box[1], box[1] + box[3]);
    }
  }

  @Test
  void overseasPointsGetInsetPanelsTitledWithTheirArea() {
    Document doc = SvgChecks.standalone(PointMap.of(MAINLAND_AND_OVERSEAS));
    List<Element> panels = Xml.svg(doc, "g", "panel");

    assertThat(panels).hasSize(3);
    assertThat(panels.get(0).getTextContent()).contains("75, 69, 29");
    assertThat(panels.get(1).getTextContent()).contains("971");
    assertThat(panels.get(2).getTextContent()).contains("974");
  }

  @Test
  void theProjectionKeepsNorthUpAndEastRight() {
    Document doc = Xml.parse(PointMap.of(MAINLAND_AND_OVERSEAS).svg());
    Element paris = point(doc, "Paris");
    Element lyon = point(doc, "Lyon");
    Element brest = point(doc, "Brest");

    assertThat(y(paris)).isLessThan(y(lyon));
    assertThat(x(brest)).isLessThan(x(paris)).isLessThan(x(lyon));
  }

  @Test
  void biggerWorkshopsGetBiggerCirclesLabelledWithTheirSize() {
    Document doc = Xml.parse(PointMap.of(MAINLAND_AND_OVERSEAS).svg());

    assertThat(r(point(doc, "Paris"))).isGreaterThan(r(point(doc, "Lyon")));
    assertThat(Xml.svg(doc, "text", "value"))
        .extracting(Element::getTextContent)
        .containsExactlyInAnyOrder("40", "25", "8", "12", "30");
  }

  @Test
  void aSinglePointSitsInTheMiddleOfItsPanel() {
    Document doc =
        SvgChecks.standalone(PointMap.of(table(workshop("Seul", "971", 16.2, -61.5, 0))));
    double[] box = Xml.viewBox(doc);
    Element p = Xml.svg(doc, "circle", "point").get(0);

    assertThat(x(p)).isCloseTo(box[2] / 2, org.assertj.core.data.Offset.offset(1.0));
  }

  @Test
  void anEmptyMapIsStillWellFormed() {
    Document doc = SvgChecks.standalone(PointMap.of(table()));

    assertThat(Xml.svg(doc, "circle", "point")).isEmpty();
  }

  @Test
  void refusesCoordinatesOutOfRangeAndTablesOfAnotherShape() {
    assertThatThrownBy(() -> PointMap.of(table(workshop("x", "a", 91, 0, 1))))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> PointMap.of(table(workshop("x", "a", 0, 0, -1))))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(
            () ->
                PointMap.of(new DataTable("c", List.of("k", "v"), List.of(DataRow.counts("a", 1)))))
        .isInstanceOf(IllegalArgumentException.class);
  }

  private static Element point(Document doc, String title) {
    return Xml.svg(doc, "circle", "point").stream()
        .filter(p -> Xml.childText(p, "title").startsWith(title + " ("))
        .findFirst()
        .orElseThrow();
  }

  private static double x(Element e) {
    return Double.parseDouble(e.getAttribute("cx"));
  }

  private static double y(Element e) {
    return Double.parseDouble(e.getAttribute("cy"));
  }

  private static double r(Element e) {
    return Double.parseDouble(e.getAttribute("r"));
  }
}
