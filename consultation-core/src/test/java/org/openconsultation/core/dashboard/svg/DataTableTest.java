package org.openconsultation.core.dashboard.svg;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

class DataTableTest {

  private static final DataTable TABLE =
      new DataTable(
          "Per theme <all> & more",
          List.of("Theme", "Contributions", "Comments"),
          List.of(
              DataRow.counts("Mobilité & \"vélo\"", 12, 4),
              new DataRow("Logement", List.of(DataCell.count(3), DataCell.text("< 5")))));

  @Test
  void rendersAnHtmlTableWithCaptionColumnHeadersAndRowHeaders() {
    Document doc = Xml.parse(TABLE.html());

    assertThat(Xml.html(doc, "caption").get(0).getTextContent())
        .isEqualTo("Per theme <all> & more");
    assertThat(Xml.html(doc, "th").stream().filter(th -> th.getAttribute("scope").equals("col")))
        .extracting(Element::getTextContent)
        .containsExactly("Theme", "Contributions", "Comments");
    assertThat(Xml.html(doc, "th").stream().filter(th -> th.getAttribute("scope").equals("row")))
        .extracting(Element::getTextContent)
        .containsExactly("Mobilité & \"vélo\"", "Logement");
    assertThat(Xml.html(doc, "td"))
        .extracting(Element::getTextContent)
        .containsExactly("12", "4", "3", "< 5");
  }

  @Test
  void describesEveryValueInPlainText() {
    assertThat(TABLE.describe())
        .isEqualTo(
            "Per theme <all> & more. Mobilité & \"vélo\": Contributions 12, Comments 4;"
                + " Logement: Contributions 3, Comments < 5");
  }

  @Test
  void refusesRowsWithAnotherNumberOfCells() {
    assertThatThrownBy(
            () -> new DataTable("c", List.of("k", "a", "b"), List.of(DataRow.counts("x", 1))))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void cellsRefuseNonFiniteNumbersAndFormatDecimalsWithAPoint() {
    assertThatThrownBy(() -> new DataCell(Double.NaN, "NaN"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(DataCell.decimal(-61.53312, 4).text()).isEqualTo("-61.5331");
    assertThat(DataCell.count(Long.MAX_VALUE).text()).isEqualTo("9223372036854775807");
  }
}
