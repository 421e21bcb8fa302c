package org.openconsultation.core.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openconsultation.core.model.Ballot;
import org.openconsultation.core.model.BallotRecord;
import org.openconsultation.core.model.Comment;
import org.openconsultation.core.model.CommentId;
import org.openconsultation.core.model.Consultation;
import org.openconsultation.core.model.ConsultationId;
import org.openconsultation.core.model.ContentRef;
import org.openconsultation.core.model.Contribution;
import org.openconsultation.core.model.ContributionId;
import org.openconsultation.core.model.DecisionId;
import org.openconsultation.core.model.Flag;
import org.openconsultation.core.model.FlagId;
import org.openconsultation.core.model.GeoPoint;
import org.openconsultation.core.model.Milestone;
import org.openconsultation.core.model.MilestoneId;
import org.openconsultation.core.model.ModerationDecision;
import org.openconsultation.core.model.NewsItem;
import org.openconsultation.core.model.NewsItemId;
import org.openconsultation.core.model.Participant;
import org.openconsultation.core.model.ParticipantId;
import org.openconsultation.core.model.Place;
import org.openconsultation.core.model.Provenance;
import org.openconsultation.core.model.Reference;
import org.openconsultation.core.model.Revision;
import org.openconsultation.core.model.RevisionReference;
import org.openconsultation.core.model.Tally;
import org.openconsultation.core.model.Theme;
import org.openconsultation.core.model.ThemeId;
import org.openconsultation.core.model.Violation;
import org.openconsultation.core.model.Workshop;
import org.openconsultation.core.model.WorkshopId;
import org.openconsultation.core.ranking.Ranking;
import org.quicktheories.core.Gen;

/**
 * Every record the module writes reads back equal, on a bare mapper with no other module: checked
 * on generated records with every optional part present or absent.
 */
class OpenConsultationModuleRoundTripTest {

  private final ObjectMapper mapper =
      new ObjectMapper().registerModule(new OpenConsultationModule());

