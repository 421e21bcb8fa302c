package org.openconsultation.core;

import java.time.Instant;
import org.openconsultation.core.model.Actor;
import org.openconsultation.core.model.ConsultationId;
import org.openconsultation.core.report.Digest;
import org.openconsultation.core.report.Homepage;
import org.openconsultation.core.report.SynthesisOptions;
import org.openconsultation.core.report.SynthesisReport;

/**
 * Documents built from a consultation: the synthesis report that cites contributions by their
 * permalink references, the homepage data (news briefs, timeline, key figures) and the weekly
 * digest a host mails to partners.
 *
 * <p>Each is read in one transaction at the engine clock's now, from published content only. Links
 * come from the engine's {@link org.openconsultation.core.model.PermalinkTemplate}. A draft
 * consultation is not found by actors who may not read it. The words of renderings are in the
 * actor's language (French, else English).
 */
public interface Reports {

  /**
   * The synthesis: per theme, its figures, its published contributions ranked by the rule the
   * options name (the consultation's default rule if none), each with the revision it quotes and
   * that revision's permalink, and its workshops; and the citation index. The ranking of a theme is
   * the one {@link Rankings#rank} gives for that theme. While results are hidden from the actor, it
   * is refused with a {@link org.openconsultation.core.model.PhaseException} (code {@code
   * results-hidden}); an unknown rule is invalid input (code {@code ranking.rule}).
   */
  SynthesisReport synthesis(Actor actor, ConsultationId consultation, SynthesisOptions options);

  /** The synthesis by the consultation's default rule, ballots counted as cast. */
  default SynthesisReport synthesis(Actor actor, ConsultationId consultation) {
    return synthesis(actor, consultation, SynthesisOptions.defaults());
  }

  /**
   * The homepage data: the consultation with its phase and dates in its zone, its {@code newsItems}
   * latest news items (0 to 100, else invalid input with code {@code report.news-items}), its
   * timeline by date and its key figures, with the supports only while results are visible to the
   * actor.
   */
  Homepage homepage(Actor actor, ConsultationId consultation, int newsItems);

  /**
   * The digest of the period from {@code since} (inclusive) to now (exclusive): the contributions
   * published then, the most supported and the most debated, at most {@code perSection} of each (1
   * to 100, else invalid input with code {@code report.per-section}). {@code since} must be before
   * now (else invalid input with code {@code report.since}). While results are hidden from the
   * actor, the most supported section is left empty and the digest says so.
   */
  Digest digest(Actor actor, ConsultationId consultation, Instant since, int perSection);
}
