package org.openconsultation.core;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.SortedMap;
import org.openconsultation.core.model.Actor;
import org.openconsultation.core.model.BallotRecord;
import org.openconsultation.core.model.Comment;
import org.openconsultation.core.model.Consultation;
import org.openconsultation.core.model.ConsultationId;
import org.openconsultation.core.model.Contribution;
import org.openconsultation.core.model.ContributionId;
import org.openconsultation.core.model.Milestone;
import org.openconsultation.core.model.ModerationDecision;
import org.openconsultation.core.model.NewsItem;
import org.openconsultation.core.model.NotFoundException;
import org.openconsultation.core.model.Participant;
import org.openconsultation.core.model.ParticipantId;
import org.openconsultation.core.model.Phase;
import org.openconsultation.core.model.Revision;
import org.openconsultation.core.model.Role;
import org.openconsultation.core.model.Tally;
import org.openconsultation.core.model.Theme;
import org.openconsultation.core.model.Workshop;
import org.openconsultation.core.spi.ContributionFilter;

/**
 * Everything the engine lists, read through its API with an organiser's eyes (organisers see
 * drafts, unpublished content and hidden results): two snapshots are equal when nothing visible
 * changed.
 *
 * @param consultations each consultation's state, by id
 */
record EngineSnapshot(Map<ConsultationId, ConsultationState> consultations) {

  /**
   * One consultation's state.
   *
   * @param consultation the consultation (schedule, settings, lifecycle, version)
   * @param phase its phase
   * @param themes its themes in order
   * @param contributions every contribution, whatever its status
   * @param revisions every contribution's revisions
   * @param tallies every contribution's tally
   * @param comments every contribution's comments, whatever their status
   * @param ballots each known participant's ballot on each contribution
   * @param supportsLeft each known participant's remaining supports
   * @param participants each known participant's registration, if any
   * @param participantCount the number of registrations
   * @param registrationsPerDay registrations per day
   * @param workshops its workshops
   * @param news its news
   * @param milestones its timeline
   * @param queue the moderation queue (pending content and every report)
   * @param decisions every moderation decision
   */
  record ConsultationState(
      Consultation consultation,
      Phase phase,
      List<Theme> themes,
      List<Contribution> contributions,
      Map<ContributionId, List<Revision>> revisions,
      Map<ContributionId, Tally> tallies,
      Map<ContributionId, List<Comment>> comments,
      Map<ParticipantId, Map<ContributionId, Optional<BallotRecord>>> ballots,
      Map<ParticipantId, OptionalLong> supportsLeft,
      Map<ParticipantId, Optional<Participant>> participants,
      long participantCount,
      SortedMap<LocalDate, Long> registrationsPerDay,
      List<Workshop> workshops,
      List<NewsItem> news,
      List<Milestone> milestones,
      ModerationQueue queue,
      List<ModerationDecision> decisions) {}

  /** Reads everything the engine of {@code world} lists. */
  static EngineSnapshot of(TestWorld world) {
    ConsultationEngine engine = world.engine;
    Actor reader = world.organiser;
    Map<ConsultationId, ConsultationState> states = new LinkedHashMap<>();
    for (Consultation c : engine.consultations().list(reader)) {
      ConsultationId id = c.id();
      List<Contribution> contributions =
          engine.contributions().list(reader, id, ContributionFilter.all());
      Map<ContributionId, List<Revision>> revisions = new LinkedHashMap<>();
      Map<ContributionId, Tally> tallies = new LinkedHashMap<>();
      Map<ContributionId, List<Comment>> comments = new LinkedHashMap<>();
      for (Contribution x : contributions) {
        revisions.put(x.id(), engine.contributions().revisions(reader, id, x.id()));
        tallies.put(x.id(), engine.votes().tally(reader, id, x.id()));
        comments.put(x.id(), engine.comments().list(reader, id, x.id()));
      }
      Map<ParticipantId, Map<ContributionId, Optional<BallotRecord>>> ballots =
          new LinkedHashMap<>();
      Map<ParticipantId, OptionalLong> supportsLeft = new LinkedHashMap<>();
      Map<ParticipantId, Optional<Participant>> participants = new LinkedHashMap<>();
      for (ParticipantId pid : world.castIds()) {
        // The participant's own view, with the right to read drafts.
        Actor self = Actor.of(pid, Role.ORGANISER);
        Map<ContributionId, Optional<BallotRecord>> own = new LinkedHashMap<>();
        for (Contribution x : contributions) {
          own.put(x.id(), engine.votes().ballot(self, id, x.id()));
        }
        ballots.put(pid, own);
        supportsLeft.put(pid, engine.votes().supportsLeft(self, id));
        participants.put(pid, registration(engine, reader, id, pid));
      }
      states.put(
          id,
          new ConsultationState(
              c,
              engine.consultations().phase(id),
              engine.themes().list(reader, id),
              contributions,
              revisions,
              tallies,
              comments,
              ballots,
              supportsLeft,
              participants,
              engine.participants().count(reader, id),
              engine.participants().registrationsPerDay(reader, id),
              engine.workshops().list(reader, id),
              engine.news().list(reader, id),
              engine.milestones().timeline(reader, id),
              engine.moderation().queue(reader, id),
              engine.moderation().decisions(reader, id)));
    }
    return new EngineSnapshot(states);
  }

  private static Optional<Participant> registration(
      ConsultationEngine engine, Actor reader, ConsultationId id, ParticipantId pid) {
    try {
      return Optional.of(engine.participants().get(reader, id, pid));
    } catch (NotFoundException e) {
      return Optional.empty();
    }
  }
}
