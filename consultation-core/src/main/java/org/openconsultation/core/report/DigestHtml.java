package org.openconsultation.core.report;

import org.jspecify.annotations.Nullable;

/**
 * Renders a digest as HTML fit for an email: plain elements, no script, no style, no class or id.
 */
final class DigestHtml {

  private final Digest digest;
  private final Words words;
  private final Html h = new Html();

  private DigestHtml(Digest digest) {
    this.digest = digest;
    this.words = Words.of(digest.locale());
  }

  static String fragment(Digest digest) {
    DigestHtml r = new DigestHtml(digest);
    r.article(true);
    return r.h.toString();
  }

  static String document(Digest digest) {
    DigestHtml r = new DigestHtml(digest);
    r.h.raw("<!DOCTYPE html>").nl();
    r.h.open("html", "lang", digest.consultation().locale().toLanguageTag()).nl();
    r.h.open("head").nl().empty("meta", "charset", "utf-8").nl();
    r.h.element("title", r.title()).nl().close("head").nl().open("body").nl();
    r.article(false);
    r.h.close("body").nl().close("html").nl();
    return r.h.toString();
  }

  private String title() {
    return words.get("digest.title", digest.consultation().title());
  }

  private void article(boolean withLang) {
    if (withLang) {
      h.open("article", "lang", digest.consultation().locale().toLanguageTag());
    } else {
      h.open("article");
    }
    h.nl().element("h1", title()).nl();
    h.element(
            "p",
            words.get(
                "digest.period", words.dateTime(digest.since()), words.dateTime(digest.until())))
        .nl();
    section("digest.new", digest.newContributions(), null);
    if (digest.resultsVisible()) {
      section("digest.supported", digest.mostSupported(), "digest.supports");
    } else {
      h.open("section").nl().element("h2", words.get("digest.supported")).nl();
      h.element("p", words.get("digest.hidden")).nl().close("section").nl();
    }
    section("digest.debated", digest.mostDebated(), "digest.comments");
    h.close("article").nl();
  }

  private void section(String titleKey, DigestSection section, @Nullable String countKey) {
    h.open("section").nl().element("h2", words.get(titleKey)).nl();
    if (section.entries().isEmpty()) {
      h.element("p", words.get("digest.none")).nl().close("section").nl();
      return;
    }
    if (section.entries().size() < section.total()) {
      String shown =
          words.get("digest.shown", section.entries().size(), Words.number(section.total()));
      h.element("p", shown).nl();
    }
    h.open("ul").nl();
    for (DigestEntry e : section.entries()) {
      h.open("li").element("a", e.reference() + " " + e.title(), "href", e.link()).empty("br");
      StringBuilder about = new StringBuilder(e.theme());
      if (!e.attribution().isBlank()) {
        about.append(" · ").append(e.attribution());
      }
      if (countKey != null) {
        about.append(" · ").append(words.get(countKey, Words.number(e.count())));
      }
      h.text(about.toString()).close("li").nl();
    }
    h.close("ul").nl().close("section").nl();
  }
}
