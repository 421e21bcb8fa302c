package org.openconsultation.examples.story;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.openconsultation.core.ConsultationEngine;
import org.openconsultation.core.model.ConsultationException;
import org.openconsultation.core.model.ConsultationId;
import org.openconsultation.core.model.Contribution;
import org.openconsultation.core.model.ThemeId;
import org.openconsultation.core.model.Workshop;
import org.openconsultation.core.ranking.Ranking;

/**
 * Where the story leaves the engine, for a test or a curious reader to inspect further.
 *
 * @param engine the engine, on its in-memory store, with the story clock stopped after the close
 * @param consultation the consultation
 * @param mediation the theme "Médiation numérique"
 * @param contributions the contributions as submitted, by the story's key, in order of submission
 * @param ranking the ranking of every published contribution by the default rule
 * @param mediationRanking the ranking of the theme "Médiation numérique"
 * @param workshops the workshops, by date
 * @param lateVoteRefusal how the engine refused the vote cast after the close
 */
public record StoryResult(
    ConsultationEngine engine,
    ConsultationId consultation,
    ThemeId mediation,
    Map<String, Contribution> contributions,
    Ranking ranking,
    Ranking mediationRanking,
    List<Workshop> workshops,
    ConsultationException lateVoteRefusal) {

  /** Copies the collections and checks nothing is missing. */
  public StoryResult {
    Objects.requireNonNull(engine, "engine");
    Objects.requireNonNull(consultation, "consultation");
    Objects.requireNonNull(mediation, "mediation");
    contributions = Collections.unmodifiableMap(new LinkedHashMap<>(contributions));
    Objects.requireNonNull(ranking, "ranking");
    Objects.requireNonNull(mediationRanking, "mediationRanking");
    workshops = List.copyOf(workshops);
    Objects.requireNonNull(lateVoteRefusal, "lateVoteRefusal");
  }
}
