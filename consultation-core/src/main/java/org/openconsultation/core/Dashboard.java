package org.openconsultation.core;

import java.util.List;
import org.openconsultation.core.dashboard.DashboardFigures;
import org.openconsultation.core.dashboard.DashboardQuery;
import org.openconsultation.core.dashboard.Funnel;
import org.openconsultation.core.dashboard.TopContributions;
import org.openconsultation.core.model.Actor;
import org.openconsultation.core.model.ConsultationId;

/**
 * Figures for the organisers' dashboard and the public results page: participation per day, per
 * theme, kind and territory, workshops, the participation funnel and top contributions. {@link
 * org.openconsultation.core.dashboard.DashboardCharts} draws them as SVG charts that carry an
 * equivalent data table.
 *
 * <p>The figures are public reads. They count published content, or content of every status for a
 * reader allowed to read unpublished content (the result says which). Ballots, supports and voters
 * are given only while results are visible to the reader, and are null otherwise. A draft
 * consultation is not found by readers who may not read it.
 *
 * <p>Each call reads the store in one transaction, streaming contributions, comments, ballots and
 * participants and keeping only counters (and an index of the contributions counted), and depends
 * on nothing but the store's content and the engine clock.
 */
public interface Dashboard {

  /** The consultation's figures as {@code actor} may see them. */
  DashboardFigures figures(Actor actor, ConsultationId consultation, DashboardQuery query);

  /** The consultation's figures without suppression. */
  default DashboardFigures figures(Actor actor, ConsultationId consultation) {
    return figures(actor, consultation, DashboardQuery.defaults());
  }

  /**
   * The participation funnel, from the {@code visitors} the host measured; a negative count is
   * refused with an {@link org.openconsultation.core.model.InvalidInputException}.
   */
  Funnel funnel(Actor actor, ConsultationId consultation, long visitors);

  /**
   * The top {@code count} published contributions by each named rule, in the order given
   * (duplicates once); by the consultation's default rule when {@code rules} is empty. An unknown
   * rule, or a count outside 1 to 100, is refused with an {@link
   * org.openconsultation.core.model.InvalidInputException}.
   */
  List<TopContributions> top(
      Actor actor, ConsultationId consultation, List<String> rules, int count);

  /** The top {@code count} published contributions by the consultation's default rule. */
  default TopContributions top(Actor actor, ConsultationId consultation, int count) {
    return top(actor, consultation, List.of(), count).get(0);
  }
}
