package org.openconsultation.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.openconsultation.core.command.AddTheme;
import org.openconsultation.core.command.CreateConsultation;
import org.openconsultation.core.command.Register;
import org.openconsultation.core.command.SubmitContribution;
import org.openconsultation.core.model.ConsultationId;
import org.openconsultation.core.model.ConsultationSettings;
import org.openconsultation.core.model.Contribution;
import org.openconsultation.core.model.ParticipantKind;
import org.openconsultation.core.model.ThemeId;
import org.openconsultation.core.report.Citation;
import org.openconsultation.core.report.SynthesisReport;
import org.w3c.dom.Element;

/**
 * The synthesis as HTML: well-formed XHTML-compatible markup, every text escaped, semantic
 * structure, and anchors for every citation.
 */
class SynthesisReportHtmlTest {

  private static final String TITLE = "Plan <script>alert('x')</script> & \"vélo\"";
  private static final String THEME = "Mobilité & <b>transports</b>";
  private static final String NAME = "O'Brien & \"Fils\" <x>";
  private static final String IDEA = "<script>alert(1)</script> & \"citations\" 'simples'";
  private static final String BODY = "a & b < c > d\n<p onclick=\"x()\">para</p>\n\nsecond &amp;";

  private final TestWorld w = new TestWorld();
  private final ConsultationEngine engine = w.engine;
  private final ConsultationId c;
  private final Contribution idea;
  private final Contribution plain;

  SynthesisReportHtmlTest() {
    c = consultation(Locale.FRENCH);
    ThemeId theme = engine.themes().add(w.organiser, new AddTheme(c, THEME, "<i>desc</i>")).id();
    w.theme(c, "Logement");
    engine
        .participants()
        .register(w.alice, new Register(c, NAME, ParticipantKind.PERSON, "75", "1"));
    w.register(w.bob, c);
    idea = engine.contributions().submit(w.alice, new SubmitContribution(c, theme, IDEA, BODY));
    plain = w.submit(w.bob, c, theme, "Une idée simple");
  }

  private ConsultationId consultation(Locale locale) {
    ConsultationId id =
        engine
            .consultations()
            .create(
                w.organiser,
                new CreateConsultation(
                    "plan-" + locale.getLanguage(),
                    TITLE,
                    "<img src=x onerror=alert(1)>\nligne 2",
                    locale,
                    w.openNow(),
                    ConsultationSettings.defaults(),
                    "1"))
            .id();
    engine.consultations().publish(w.organiser, id);
    return id;
  }

  private SynthesisReport report() {
    return engine.reports().synthesis(w.visitor, c);
  }

  @Test
  void theFragmentAndTheDocumentAreWellFormedXml() {
    ReportXml fragment = ReportXml.parse(report().toHtml());
    ReportXml document = ReportXml.parse(report().toHtmlDocument());

    assertThat(fragment.root().getTagName()).isEqualTo("article");
    assertThat(document.root().getTagName()).isEqualTo("html");
    assertThat(report().toHtmlDocument()).startsWith("<!DOCTYPE html>\n<html lang=\"fr\">");
    assertThat(document.one("/html/head/meta").getAttribute("charset")).isEqualTo("utf-8");
    assertThat(document.one("/html/head/title").getTextContent())
        .isEqualTo("Synthèse\u00a0: " + TITLE);
    assertThat(document.one("/html/body/article").getAttribute("class")).isEqualTo("oc-synthesis");
  }

  @Test
  void everyTextFromPeopleIsEscapedAndReadsAsTyped() {
    String html = report().toHtml();
    ReportXml xml = ReportXml.parse(html);

    assertThat(xml.all("//script | //img | //b | //i | //x | //*[@onclick] | //*[@onerror]"))
        .isEmpty();
    assertThat(html).doesNotContain("<script", "<img", "<b>", "<i>");
    assertThat(xml.one("//h1").getTextContent()).isEqualTo("Synthèse\u00a0: " + TITLE);
    assertThat(xml.one("//li[@id='C-1']/h4").getTextContent()).isEqualTo(IDEA);
    assertThat(xml.one("//li[@id='C-1']/dl/dd[2]").getTextContent()).startsWith(NAME);
    assertThat(xml.one("//section[@id='oc-theme-1']/h2").getTextContent()).endsWith(THEME);
    List<Element> paragraphs = xml.all("//li[@id='C-1']/blockquote/p");
    assertThat(paragraphs)
        .extracting(Element::getTextContent)
        .containsExactly("a & b < c > d<p onclick=\"x()\">para</p>", "second &amp;");
    assertThat(xml.all("//li[@id='C-1']/blockquote/p[1]/br")).hasSize(1);
    assertThat(xml.one("//header/p[1]").getTextContent())
        .isEqualTo("<img src=x onerror=alert(1)>ligne 2");
  }

