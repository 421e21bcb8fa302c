package org.openconsultation.core.spi;

import java.util.function.BiConsumer;
import org.openconsultation.core.model.ConsultationId;
import org.openconsultation.core.model.Contribution;
import org.openconsultation.core.model.Tally;

/**
 * A complete store: the transaction boundary and one port per aggregate. The host builds one and
 * passes it to the engine; implementations are the in-memory store of this library, the JDBC store,
 * or the host's own (which should pass {@code consultation-testkit}).
 */
public interface ConsultationStore {

  /** The transaction boundary. */
  Transactions transactions();

  /** Consultations. */
  ConsultationRepository consultations();

  /** Themes. */
  ThemeRepository themes();

  /** News briefs. */
  NewsRepository news();

  /** Timeline milestones. */
  MilestoneRepository milestones();

  /** Participants' registrations. */
  ParticipantRepository participants();

  /** Contributions and their revisions. */
  ContributionRepository contributions();

  /** Workshops. */
  WorkshopRepository workshops();

  /** Comments. */
  CommentRepository comments();

  /** Ballots and tallies. */
  BallotRepository ballots();

  /** Reports and moderation decisions. */
  ModerationRepository moderation();

  /**
   * What participants were shown, and in which order. By default {@link ExposureLog#none()}: a
   * store that does not override this keeps no exposures, recording them is harmless and the
   * position-bias report comes back empty.
   */
  default ExposureLog exposures() {
    return ExposureLog.none();
  }

  /**
   * Streams the contributions {@code filter} selects, by reference number, each with its tally
   * ({@link Tally#empty} when it has no ballot), for exports and reports. Within a transaction it
   * sees that transaction's writes. The default looks each tally up while the contributions stream
   * ({@link BallotRepository#tally} per contribution); a store that can join them in one query
   * should override it.
   */
  default void forEachContributionWithTally(
      ConsultationId consultation,
      ContributionFilter filter,
      BiConsumer<? super Contribution, ? super Tally> action) {
    contributions()
        .forEach(
            consultation, filter, c -> action.accept(c, ballots().tally(consultation, c.id())));
  }
}
