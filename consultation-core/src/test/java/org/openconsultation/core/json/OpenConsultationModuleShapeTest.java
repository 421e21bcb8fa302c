package org.openconsultation.core.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openconsultation.core.model.Ballot;
import org.openconsultation.core.model.BallotRecord;
import org.openconsultation.core.model.ConsultationId;
import org.openconsultation.core.model.Contribution;
import org.openconsultation.core.model.ContributionId;
import org.openconsultation.core.model.GeoPoint;
import org.openconsultation.core.model.Milestone;
import org.openconsultation.core.model.MilestoneId;
import org.openconsultation.core.model.MilestoneStatus;
import org.openconsultation.core.model.ParticipantId;
import org.openconsultation.core.model.Place;
import org.openconsultation.core.model.Provenance;
import org.openconsultation.core.model.PublicationStatus;
import org.openconsultation.core.model.Reference;
import org.openconsultation.core.model.Tally;
import org.openconsultation.core.model.ThemeId;
import org.openconsultation.core.model.VoteMode;
import org.openconsultation.core.model.Workshop;
import org.openconsultation.core.model.WorkshopId;

/** The exact JSON of the records that other programs read: names, forms and left-out nulls. */
class OpenConsultationModuleShapeTest {

  private static final ConsultationId C = new ConsultationId(new UUID(1, 1));
  private static final ContributionId ID = new ContributionId(new UUID(2, 2));
  private static final Instant AT = Instant.parse("2026-03-02T08:00:00Z");

  private final ObjectMapper mapper =
      new ObjectMapper().registerModule(new OpenConsultationModule());

  @Test
  void aContributionIsAFlatObjectWithoutItsNullComponents() throws JsonProcessingException {
    Contribution c =
        new Contribution(
            C,
            ID,
            new Reference(42),
            new ThemeId(new UUID(3, 3)),
            ParticipantId.of("p-0a1b"),
            new Provenance.Institutional("Vélo & Cité"),
            "Des pistes",
            "Le texte",
            null,
            null,
            PublicationStatus.PUBLISHED,
            2,
            AT,
            AT.plusSeconds(60));

    assertThat(mapper.writeValueAsString(c))
        .isEqualTo(
            "{\"consultationId\":\"00000000-0000-0001-0000-000000000001\","
                + "\"id\":\"00000000-0000-0002-0000-000000000002\",\"reference\":\"C-42\","
                + "\"themeId\":\"00000000-0000-0003-0000-000000000003\",\"author\":\"p-0a1b\","
                + "\"provenance\":{\"type\":\"institutional\",\"organisation\":\"Vélo & Cité\"},"
                + "\"title\":\"Des pistes\",\"body\":\"Le texte\",\"status\":\"published\","
                + "\"revision\":2,\"submittedAt\":\"2026-03-02T08:00:00Z\","
                + "\"updatedAt\":\"2026-03-02T08:01:00Z\"}");
  }

  @Test
  void aLocationAndATerritoryAreWrittenWhenPresent() throws JsonProcessingException {
    Contribution c =
        new Contribution(
            C,
            ID,
            new Reference(1),
            new ThemeId(new UUID(3, 3)),
            ParticipantId.of("alice"),
            new Provenance.Collective(new WorkshopId(new UUID(4, 4)), 12),
            "t",
            "b",
            "971",
            new GeoPoint(16.2411, -61.5331),
            PublicationStatus.HIDDEN,
            1,
            AT,
            AT);

    String json = mapper.writeValueAsString(c);

    assertThat(json)
        .contains(
            "\"provenance\":{\"type\":\"collective\","
                + "\"workshop\":\"00000000-0000-0004-0000-000000000004\",\"attendeeCount\":12}")
        .contains(
            "\"territory\":\"971\",\"location\":{\"latitude\":16.2411,\"longitude\":-61.5331}")
        .contains("\"status\":\"hidden\"");
  }