  @Test
  void charactersXmlForbidsAreReplacedSoTheMarkupStaysWellFormed() {
    Contribution odd =
        engine
            .contributions()
            .submit(
                w.bob,
                new SubmitContribution(
                    c, idea.themeId(), "Nul\u0000 et \u0001 et \uD800 fin", "Texte\u000B ici"));

    ReportXml xml = ReportXml.parse(report().toHtmlDocument());

    assertThat(xml.one("//li[@id='" + odd.reference() + "']/h4").getTextContent())
        .isEqualTo("Nul\uFFFD et \uFFFD et \uFFFD fin");
  }

  @Test
  void theRootCarriesTheConsultationsLanguage() {
    ConsultationId english = consultation(Locale.UK);
    w.theme(english, "Transport");

    SynthesisReport report = engine.reports().synthesis(w.visitor, english);

    assertThat(ReportXml.parse(report.toHtml()).root().getAttribute("lang")).isEqualTo("en-GB");
    assertThat(ReportXml.parse(report.toHtmlDocument()).root().getAttribute("lang"))
        .isEqualTo("en-GB");
    assertThat(ReportXml.parse(report().toHtml()).root().getAttribute("lang")).isEqualTo("fr");
  }

  @Test
  void everyTableHeaderCellHasAScope() {
    ReportXml xml = ReportXml.parse(report().toHtml());

    assertThat(xml.all("//table")).hasSize(1 + 2 + 1);
    assertThat(xml.all("//th"))
        .isNotEmpty()
        .allSatisfy(th -> assertThat(th.getAttribute("scope")).isIn("col", "row"));
    assertThat(xml.all("//thead//th"))
        .allSatisfy(th -> assertThat(th.getAttribute("scope")).isEqualTo("col"));
    assertThat(xml.all("//tbody//th"))
        .allSatisfy(th -> assertThat(th.getAttribute("scope")).isEqualTo("row"));
  }

  @Test
  void headingsGoFromTheReportToTheContributions() {
    ReportXml xml = ReportXml.parse(report().toHtml());

    assertThat(xml.all("//h1")).hasSize(1);
    assertThat(xml.all("//section/h2"))
        .extracting(Element::getTextContent)
        .containsExactly(
            "Chiffres clés",
            "Thème 1\u00a0: " + THEME,
            "Thème 2\u00a0: Logement",
            "Index des citations");
    assertThat(xml.all("//section[@id='oc-theme-1']/h3"))
        .extracting(Element::getTextContent)
        .containsExactly("Chiffres du thème", "Contributions classées");
    assertThat(xml.all("//section[@id='oc-theme-1']/ol/li/h4")).hasSize(2);
  }

  @Test
  void theCitationIndexLinksEveryContributionInsideTheDocumentAndToItsPermalink() {
    SynthesisReport report = report();
    ReportXml xml = ReportXml.parse(report.toHtml());

    xml.assertInternalLinksResolve();
    List<Element> rows = xml.all("//section[@id='oc-citations']//tbody/tr");
    assertThat(rows).hasSize(report.citations().size()).hasSize(2);
    for (int i = 0; i < rows.size(); i++) {
      Citation citation = report.citations().get(i);
      Element row = rows.get(i);
      Element inside = (Element) row.getElementsByTagName("a").item(0);
      Element outside = (Element) row.getElementsByTagName("a").item(1);
      assertThat(inside.getAttribute("href")).isEqualTo("#" + citation.anchor());
      assertThat(inside.getTextContent()).isEqualTo(citation.citation().toString());
      assertThat(xml.one("//li[@id='" + citation.anchor() + "']/h4").getTextContent())
          .isEqualTo(citation.title());
      assertThat(outside.getAttribute("href")).isEqualTo(citation.link());
    }
    assertThat(report.citations())
        .extracting(Citation::anchor)
        .containsExactly(idea.reference().toString(), plain.reference().toString());
  }

  @Test
  void eachContributionLinksToItsPermalinkAndQuotesFromIt() {
    ReportXml xml = ReportXml.parse(report().toHtml());
    String slug = engine.consultations().get(w.visitor, c).slug();

    Element item = xml.one("//li[@id='C-1']");
    assertThat(item.getAttribute("value")).isEqualTo("1");
    assertThat(xml.one("//li[@id='C-1']/dl/dd[1]/a").getAttribute("href"))
        .isEqualTo("/c/" + slug + "/C-1.1");
    assertThat(xml.one("//li[@id='C-1']/blockquote").getAttribute("cite"))
        .isEqualTo("/c/" + slug + "/C-1.1");
  }
}