  private <T> T roundTrip(T value, Class<T> type) {
    try {
      return mapper.readValue(mapper.writeValueAsString(value), type);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  private <T> void assertRoundTrips(Gen<T> records, Class<T> type) {
    qt().forAll(records).checkAssert(r -> assertThat(roundTrip(r, type)).isEqualTo(r));
  }

  @Test
  void typedIdsReferencesAndParticipantIdsReadBack() {
    assertRoundTrips(OpenConsultationModuleRecords.CONSULTATIONS, ConsultationId.class);
    assertRoundTrips(OpenConsultationModuleRecords.CONTRIBUTIONS, ContributionId.class);
    assertRoundTrips(OpenConsultationModuleRecords.THEMES, ThemeId.class);
    assertRoundTrips(OpenConsultationModuleRecords.COMMENTS, CommentId.class);
    assertRoundTrips(OpenConsultationModuleGen.UUIDS.map(WorkshopId::new), WorkshopId.class);
    assertRoundTrips(OpenConsultationModuleGen.UUIDS.map(NewsItemId::new), NewsItemId.class);
    assertRoundTrips(OpenConsultationModuleGen.UUIDS.map(MilestoneId::new), MilestoneId.class);
    assertRoundTrips(OpenConsultationModuleGen.UUIDS.map(FlagId::new), FlagId.class);
    assertRoundTrips(OpenConsultationModuleGen.UUIDS.map(DecisionId::new), DecisionId.class);
    assertRoundTrips(OpenConsultationModuleGen.PARTICIPANTS, ParticipantId.class);
    assertRoundTrips(OpenConsultationModuleGen.REFERENCES, Reference.class);
    assertRoundTrips(
        OpenConsultationModuleGen.REFERENCES.zip(
            org.quicktheories.generators.SourceDSL.integers().between(1, 999_999_999),
            Reference::at),
        RevisionReference.class);
  }

  @Test
  void consultationsWithTheirScheduleSettingsAndLifecycleReadBack() {
    assertRoundTrips(OpenConsultationModuleRecords.CONSULTATION, Consultation.class);
  }

  @Test
  void themesReadBack() {
    assertRoundTrips(OpenConsultationModuleRecords.THEME, Theme.class);
  }

  @Test
  void contributionsOfEveryProvenanceReadBack() {
    assertRoundTrips(OpenConsultationModuleRecords.CONTRIBUTION, Contribution.class);
    assertRoundTrips(OpenConsultationModuleGen.PROVENANCES, Provenance.class);
    assertRoundTrips(OpenConsultationModuleGen.POINTS, GeoPoint.class);
  }

  @Test
  void revisionsReadBack() {
    assertRoundTrips(OpenConsultationModuleRecords.REVISION, Revision.class);
  }

  @Test
  void workshopsWithTheirPlaceInAnyZoneReadBack() {
    assertRoundTrips(OpenConsultationModuleRecords.WORKSHOP, Workshop.class);
    assertRoundTrips(OpenConsultationModuleRecords.PLACE, Place.class);
  }

  @Test
  void commentsReadBack() {
    assertRoundTrips(OpenConsultationModuleRecords.COMMENT, Comment.class);
  }

  @Test
  void ballotsBallotRecordsAndTalliesReadBack() {
    assertRoundTrips(OpenConsultationModuleGen.BALLOTS, Ballot.class);
    assertRoundTrips(OpenConsultationModuleRecords.BALLOT_RECORD, BallotRecord.class);
    assertRoundTrips(OpenConsultationModuleRecords.TALLY, Tally.class);
  }

  @Test
  void newsMilestonesAndParticipantsReadBack() {
    assertRoundTrips(OpenConsultationModuleRecords.NEWS, NewsItem.class);
    assertRoundTrips(OpenConsultationModuleRecords.MILESTONE, Milestone.class);
    assertRoundTrips(OpenConsultationModuleRecords.PARTICIPANT, Participant.class);
  }

  @Test
  void reportsDecisionsAndViolationsReadBack() {
    assertRoundTrips(OpenConsultationModuleRecords.TARGETS, ContentRef.class);
    assertRoundTrips(OpenConsultationModuleRecords.FLAG, Flag.class);
    assertRoundTrips(OpenConsultationModuleRecords.DECISION, ModerationDecision.class);
    assertRoundTrips(
        OpenConsultationModuleGen.TEXT.zip(
            OpenConsultationModuleGen.TEXT, OpenConsultationModuleGen.TEXT, Violation::new),
        Violation.class);
  }

  @Test
  void rankingsReadBackWhateverTheirScores() {
    assertRoundTrips(OpenConsultationModuleRecords.RANKING, Ranking.class);
  }

  @Test
  void recordsReadBackInsideTheHostsCollectionsAndAsMapKeys() throws JsonProcessingException {
    qt().forAll(OpenConsultationModuleRecords.TALLY, OpenConsultationModuleRecords.CONTRIBUTION)
        .checkAssert(
            (tally, contribution) -> {
              Map<ContributionId, Tally> byId = new LinkedHashMap<>();
              byId.put(tally.contributionId(), tally);
              byId.put(contribution.id(), Tally.empty(contribution.id()));
              List<Contribution> list = List.of(contribution, contribution);
              try {
                assertThat(
                        mapper.readValue(
                            mapper.writeValueAsString(byId),
                            new TypeReference<Map<ContributionId, Tally>>() {}))
                    .isEqualTo(byId);
                assertThat(
                        mapper.readValue(
                            mapper.writeValueAsString(list),
                            new TypeReference<List<Contribution>>() {}))
                    .isEqualTo(list);
              } catch (JsonProcessingException e) {
                throw new UncheckedIOException(e);
              }
            });
    ContributionId id = new ContributionId(new UUID(7, 9));
    assertThat(mapper.writeValueAsString(Map.of(id, 1)))
        .isEqualTo("{\"00000000-0000-0007-0000-000000000009\":1}");
  }
}
