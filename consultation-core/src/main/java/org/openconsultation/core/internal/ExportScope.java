package org.openconsultation.core.internal;

import java.util.EnumSet;
import java.util.Set;
import org.openconsultation.core.auth.Action;
import org.openconsultation.core.export.ExportOptions;
import org.openconsultation.core.export.Pseudonyms;
import org.openconsultation.core.model.Actor;
import org.openconsultation.core.model.Consultation;
import org.openconsultation.core.model.ConsultationId;
import org.openconsultation.core.model.PermalinkTemplate;
import org.openconsultation.core.model.PublicationStatus;
import org.openconsultation.core.spi.ContributionFilter;

/**
 * What one export may read, decided once before it starts: the consultation (not found for a draft
 * the actor may not read), the statuses of content included (published only, unless the actor may
 * read unpublished content), whether ballots and tallies are visible, and the pseudonyms
 * participants get.
 *
 * @param consultation the consultation exported
 * @param statuses the statuses of contributions and comments included
 * @param resultsVisible whether ballots and tallies may be exported now
 * @param pseudonyms how participants are named in this export
 * @param permalinks how references become links
 */
record ExportScope(
    Consultation consultation,
    Set<PublicationStatus> statuses,
    boolean resultsVisible,
    Pseudonyms pseudonyms,
    PermalinkTemplate permalinks) {

  /**
   * Decides the scope; refuses {@link Pseudonyms#asStored()} to actors without {@code MANAGE_DATA}.
   * Call inside the export's read transaction.
   */
  static ExportScope of(
      EngineContext context,
      Guard guard,
      Results results,
      Actor actor,
      ConsultationId id,
      ExportOptions options) {
    Consultation c = guard.consultation(actor, id);
    Pseudonyms pseudonyms = options.pseudonymsForOneExport();
    if (!pseudonyms.pseudonymises()) {
      guard.allow(actor, Action.MANAGE_DATA, c.id(), null);
    }
    Set<PublicationStatus> statuses =
        guard.may(actor, Action.READ_UNPUBLISHED, c.id(), c.organiser())
            ? EnumSet.allOf(PublicationStatus.class)
            : EnumSet.of(PublicationStatus.PUBLISHED);
    return new ExportScope(
        c, Set.copyOf(statuses), results.visible(actor, c), pseudonyms, context.permalinks());
  }

  /** The filter of the contributions included. */
  ContributionFilter contributions() {
    return ContributionFilter.all().withStatuses(statuses);
  }

  /** Whether content with {@code status} is included. */
  boolean includes(PublicationStatus status) {
    return statuses.contains(status);
  }

  /** The consultation's id. */
  ConsultationId id() {
    return consultation.id();
  }
}
