package org.openconsultation.core.report;

import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * The synthesis of a consultation: per theme, its figures, its published contributions ranked by
 * one rule with their citation references and permalinks, and its workshops; then a citation index,
 * so that a writer can source every sentence of a synthesis document.
 *
 * <p>Every contribution appears once, in its theme. Renderings: {@link #toMarkdown()}, {@link
 * #toHtml()} and {@link #toHtmlDocument()}.
 *
 * @param locale the language of the report's own words (headings, labels, dates): French for French
 *     readers, English for everyone else
 * @param consultation the consultation
 * @param rule the ranking rule's name
 * @param ruleVersion its version
 * @param ruleParameters its parameters, enough with the name and version to rank again
 * @param computedAt when the report was built (engine clock), in the consultation's zone
 * @param figures the consultation's key figures
 * @param themes the themes, in their order
 */
public record SynthesisReport(
    Locale locale,
    ConsultationSummary consultation,
    String rule,
    int ruleVersion,
    Map<String, String> ruleParameters,
    ZonedDateTime computedAt,
    KeyFigures figures,
    List<ThemeSection> themes) {

  /** Checks that no component is null and copies the collections. */
  public SynthesisReport {
    Objects.requireNonNull(locale, "locale");
    Objects.requireNonNull(consultation, "consultation");
    Objects.requireNonNull(rule, "rule");
    Objects.requireNonNull(computedAt, "computedAt");
    Objects.requireNonNull(figures, "figures");
    ruleParameters = Map.copyOf(ruleParameters);
    themes = List.copyOf(themes);
  }

  /** Every contribution the report cites, by reference number: the citation index. */
  public List<Citation> citations() {
    List<Citation> all = new ArrayList<>();
    for (ThemeSection theme : themes) {
      for (RankedContribution x : theme.contributions()) {
        all.add(new Citation(x.reference(), x.citation(), x.title(), theme.title(), x.link()));
      }
    }
    all.sort(Comparator.comparingLong(c -> c.reference().number()));
    return List.copyOf(all);
  }

  /**
   * The report as CommonMark with pipe tables. Text from participants and organisers is escaped so
   * it never turns into markup; each contribution carries an HTML anchor named by its reference, to
   * which the citation index links.
   */
  public String toMarkdown() {
    return SynthesisMarkdown.render(this);
  }

  /**
   * The report as an HTML fragment: one {@code <article>} with {@code lang} set to the
   * consultation's locale, headings, lists and tables with scoped header cells, an element with
   * {@code id="C-42"} for each contribution, and every text escaped. The markup is also well-formed
   * XML.
   */
  public String toHtml() {
    return SynthesisHtml.fragment(this);
  }

  /** The report as a complete HTML document around {@link #toHtml()}, also well-formed XML. */
  public String toHtmlDocument() {
    return SynthesisHtml.document(this);
  }
}
