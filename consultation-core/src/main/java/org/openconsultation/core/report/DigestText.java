package org.openconsultation.core.report;

import org.jspecify.annotations.Nullable;

/** Renders a digest as plain text. */
final class DigestText {

  private final Digest digest;
  private final Words words;
  private final StringBuilder out = new StringBuilder();

  private DigestText(Digest digest) {
    this.digest = digest;
    this.words = Words.of(digest.locale());
  }

  static String render(Digest digest) {
    DigestText r = new DigestText(digest);
    String title = r.words.get("digest.title", Text.oneLine(digest.consultation().title()));
    r.line(title).line("=".repeat(title.length()));
    r.line(
        r.words.get(
            "digest.period", r.words.dateTime(digest.since()), r.words.dateTime(digest.until())));
    r.section("digest.new", digest.newContributions(), null);
    if (digest.resultsVisible()) {
      r.section("digest.supported", digest.mostSupported(), "digest.supports");
    } else {
      r.line("").heading("digest.supported").line(r.words.get("digest.hidden"));
    }
    r.section("digest.debated", digest.mostDebated(), "digest.comments");
    return r.out.toString();
  }

  private void section(String titleKey, DigestSection section, @Nullable String countKey) {
    line("");
    heading(titleKey);
    if (section.entries().isEmpty()) {
      line(words.get("digest.none"));
      return;
    }
    if (section.entries().size() < section.total()) {
      line(words.get("digest.shown", section.entries().size(), Words.number(section.total())));
    }
    for (DigestEntry e : section.entries()) {
      line("- " + e.reference() + " " + Text.oneLine(e.title()));
      StringBuilder about = new StringBuilder(Text.oneLine(e.theme()));
      if (!e.attribution().isBlank()) {
        about.append(" · ").append(Text.oneLine(e.attribution()));
      }
      if (countKey != null) {
        about.append(" · ").append(words.get(countKey, Words.number(e.count())));
      }
      line("  " + about);
      line("  " + e.link());
    }
  }

  private DigestText heading(String key) {
    String title = words.get(key);
    return line(title).line("-".repeat(title.length()));
  }

  private DigestText line(String text) {
    out.append(text).append('\n');
    return this;
  }
}
