package org.openconsultation.core.report;

import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.openconsultation.core.model.ContributionKind;
import org.openconsultation.core.model.Reference;
import org.openconsultation.core.model.RevisionReference;
import org.openconsultation.core.model.WorkshopId;

/**
 * One contribution of a synthesis, at its place in its theme's ranking.
 *
 * @param rank its position in the theme, from 1
 * @param reference its reference ({@code C-42}), which is also its anchor in the HTML rendering
 * @param citation the revision quoted ({@code C-42.2}): the text below as it read when the report
 *     was built
 * @param title the title of that revision
 * @param body the text of that revision
 * @param kind individual, collective or institutional
 * @param attribution who it speaks for: the author's public name, the person a facilitator wrote
 *     for, the workshop's title or the organisation's name
 * @param workshop the workshop of a collective contribution, else null
 * @param supports its supports (supports, approvals and votes for)
 * @param comments its published comments
 * @param score the ranking rule's score
 * @param explanation the rule's one-line explanation of the score
 * @param link the permalink of the revision quoted, by the engine's permalink template
 */
public record RankedContribution(
    int rank,
    Reference reference,
    RevisionReference citation,
    String title,
    String body,
    ContributionKind kind,
    String attribution,
    @Nullable WorkshopId workshop,
    long supports,
    long comments,
    double score,
    String explanation,
    String link) {

  /** Checks that no required component is null and the citation is of this contribution. */
  public RankedContribution {
    Objects.requireNonNull(reference, "reference");
    Objects.requireNonNull(citation, "citation");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(body, "body");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(attribution, "attribution");
    Objects.requireNonNull(explanation, "explanation");
    Objects.requireNonNull(link, "link");
    if (rank < 1) {
      throw new IllegalArgumentException("rank starts at 1");
    }
    if (!citation.contribution().equals(reference)) {
      throw new IllegalArgumentException("a citation of another contribution");
    }
  }

  /** The id of its element in the HTML rendering, its reference: {@code C-42}. */
  public String anchor() {
    return reference.toString();
  }
}
