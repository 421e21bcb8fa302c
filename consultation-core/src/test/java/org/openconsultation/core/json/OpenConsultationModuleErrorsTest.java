package org.openconsultation.core.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.InvalidTypeIdException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import org.junit.jupiter.api.Test;
import org.openconsultation.core.model.Ballot;
import org.openconsultation.core.model.BallotRecord;
import org.openconsultation.core.model.ContributionId;
import org.openconsultation.core.model.Provenance;
import org.openconsultation.core.model.Reference;
import org.openconsultation.core.model.Tally;
import org.openconsultation.core.model.Theme;
import org.openconsultation.core.model.VoteMode;

/** Bad input fails with a Jackson exception that says what is wrong and where. */
class OpenConsultationModuleErrorsTest {

  private static final String THEME =
      "{\"consultationId\":\"00000000-0000-0001-0000-000000000001\","
          + "\"id\":\"00000000-0000-0003-0000-000000000003\",\"title\":\"Mobilité\","
          + "\"description\":\"\",\"position\":%s%s}";

  private final ObjectMapper mapper =
      new ObjectMapper().registerModule(new OpenConsultationModule());

  @Test
  void anUnknownBallotTypeIsAnInvalidTypeId() {
    assertThatThrownBy(() -> mapper.readValue("{\"type\":\"veto\"}", Ballot.class))
        .isInstanceOf(InvalidTypeIdException.class)
        .hasMessageContaining("unknown ballot type \"veto\"")
        .hasMessageContaining("support, position, grade or approval");
  }

  @Test
  void anUnknownProvenanceTypeIsAnInvalidTypeId() {
    assertThatThrownBy(() -> mapper.readValue("{\"type\":\"anonymous\"}", Provenance.class))
        .isInstanceOf(InvalidTypeIdException.class)
        .hasMessageContaining("unknown provenance type \"anonymous\"");
  }

  @Test
  void aMissingPropertyIsNamedWithItsPath() {
    String noBallotType =
        "{\"consultationId\":\"00000000-0000-0001-0000-000000000001\","
            + "\"contributionId\":\"00000000-0000-0002-0000-000000000002\","
            + "\"participant\":\"p-1\",\"ballot\":{\"grade\":3},"
            + "\"castAt\":\"2026-03-02T08:00:00Z\",\"updatedAt\":\"2026-03-02T08:00:05Z\"}";

    assertThatThrownBy(() -> mapper.readValue(noBallotType, BallotRecord.class))
        .isInstanceOf(MismatchedInputException.class)
        .hasMessageContaining("BallotRecord.ballot: missing property \"type\"");
    assertThatThrownBy(() -> mapper.readValue("{}", Tally.class))
        .isInstanceOf(MismatchedInputException.class)
        .hasMessageContaining("Tally: missing property \"contributionId\"");
  }

  @Test
  void aValueOfTheWrongJsonTypeIsAMismatch() {
    assertThatThrownBy(() -> mapper.readValue(String.format(THEME, "\"first\"", ""), Theme.class))
        .isInstanceOf(MismatchedInputException.class)
        .hasMessageContaining("Theme.position must be an integer");
    assertThatThrownBy(() -> mapper.readValue("42", ContributionId.class))
        .isInstanceOf(MismatchedInputException.class);
    assertThatThrownBy(() -> mapper.readValue("[]", Theme.class))
        .isInstanceOf(MismatchedInputException.class)
        .hasMessageContaining("Theme must be a JSON object");
  }

  @Test
  void textThatDoesNotParseIsAnInvalidFormat() {
    assertThatThrownBy(() -> mapper.readValue("\"C-0\"", Reference.class))
        .isInstanceOf(InvalidFormatException.class)
        .hasMessageContaining("C-0");
    assertThatThrownBy(() -> mapper.readValue("\"not-a-uuid\"", ContributionId.class))
        .isInstanceOf(InvalidFormatException.class);
    assertThatThrownBy(() -> mapper.readValue("\"plurality\"", VoteMode.class))
        .isInstanceOf(InvalidFormatException.class)
        .hasMessageContaining("expected one of support, for-against, majority-judgment, approval");
  }

  @Test
  void valuesARecordRefusesAreAnInstantiationFailure() {
    assertThatThrownBy(() -> mapper.readValue(String.format(THEME, "-1", ""), Theme.class))
        .isInstanceOf(ValueInstantiationException.class)
        .hasMessageContaining("Theme: ")
        .hasMessageContaining("must not be negative");
    assertThatThrownBy(() -> mapper.readValue("{\"type\":\"grade\",\"grade\":12}", Ballot.class))
        .isInstanceOf(ValueInstantiationException.class);
  }

  @Test
  void anUnknownPropertyIsRefusedUnlessTheMapperIgnoresThem() throws JsonProcessingException {
    String extra = String.format(THEME, "0", ",\"colour\":\"red\"");

    assertThatThrownBy(() -> mapper.readValue(extra, Theme.class))
        .isInstanceOf(UnrecognizedPropertyException.class)
        .hasMessageContaining("\"colour\"");
    ObjectMapper lenient =
        new ObjectMapper()
            .registerModule(new OpenConsultationModule())
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    assertThat(lenient.readValue(extra, Theme.class).title()).isEqualTo("Mobilité");
  }
}
