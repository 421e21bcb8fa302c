package org.openconsultation.core.report;

import java.util.List;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** Renders a synthesis report as XHTML-compatible HTML, a fragment or a whole document. */
final class SynthesisHtml {

  private final SynthesisReport report;
  private final Words words;
  private final Html h = new Html();

  private SynthesisHtml(SynthesisReport report) {
    this.report = report;
    this.words = Words.of(report.locale());
  }

  static String fragment(SynthesisReport report) {
    SynthesisHtml r = new SynthesisHtml(report);
    r.article(true);
    return r.h.toString();
  }

  static String document(SynthesisReport report) {
    SynthesisHtml r = new SynthesisHtml(report);
    String title = r.words.get("synthesis.title", report.consultation().title());
    r.h.raw("<!DOCTYPE html>").nl();
    r.h.open("html", "lang", report.consultation().locale().toLanguageTag()).nl();
    r.h.open("head").nl().empty("meta", "charset", "utf-8").nl();
    r.h.element("title", title).nl().close("head").nl().open("body").nl();
    r.article(false);
    r.h.close("body").nl().close("html").nl();
    return r.h.toString();
  }

  private void article(boolean withLang) {
    if (withLang) {
      h.open("article", "class", "oc-synthesis", "lang", lang());
    } else {
      h.open("article", "class", "oc-synthesis");
    }
    h.nl();
    header();
    h.open("section", "id", "oc-figures").nl();
    h.element("h2", words.get("figures.title")).nl();
    figures(words.figures(report.figures()));
    h.close("section").nl();
    int n = 0;
    for (ThemeSection theme : report.themes()) {
      theme(++n, theme);
    }
    citations();
    h.close("article").nl();
  }

  private String lang() {
    return report.consultation().locale().toLanguageTag();
  }

  private void header() {
    ConsultationSummary c = report.consultation();
    h.open("header").nl();
    h.element("h1", words.get("synthesis.title", c.title())).nl();
    h.paragraphs(c.description());
    h.open("dl").nl();
    entry("synthesis.phase", words.get("phase." + c.phase().name()));
    entry(
        "synthesis.period",
        words.get(
            "synthesis.period.value",
            words.opening(c.opensAt()),
            words.closing(c.closesAt()),
            c.zone().getId()));
    String reason = c.closeReason();
    if (reason != null) {
      entry("synthesis.closed-early", reason);
    }
    entry(
        "synthesis.ranking",
        words.get(
            "synthesis.ranking.value",
            report.rule(),
            Words.number(report.ruleVersion()),
            words.dateTime(report.computedAt())));
    if (!report.ruleParameters().isEmpty()) {
      entry(
          "synthesis.parameters",
          new TreeMap<>(report.ruleParameters())
              .entrySet().stream()
                  .map(e -> e.getKey() + "=" + e.getValue())
                  .collect(Collectors.joining(", ")));
    }
    h.close("dl").nl();
    h.element("p", words.get("synthesis.citations-note")).nl();
    h.close("header").nl();
  }

  private void figures(List<String[]> rows) {
    h.figures(words.get("figures.indicator"), words.get("figures.count"), rows);
  }

  private void theme(int number, ThemeSection theme) {
    h.open("section", "id", "oc-theme-" + number).nl();
    h.element("h2", words.get("theme.title", Words.number(number), theme.title())).nl();
    h.paragraphs(theme.description());
    h.element("h3", words.get("theme.figures")).nl();
    figures(words.figures(theme.figures()));
    h.element("h3", words.get("theme.ranking")).nl();
    if (theme.contributions().isEmpty()) {
      h.element("p", words.get("theme.empty")).nl();
    } else {
      h.open("ol").nl();
      for (RankedContribution x : theme.contributions()) {
        contribution(x);
      }
      h.close("ol").nl();
    }
    if (!theme.workshops().isEmpty()) {
      h.element("h3", words.get("theme.workshops")).nl().open("ul").nl();
      for (WorkshopSummary w : theme.workshops()) {
        workshop(w);
      }
      h.close("ul").nl();
    }
    h.close("section").nl();
  }

  private void contribution(RankedContribution x) {
    h.open("li", "id", x.anchor(), "value", Words.number(x.rank())).nl();
    h.element("h4", x.title()).nl();
    h.open("dl").nl();
    h.element("dt", words.get("contribution.citation"));
    h.open("dd").element("a", x.citation().toString(), "href", x.link()).close("dd").nl();
    String kind = words.get("kind." + x.kind().name());
    entry(
        "contribution.from",
        x.attribution().isBlank()
            ? kind
            : words.get("contribution.from.value", x.attribution(), kind));
    entry(
        "contribution.score",
        words.get("contribution.score.value", words.score(x.score()), x.explanation()));
    entry("contribution.supports", Words.number(x.supports()));
    entry("contribution.comments", Words.number(x.comments()));
    h.close("dl").nl();
    h.open("blockquote", "cite", x.link()).nl().paragraphs(x.body()).close("blockquote").nl();
    h.close("li").nl();
  }

  private void workshop(WorkshopSummary w) {
    h.open("li").nl().element("h4", w.title()).nl().open("dl").nl();
    entry("workshop.held", words.dateTime(w.heldAt()));
    entry("workshop.place", w.place() + " (" + w.territory() + ")");
    entry("workshop.attendees", Words.number(w.attendeeCount()));
    h.element("dt", words.get("workshop.contributions")).open("dd");
    if (w.contributions().isEmpty()) {
      h.text(words.get("workshop.none"));
    }
    for (int i = 0; i < w.contributions().size(); i++) {
      String ref = w.contributions().get(i).toString();
      h.raw(i > 0 ? ", " : "").element("a", ref, "href", "#" + ref);
    }
    h.close("dd").nl().close("dl").nl().close("li").nl();
  }

  private void citations() {
    h.open("section", "id", "oc-citations").nl();
    h.element("h2", words.get("citations.title")).nl();
    h.open("table").nl().open("thead").open("tr");
    for (String key :
        new String[] {
          "citations.reference", "citations.contribution", "citations.theme", "citations.link"
        }) {
      h.element("th", words.get(key), "scope", "col");
    }
    h.close("tr").close("thead").nl().open("tbody").nl();
    for (Citation c : report.citations()) {
      h.open("tr").open("th", "scope", "row");
      h.element("a", c.citation().toString(), "href", "#" + c.anchor()).close("th");
      h.element("td", c.title()).element("td", c.theme());
      h.open("td").element("a", c.link(), "href", c.link()).close("td");
      h.close("tr").nl();
    }
    h.close("tbody").nl().close("table").nl().close("section").nl();
  }

  private void entry(String key, String value) {
    h.element("dt", words.get(key)).element("dd", value).nl();
  }
}
