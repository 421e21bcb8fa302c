package org.openconsultation.core.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.openconsultation.core.dashboard.svg.Chart;
import org.openconsultation.core.dashboard.svg.DataCell;
import org.openconsultation.core.dashboard.svg.DataRow;
import org.openconsultation.core.model.ConsultationId;
import org.openconsultation.core.model.ContributionKind;
import org.openconsultation.core.model.GeoPoint;
import org.openconsultation.core.model.PublicationStatus;
import org.openconsultation.core.model.ThemeId;
import org.openconsultation.core.model.WorkshopId;
import org.w3c.dom.Document;
import org.xml.sax.InputSource;

/** The dashboard's figures drawn as charts whose tables carry the figures' numbers. */
class DashboardChartsTest {

  private static final ConsultationId C = new ConsultationId(new UUID(1, 1));

  private static DashboardFigures figures(boolean votes, Set<PublicationStatus> statuses) {
    Long b1 = votes ? 2L : null;
    Long b2 = votes ? 5L : null;
    return new DashboardFigures(
        C,
        Instant.parse("2026-03-03T18:00:00Z"),
        ZoneId.of("Europe/Paris"),
        statuses,
        votes,
        List.of(
            new DayFigures(LocalDate.of(2026, 3, 2), 4, 1, 0, b1, 4, 1, 0, b1),
            new DayFigures(LocalDate.of(2026, 3, 3), 1, 2, 3, votes ? 3L : null, 5, 3, 3, b2)),
        List.of(new ThemeFigures(new ThemeId(new UUID(2, 1)), "Mobilité", 3, 3, b2, b2)),
        List.of(
            new KindFigures(ContributionKind.INDIVIDUAL, 2, 3, b2, b2),
            new KindFigures(
                ContributionKind.COLLECTIVE, 1, 0, votes ? 0L : null, votes ? 0L : null),
            new KindFigures(
                ContributionKind.INSTITUTIONAL, 0, 0, votes ? 0L : null, votes ? 0L : null)),
        new TerritoryBreakdown(
            5,
            List.of(
                new TerritoryFigures("75", Count.of(3), Count.withheld()),
                new TerritoryFigures(null, Count.of(0), Count.withheld())),
            3,
            5),
        new WorkshopFigures(
            2,
            20,
            List.of(new WorkshopTerritory("75", 1, 8), new WorkshopTerritory("971", 1, 12)),
            List.of(
                new WorkshopPoint(
                    new WorkshopId(new UUID(3, 1)),
                    "Atelier Bastille",
                    "75",
                    new GeoPoint(48.85, 2.37),
                    8,
                    LocalDate.of(2026, 3, 2)),
                new WorkshopPoint(
                    new WorkshopId(new UUID(3, 2)),
                    "Atelier Pointe-à-Pitre",
                    "971",
                    new GeoPoint(16.24, -61.53),
                    12,
                    LocalDate.of(2026, 3, 3)))));
  }

  private static final DashboardFigures PUBLIC =
      figures(true, EnumSet.of(PublicationStatus.PUBLISHED));

  private static Document parse(String xml) throws Exception {
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setNamespaceAware(true);
    f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    return f.newDocumentBuilder().parse(new InputSource(new StringReader(xml)));
  }

  @Test
  void everyChartIsAWellFormedSvgTitledByItsTablesCaption() throws Exception {
    List<Chart> all = DashboardCharts.of(PUBLIC, Locale.FRENCH).all();

    assertThat(all).hasSize(7);
    for (Chart chart : all) {
      Document doc = parse(chart.svg());
      assertThat(doc.getDocumentElement().getAttribute("role")).isEqualTo("img");
      assertThat(doc.getElementsByTagNameNS("*", "title").item(0).getTextContent())
          .isEqualTo(chart.table().caption());
      assertThat(parse(chart.table().html())).isNotNull();
    }
  }

  @Test
  void thePerDayTableCarriesTheDailyCountsAndTheCumulativeOneTheTotals() {
    DashboardCharts charts = DashboardCharts.of(PUBLIC, Locale.ENGLISH);

    assertThat(charts.perDay().table().rows())
        .containsExactly(
            DataRow.counts("2026-03-02", 4, 1, 0, 2), DataRow.counts("2026-03-03", 1, 2, 3, 3));
    assertThat(charts.cumulative().table().rows())
        .containsExactly(
            DataRow.counts("2026-03-02", 4, 1, 0, 2), DataRow.counts("2026-03-03", 5, 3, 3, 5));
    assertThat(charts.perDay().table().headers())
        .containsExactly("Day", "Registrations", "Contributions", "Comments", "Votes");
  }

  @Test
  void captionsAndHeadersAreInFrenchForFrenchReadersAndInEnglishForAnyoneElse() {
    assertThat(DashboardCharts.of(PUBLIC, Locale.CANADA_FRENCH).themes().table().caption())
        .isEqualTo("Participation par thème");
    assertThat(DashboardCharts.of(PUBLIC, Locale.GERMAN).themes().table().caption())
        .isEqualTo("Participation per theme");
    assertThat(DashboardCharts.of(PUBLIC, Locale.FRENCH).kinds().table().rows())
        .extracting(DataRow::label)
        .containsExactly("Individuelles", "Collectives (ateliers)", "Institutionnelles");
  }

  @Test
  void hiddenVotesLeaveTheirColumnsOutOfEveryTableAndTheCaptionsSaySo() {
    DashboardCharts charts =
        DashboardCharts.of(figures(false, EnumSet.of(PublicationStatus.PUBLISHED)), Locale.FRENCH);

    for (Chart chart :
        List.of(charts.perDay(), charts.cumulative(), charts.themes(), charts.kinds())) {
      assertThat(chart.table().headers()).doesNotContain("Votes", "Adhésions");
      assertThat(chart.table().caption()).endsWith("(votes masqués jusqu'à la clôture)");
      assertThat(chart.svg()).doesNotContain("Votes");
    }
  }

  @Test
  void countingUnpublishedContentIsWrittenInEveryCaptionOfContent() {
    DashboardCharts charts =
        DashboardCharts.of(figures(true, EnumSet.allOf(PublicationStatus.class)), Locale.ENGLISH);

    for (Chart chart :
        List.of(
            charts.perDay(),
            charts.cumulative(),
            charts.themes(),
            charts.kinds(),
            charts.territories())) {
      assertThat(chart.table().caption()).contains("(all statuses, including unpublished content)");
    }
    assertThat(charts.workshopMap().table().caption()).doesNotContain("unpublished");
  }

  @Test
  void theTerritoryTableShowsWithheldCountsAndNamesTheRowWithoutCode() {
    var table = DashboardCharts.of(PUBLIC, Locale.ENGLISH).territories().table();

    assertThat(table.rows())
        .containsExactly(
            new DataRow("75", List.of(DataCell.count(3), DataCell.text("< 5"))),
            new DataRow("Not given", List.of(DataCell.count(0), DataCell.text("< 5"))));
    assertThat(table.caption()).endsWith("(counts from 1 to 4 withheld)");
  }

  @Test
  void theWorkshopMapHasOneRowPerWorkshopWithItsCoordinates() {
    var table = DashboardCharts.of(PUBLIC, Locale.ENGLISH).workshopMap().table();

    assertThat(table.rows())
        .extracting(DataRow::label)
        .containsExactly("Atelier Bastille", "Atelier Pointe-à-Pitre");
    assertThat(table.rows().get(1).cells())
        .extracting(DataCell::text)
        .containsExactly("971", "16.2400", "-61.5300", "12");
  }
}
