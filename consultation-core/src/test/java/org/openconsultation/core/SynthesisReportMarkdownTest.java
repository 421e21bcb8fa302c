package org.openconsultation.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.strings;

import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.openconsultation.core.model.ConsultationId;
import org.openconsultation.core.model.ContributionKind;
import org.openconsultation.core.model.Phase;
import org.openconsultation.core.model.Reference;
import org.openconsultation.core.model.ThemeId;
import org.openconsultation.core.report.ConsultationSummary;
import org.openconsultation.core.report.KeyFigures;
import org.openconsultation.core.report.RankedContribution;
import org.openconsultation.core.report.SynthesisReport;
import org.openconsultation.core.report.ThemeFigures;
import org.openconsultation.core.report.ThemeSection;

/** The synthesis as Markdown: people's text stays text, and every citation has its anchor. */
class SynthesisReportMarkdownTest {

  private static final String SPECIAL = "\\`*_[]<>&|~#$";
  private static final String HEADING = "#### <a id=\"C-1\"></a>1. ";
  private static final ZonedDateTime AT =
      ZonedDateTime.of(2026, 4, 1, 10, 0, 0, 0, ZoneId.of("Europe/Paris"));

  /** A report with one contribution, C-1, whose title, text and author are given. */
  private static SynthesisReport report(String title, String body, String attribution) {
    ConsultationSummary consultation =
        new ConsultationSummary(
            ConsultationId.parse("01890a5d-ac96-774b-bcce-b302099a8057"),
            "plan",
            "Plan",
            "",
            Locale.FRENCH,
            Phase.CLOSED,
            AT.minusDays(30),
            AT.minusDays(1),
            null);
    RankedContribution x =
        new RankedContribution(
            1,
            new Reference(1),
            new Reference(1).at(1),
            title,
            body,
            ContributionKind.INDIVIDUAL,
            attribution,
            null,
            0,
            0,
            0,
            "0 supports",
            "/c/plan/C-1.1");
    ThemeSection theme =
        new ThemeSection(
            ThemeId.parse("01890a5d-ac96-774b-bcce-b302099a8058"),
            "Thème",
            "",
            new ThemeFigures(Map.of(ContributionKind.INDIVIDUAL, 1L), 0, 0, 0, 0),
            List.of(x),
            List.of());
    return new SynthesisReport(
        Locale.FRENCH,
        consultation,
        "support",
        1,
        Map.of(),
        AT,
        new KeyFigures(1, Map.of(ContributionKind.INDIVIDUAL, 1L), 0, 0, 0, 0L),
        List.of(theme));
  }

  private static String heading(String markdown) {
    return markdown
        .lines()
        .filter(l -> l.startsWith(HEADING))
        .findFirst()
        .orElseThrow()
        .substring(HEADING.length());
  }

  private static List<String> quote(String markdown) {
    return markdown.lines().filter(l -> l.startsWith(">")).toList();
  }

  @Test
  void markupInATitleStaysText() {
    String markdown = report("*gras* [lien](x)", "Texte", "Alice").toMarkdown();

    assertThat(heading(markdown)).isEqualTo("\\*gras\\* \\[lien\\](x)");
    assertThat(markdown).doesNotContain(" *gras*", "[lien](x)");
  }

  @Test
  void anyTitleIsEscapedOnOneLineAndReadsBackAsTyped() {
    qt().withExamples(300)
        .forAll(
            strings()
                .allPossible()
                .ofLengthBetween(0, 40)
                .mix(strings().ascii().ofLengthBetween(0, 40)))
        .checkAssert(
            title -> {
              String line = heading(report(title, "Texte", "Alice").toMarkdown());
              assertThat(line).doesNotContain("\n", "\r");
              StringBuilder read = new StringBuilder();
              StringBuilder unescaped = new StringBuilder();
              for (int i = 0; i < line.length(); i++) {
                char ch = line.charAt(i);
                if (ch == '\\' && i + 1 < line.length() && isAsciiPunctuation(line.charAt(i + 1))) {
                  read.append(line.charAt(++i));
                } else {
                  if (SPECIAL.indexOf(ch) >= 0) {
                    unescaped.append(ch);
                  }
                  read.append(ch);
                }
              }
              assertThat(unescaped.toString()).as("unescaped in %s", line).isEmpty();
              assertThat(read.toString()).isEqualTo(oneLine(title));
            });
  }

  @Test
  void blockMarkersAtTheStartOfALineOfTextAreEscaped() {
    String body =
        String.join(
            "\n",
            "- tiret",
            "+ plus",
            "1. un",
            "2) deux",
            "# titre",
            "> citation",
            "    code indenté",
            "===",
            "---",
            "***",
            "<div>",
            "[ref]: http://x",
            "```",
            "| a | b |");

    List<String> quote = quote(report("Titre", body, "Alice").toMarkdown());

    assertThat(quote)
        .containsExactly(
            "> \\- tiret",
            "> \\+ plus",
            "> 1\\. un",
            "> 2\\) deux",
            "> \\# titre",
            "> \\> citation",
            "> code indenté",
            "> \\===",
            "> \\---",
            "> \\*\\*\\*",
            "> \\<div\\>",
            "> \\[ref\\]: http://x",
            "> \\`\\`\\`",
            "> \\| a \\| b \\|");
  }

  @Test
  void theParagraphsOfATextAreQuotedOneByOne() {
    String markdown = report("Titre", "Un\r\ndeux\n\n\n  trois  \n", "Alice").toMarkdown();

    assertThat(quote(markdown)).containsExactly("> Un", "> deux", ">", "> trois");
  }

  @Test
  void namesAndThemesAreEscapedToo() {
    String markdown = report("Titre", "Texte", "_Alice_ & <Bob>").toMarkdown();

    assertThat(markdown)
        .contains("- Auteur\u00a0: \\_Alice\\_ \\& \\<Bob\\> (contribution individuelle)");
  }

  @Test
  void everyCitationLinksToAnAnchorOfTheDocument() {
    SynthesisReport report = engineReport();
    String markdown = report.toMarkdown();
    Set<String> anchors = new HashSet<>();
    Matcher a = Pattern.compile("<a id=\"(C-[0-9]+)\"></a>").matcher(markdown);
    while (a.find()) {
      assertThat(anchors.add(a.group(1))).as("one anchor for %s", a.group(1)).isTrue();
    }
    Matcher links = Pattern.compile("\\]\\(#([^)]*)\\)").matcher(markdown);
    int count = 0;
    while (links.find()) {
      assertThat(anchors).contains(links.group(1));
      count++;
    }

    assertThat(anchors).hasSize(report.citations().size());
    assertThat(count).as("the index and the workshops link inside").isEqualTo(anchors.size() + 2);
    for (var citation : report.citations()) {
      assertThat(markdown)
          .contains("| [" + citation.citation() + "](#" + citation.anchor() + ") | ");
    }
  }

  private static SynthesisReport engineReport() {
    ReportScenario scenario = new ReportScenario();
    return scenario.engine.reports().synthesis(scenario.camille, scenario.c);
  }

  private static boolean isAsciiPunctuation(char ch) {
    return ch < 128 && !Character.isLetterOrDigit(ch) && ch > ' ' && ch != 127;
  }

  /** What the report does with line breaks and other controls: one space per run, trimmed. */
  private static String oneLine(String text) {
    return text.replaceAll(
            "[\\p{Cntrl}\\x{7F}-\\x{9F}\\x{2028}\\x{2029}\\p{Zs}&&[^\\x{A0}\\x{2007}\\x{202F}]]+",
            " ")
        .strip();
  }
}