  @Test
  void aBallotRecordNestsItsBallotWithAType() throws JsonProcessingException {
    BallotRecord b =
        new BallotRecord(C, ID, ParticipantId.of("p-1"), Ballot.grade(3), AT, AT.plusSeconds(5));

    assertThat(mapper.writeValueAsString(b))
        .isEqualTo(
            "{\"consultationId\":\"00000000-0000-0001-0000-000000000001\","
                + "\"contributionId\":\"00000000-0000-0002-0000-000000000002\","
                + "\"participant\":\"p-1\",\"ballot\":{\"type\":\"grade\",\"grade\":3},"
                + "\"castAt\":\"2026-03-02T08:00:00Z\",\"updatedAt\":\"2026-03-02T08:00:05Z\"}");
  }

  @Test
  void eachKindOfBallotHasItsType() throws JsonProcessingException {
    assertThat(mapper.writeValueAsString(Ballot.support())).isEqualTo("{\"type\":\"support\"}");
    assertThat(mapper.writeValueAsString(Ballot.against()))
        .isEqualTo("{\"type\":\"position\",\"side\":\"against\"}");
    assertThat(mapper.writeValueAsString(Ballot.inFavour()))
        .isEqualTo("{\"type\":\"position\",\"side\":\"for\"}");
    assertThat(mapper.writeValueAsString(Ballot.approval())).isEqualTo("{\"type\":\"approval\"}");
  }

  @Test
  void aTallyAlwaysHasItsGradeHistogram() throws JsonProcessingException {
    assertThat(mapper.writeValueAsString(new Tally(ID, 4, 1, 0, List.of(0L, 2L))))
        .isEqualTo(
            "{\"contributionId\":\"00000000-0000-0002-0000-000000000002\",\"supports\":4,"
                + "\"oppositions\":1,\"neutrals\":0,\"grades\":[0,2]}");
    assertThat(mapper.writeValueAsString(Tally.empty(ID))).endsWith("\"grades\":[]}");
  }

  @Test
  void enumsAreLowerCaseWithDashesAndReferencesAreTheirCitation() throws JsonProcessingException {
    assertThat(mapper.writeValueAsString(VoteMode.MAJORITY_JUDGMENT))
        .isEqualTo("\"majority-judgment\"");
    assertThat(mapper.writeValueAsString(MilestoneStatus.IN_PROGRESS)).isEqualTo("\"in-progress\"");
    assertThat(mapper.writeValueAsString(new Reference(42).at(2))).isEqualTo("\"C-42.2\"");
  }

  @Test
  void datesAndZonedDateTimesAreIsoTextOnABareMapper() throws JsonProcessingException {
    Milestone m =
        new Milestone(
            C,
            new MilestoneId(new UUID(5, 5)),
            "Synthèse",
            "",
            LocalDate.of(2026, 6, 1),
            MilestoneStatus.PLANNED);
    ZoneId guadeloupe = ZoneId.of("America/Guadeloupe");
    Workshop w =
        new Workshop(
            C,
            new WorkshopId(new UUID(4, 4)),
            "Atelier",
            "",
            ZonedDateTime.of(2026, 3, 5, 18, 0, 0, 0, guadeloupe),
            new Place("Médiathèque", "1 rue", "971", new GeoPoint(16.2, -61.5), guadeloupe),
            ParticipantId.of("o"),
            Set.of(ParticipantId.of("f-2"), ParticipantId.of("f-1")),
            12,
            List.of(),
            AT);

    assertThat(mapper.writeValueAsString(m)).contains("\"date\":\"2026-06-01\"");
    assertThat(mapper.writeValueAsString(w))
        .contains("\"heldAt\":\"2026-03-05T18:00:00-04:00[America/Guadeloupe]\"")
        .contains("\"zone\":\"America/Guadeloupe\"")
        .contains("\"facilitators\":[\"f-1\",\"f-2\"]")
        .contains("\"themes\":[]");
  }
}
