package org.openconsultation.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.openconsultation.core.command.AddTheme;
import org.openconsultation.core.command.CastBallot;
import org.openconsultation.core.command.CreateConsultation;
import org.openconsultation.core.command.PostComment;
import org.openconsultation.core.command.Register;
import org.openconsultation.core.command.SubmitContribution;
import org.openconsultation.core.model.Ballot;
import org.openconsultation.core.model.ConsultationId;
import org.openconsultation.core.model.Contribution;
import org.openconsultation.core.model.ParticipantKind;
import org.openconsultation.core.model.ThemeId;
import org.openconsultation.core.report.Digest;
import org.w3c.dom.Element;

/** The digest as plain text and as email-friendly HTML. */
class DigestRenderingTest {

  private static final String TITLE = "Vélo <script>alert('x')</script> & \"co\"";
  private static final String IDEA = "<b>Gras</b> & 'apostrophes'\nsur deux lignes";
  private static final String NAME = "O'Brien & <Fils>";

  private final TestWorld w = new TestWorld();
  private final ConsultationEngine engine = w.engine;
  private final ConsultationId c;
  private final Instant since;
  private final Contribution idea;

  DigestRenderingTest() {
    c =
        engine
            .consultations()
            .create(w.organiser, CreateConsultation.of("velo", TITLE, w.openNow()))
            .id();
    engine.consultations().publish(w.organiser, c);
    ThemeId theme = engine.themes().add(w.organiser, new AddTheme(c, "Thème <i>", "")).id();
    engine
        .participants()
        .register(w.alice, new Register(c, NAME, ParticipantKind.PERSON, "75", "1"));
    w.register(w.bob, c);
    since = w.clock.instant();
    w.clock.advance(Duration.ofHours(1));
    idea = engine.contributions().submit(w.alice, new SubmitContribution(c, theme, IDEA, "Texte"));
    engine.votes().cast(w.bob, new CastBallot(c, idea.id(), Ballot.support()));
    engine.comments().post(w.bob, new PostComment(c, idea.id(), null, "Oui", null));
    w.clock.advance(Duration.ofHours(1));
  }

  private Digest digest(Locale locale) {
    return engine.reports().digest(w.visitor.withLocale(locale), c, since, 5);
  }

  @Test
  void theTextHasOneLinePerContributionThenItsPermalink() {
    String text = digest(Locale.FRENCH).toText();

    assertThat(text)
        .startsWith("Lettre d'information\u00a0: " + TITLE + "\n")
        .contains("\nNouvelles contributions\n-----------------------\n")
        .contains("\nLes plus soutenues\n")
        .contains("\nLes plus débattues\n")
        .contains(
            "- C-1 <b>Gras</b> & 'apostrophes' sur deux lignes\n"
                + "  Thème <i> · O'Brien & <Fils> · nouveaux soutiens\u00a0: 1\n"
                + "  /c/velo/C-1\n")
        .contains("nouveaux commentaires\u00a0: 1");
    assertThat(text.lines().filter(l -> l.startsWith("- C-1"))).hasSize(3);
  }

  @Test
  void theHtmlIsWellFormedEscapedAndFitForAnEmail() {
    Digest digest = digest(Locale.FRENCH);
    String fragment = digest.toHtml();
    String document = digest.toHtmlDocument();
    ReportXml xml = ReportXml.parse(fragment);
    ReportXml page = ReportXml.parse(document);

    assertThat(xml.root().getTagName()).isEqualTo("article");
    assertThat(xml.root().getAttribute("lang")).isEqualTo("fr");
    assertThat(page.one("/html").getAttribute("lang")).isEqualTo("fr");
    assertThat(page.one("/html/head/title").getTextContent())
        .isEqualTo("Lettre d'information\u00a0: " + TITLE);
    for (String html : List.of(fragment, document)) {
      assertThat(html).doesNotContain("<script", "<style", "<b>", "<i>", "class=", "id=");
    }
    assertThat(xml.all("//script | //style | //b | //i | //*[@style] | //*[@class] | //*[@id]"))
        .isEmpty();
    assertThat(xml.one("//h1").getTextContent()).isEqualTo("Lettre d'information\u00a0: " + TITLE);
    List<Element> links = xml.all("//li/a");
    assertThat(links).hasSize(3);
    assertThat(links.get(0).getTextContent()).isEqualTo("C-1 " + IDEA);
    assertThat(links.get(0).getAttribute("href")).isEqualTo("/c/velo/C-1");
    assertThat(xml.all("//section/h2"))
        .extracting(Element::getTextContent)
        .containsExactly("Nouvelles contributions", "Les plus soutenues", "Les plus débattues");
  }

  @Test
  void theWordsFollowTheReadersLanguage() {
    String english = digest(Locale.ENGLISH).toText();

    assertThat(english)
        .startsWith("Digest: " + TITLE + "\n")
        .contains("New contributions", "Most supported", "Most debated", "new supports: 1")
        .doesNotContain("Nouvelles");
    assertThat(digest(Locale.CANADA_FRENCH).toText()).isEqualTo(digest(Locale.FRENCH).toText());
    assertThat(ReportXml.parse(digest(Locale.ENGLISH).toHtml()).root().getAttribute("lang"))
        .isEqualTo("fr");
  }

  @Test
  void anEmptySectionSaysSo() {
    Digest quiet = engine.reports().digest(w.visitor, c, w.clock.instant().minusSeconds(1), 5);

    assertThat(quiet.toText()).contains("Rien sur cette période.");
    assertThat(ReportXml.parse(quiet.toHtml()).all("//section/p"))
        .extracting(Element::getTextContent)
        .containsOnly("Rien sur cette période.")
        .hasSize(3);
  }
}
