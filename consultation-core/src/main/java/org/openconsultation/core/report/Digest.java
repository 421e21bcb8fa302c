package org.openconsultation.core.report;

import java.time.ZonedDateTime;
import java.util.Locale;
import java.util.Objects;

/**
 * What happened in a consultation during a period, for a host to mail to partners every week: the
 * new contributions, the most supported and the most debated. Only published contributions and
 * comments count. Renderings: {@link #toText()}, {@link #toHtml()} and {@link #toHtmlDocument()}.
 *
 * @param locale the language of the digest's own words: French for French readers, English for
 *     everyone else
 * @param consultation the consultation
 * @param since the start of the period (inclusive), in the consultation's zone
 * @param until its end (exclusive): the engine clock's now when the digest was built
 * @param newContributions contributions submitted during the period, by reference
 * @param mostSupported contributions by supports received during the period (ballots that count as
 *     a support, cast or changed during it), most first; empty while results are hidden
 * @param mostDebated contributions by comments posted during the period, most first
 * @param resultsVisible whether results were visible to the reader; if not, {@code mostSupported}
 *     is empty and the renderings say why
 */
public record Digest(
    Locale locale,
    ConsultationSummary consultation,
    ZonedDateTime since,
    ZonedDateTime until,
    DigestSection newContributions,
    DigestSection mostSupported,
    DigestSection mostDebated,
    boolean resultsVisible) {

  /** Checks that no component is null and nothing is supported while results are hidden. */
  public Digest {
    Objects.requireNonNull(locale, "locale");
    Objects.requireNonNull(consultation, "consultation");
    Objects.requireNonNull(since, "since");
    Objects.requireNonNull(until, "until");
    Objects.requireNonNull(newContributions, "newContributions");
    Objects.requireNonNull(mostSupported, "mostSupported");
    Objects.requireNonNull(mostDebated, "mostDebated");
    if (!resultsVisible && mostSupported.total() > 0) {
      throw new IllegalArgumentException("supports while results are hidden");
    }
  }

  /**
   * The digest as plain text for the body of an email: one line per contribution with its permalink
   * on the next. Line breaks inside titles are replaced by spaces.
   */
  public String toText() {
    return DigestText.render(this);
  }

  /**
   * The digest as an HTML fragment fit for an email body: one {@code <article>} with {@code lang}
   * set to the consultation's locale, headings, lists and links, every text escaped; no script, no
   * style sheet, no class or id. The markup is also well-formed XML.
   */
  public String toHtml() {
    return DigestHtml.fragment(this);
  }

  /** The digest as a complete HTML document around {@link #toHtml()}, also well-formed XML. */
  public String toHtmlDocument() {
    return DigestHtml.document(this);
  }
}
