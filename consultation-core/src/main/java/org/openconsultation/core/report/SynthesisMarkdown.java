package org.openconsultation.core.report;

import java.util.List;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** Renders a synthesis report as CommonMark with pipe tables. */
final class SynthesisMarkdown {

  private final SynthesisReport report;
  private final Words words;
  private final StringBuilder md = new StringBuilder();

  private SynthesisMarkdown(SynthesisReport report) {
    this.report = report;
    this.words = Words.of(report.locale());
  }

  static String render(SynthesisReport report) {
    SynthesisMarkdown r = new SynthesisMarkdown(report);
    r.header();
    r.figures(2, "figures.title", r.words.figures(report.figures()));
    int n = 0;
    for (ThemeSection theme : report.themes()) {
      r.theme(++n, theme);
    }
    r.citations();
    return r.md.toString();
  }

  private void header() {
    ConsultationSummary c = report.consultation();
    line("# " + words.get("synthesis.title", Markdown.inline(c.title()))).blank();
    paragraphs(c.description(), "");
    item(words.label("synthesis.phase", words.get("phase." + c.phase().name())));
    String period =
        words.get(
            "synthesis.period.value",
            words.opening(c.opensAt()),
            words.closing(c.closesAt()),
            c.zone().getId());
    item(words.label("synthesis.period", period));
    String reason = c.closeReason();
    if (reason != null) {
      item(words.label("synthesis.closed-early", Markdown.inline(reason)));
    }
    String ranking =
        words.get(
            "synthesis.ranking.value",
            Markdown.inline(report.rule()),
            Words.number(report.ruleVersion()),
            words.dateTime(report.computedAt()));
    item(words.label("synthesis.ranking", ranking));
    if (!report.ruleParameters().isEmpty()) {
      String parameters =
          new TreeMap<>(report.ruleParameters())
              .entrySet().stream()
                  .map(e -> Markdown.inline(e.getKey() + "=" + e.getValue()))
                  .collect(Collectors.joining(", "));
      item(words.label("synthesis.parameters", parameters));
    }
    blank();
    line(words.get("synthesis.citations-note")).blank();
  }

  private void figures(int level, String titleKey, List<String[]> rows) {
    line("#".repeat(level) + " " + words.get(titleKey)).blank();
    line("| " + words.get("figures.indicator") + " | " + words.get("figures.count") + " |");
    line("| --- | ---: |");
    for (String[] row : rows) {
      line("| " + row[0] + " | " + row[1] + " |");
    }
    blank();
  }

  private void theme(int number, ThemeSection theme) {
    line("## " + words.get("theme.title", Words.number(number), Markdown.inline(theme.title())));
    blank();
    paragraphs(theme.description(), "");
    figures(3, "theme.figures", words.figures(theme.figures()));
    line("### " + words.get("theme.ranking")).blank();
    if (theme.contributions().isEmpty()) {
      line(words.get("theme.empty")).blank();
    }
    for (RankedContribution x : theme.contributions()) {
      contribution(x);
    }
    if (!theme.workshops().isEmpty()) {
      line("### " + words.get("theme.workshops")).blank();
      for (WorkshopSummary w : theme.workshops()) {
        workshop(w);
      }
      blank();
    }
  }

  private void contribution(RankedContribution x) {
    line(
        "#### <a id=\""
            + x.anchor()
            + "\"></a>"
            + words.get("contribution.rank", Words.number(x.rank()))
            + " "
            + Markdown.inline(x.title()));
    blank();
    item(words.label("contribution.citation", link(x.citation().toString(), x.link())));
    String kind = words.get("kind." + x.kind().name());
    String from =
        x.attribution().isBlank()
            ? kind
            : words.get("contribution.from.value", Markdown.inline(x.attribution()), kind);
    item(words.label("contribution.from", from));
    String score =
        words.get(
            "contribution.score.value", words.score(x.score()), Markdown.inline(x.explanation()));
    item(words.label("contribution.score", score));
    item(words.label("contribution.supports", Words.number(x.supports())));
    item(words.label("contribution.comments", Words.number(x.comments())));
    blank();
    paragraphs(x.body(), "> ");
  }

  private void workshop(WorkshopSummary w) {
    item("**" + Markdown.inline(w.title()) + "**");
    sub(words.label("workshop.held", words.dateTime(w.heldAt())));
    sub(
        words.label(
            "workshop.place",
            Markdown.inline(w.place()) + " (" + Markdown.inline(w.territory()) + ")"));
    sub(words.label("workshop.attendees", Words.number(w.attendeeCount())));
    String refs =
        w.contributions().isEmpty()
            ? words.get("workshop.none")
            : w.contributions().stream()
                .map(r -> link(r.toString(), "#" + r))
                .collect(Collectors.joining(", "));
    sub(words.label("workshop.contributions", refs));
  }

  private void citations() {
    line("## " + words.get("citations.title")).blank();
    line(
        "| "
            + words.get("citations.reference")
            + " | "
            + words.get("citations.contribution")
            + " | "
            + words.get("citations.theme")
            + " | "
            + words.get("citations.link")
            + " |");
    line("| --- | --- | --- | --- |");
    for (Citation c : report.citations()) {
      line(
          "| "
              + link(c.citation().toString(), "#" + c.anchor())
              + " | "
              + Markdown.inline(c.title())
              + " | "
              + Markdown.inline(c.theme())
              + " | "
              + link(Markdown.inline(c.link()), c.link())
              + " |");
    }
  }

  /** Free text as paragraphs, each line prefixed (for a block quote), escaped. */
  private void paragraphs(String text, String prefix) {
    List<List<String>> paragraphs = Text.paragraphs(text);
    for (int i = 0; i < paragraphs.size(); i++) {
      if (i > 0 && !prefix.isEmpty()) {
        line(prefix.strip());
      }
      for (String l : Markdown.paragraph(paragraphs.get(i))) {
        line(prefix + l);
      }
      if (prefix.isEmpty()) {
        blank();
      }
    }
    if (!paragraphs.isEmpty() && !prefix.isEmpty()) {
      blank();
    }
  }

  private static String link(String text, String destination) {
    return "[" + text + "](" + Markdown.url(destination) + ")";
  }

  private void item(String text) {
    line("- " + text);
  }

  private void sub(String text) {
    line("  - " + text);
  }

  private SynthesisMarkdown line(String text) {
    md.append(text).append('\n');
    return this;
  }

  private SynthesisMarkdown blank() {
    md.append('\n');
    return this;
  }
}
