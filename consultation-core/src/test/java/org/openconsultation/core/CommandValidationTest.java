package org.openconsultation.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.openconsultation.core.command.SubmitContribution;
import org.openconsultation.core.model.InvalidInputException;
import org.openconsultation.core.model.Violation;

/**
 * Every command refuses invalid input with {@link InvalidInputException}: one violation per broken
 * rule, with a stable code, the path of the wrong property and a message in the actor's language;
 * and nothing changes in the store.
 */
class CommandValidationTest {

  static Stream<Arguments> cases() {
    return ValidationCase.all().stream()
        .flatMap(k -> Stream.of(Arguments.of(k, Locale.FRENCH), Arguments.of(k, Locale.ENGLISH)));
  }

  @ParameterizedTest(name = "{0} [{1}]")
  @MethodSource("cases")
  void invalidInputIsRefusedWithLocalisedViolationsAndChangesNothing(
      ValidationCase k, Locale locale) {
    Scene s = new Scene();
    EngineSnapshot before = EngineSnapshot.of(s.w);
    int events = s.w.events.size();

    InvalidInputException e =
        Failures.thrown(InvalidInputException.class, () -> k.call().run(s, locale));

    assertThat(e.code()).isEqualTo("invalid-input");
    assertThat(e.violations())
        .extracting(Violation::code, Violation::path)
        .containsExactlyElementsOf(
            k.expected().stream().map(x -> tuple(x.code(), x.path())).toList());
    for (int i = 0; i < k.expected().size(); i++) {
      ValidationCase.Expected x = k.expected().get(i);
      String message = e.violations().get(i).message();
      if (x.exact()) {
        assertThat(message).as("message of %s", x.path()).isEqualTo(x.message(locale));
      } else {
        assertThat(message).as("message of %s", x.path()).contains(x.message(locale));
      }
    }
    assertThat(EngineSnapshot.of(s.w)).isEqualTo(before);
    assertThat(s.w.events).as("events announced").hasSize(events);
  }

  @Test
  void everyCommandRecordHasAtLeastOneInvalidCase() {
    Set<String> covered = new HashSet<>();
    cases()
        .map(a -> ((ValidationCase) a.get()[0]).name())
        .forEach(n -> covered.add(n.substring(0, n.indexOf(':'))));
    assertThat(covered)
        .contains(
            "CreateConsultation",
            "UpdateSettings",
            "CloseEarly",
            "ExtendConsultation",
            "AddTheme",
            "UpdateTheme",
            "PublishNews",
            "AddMilestone",
            "UpdateMilestone",
            "Register",
            "UpdateProfile",
            "SubmitContribution",
            "SubmitInstitutionalContribution",
            "SubmitAssistedContribution",
            "SubmitCollectiveContribution",
            "EditContribution",
            "WithdrawContribution",
            "RecordWorkshop",
            "WorkshopPlace",
            "UpdateWorkshop",
            "PostComment",
            "CastBallot",
            "RetractBallot",
            "FlagContent",
            "Moderate");
  }

  @Test
  void aRegionalFrenchLocaleReadsFrenchAndAnyOtherLanguageReadsEnglish() {
    Scene s = new Scene();
    ValidationCase.Call blankTitle =
        (x, l) ->
            x.engine
                .contributions()
                .submit(
                    x.w.alice.withLocale(l),
                    new SubmitContribution(x.c, x.mobility, " ", "Un texte"));

    assertThat(message(s, blankTitle, Locale.CANADA_FRENCH)).isEqualTo("ne doit pas être vide");
    assertThat(message(s, blankTitle, Locale.GERMAN)).isEqualTo("must not be blank");
    assertThat(message(s, blankTitle, Locale.ROOT)).isEqualTo("must not be blank");
  }

  @Test
  void englishMessagesDoNotDependOnTheJvmDefaultLocale() {
    Locale previous = Locale.getDefault();
    Locale.setDefault(Locale.FRANCE);
    try {
      Scene s = new Scene();
      ValidationCase.Call unknownTheme =
          (x, l) ->
              x.engine
                  .contributions()
                  .submit(
                      x.w.alice.withLocale(l),
                      new SubmitContribution(x.c, x.mjTheme, "Titre", "Texte"));
      ValidationCase.Call blankTitle =
          (x, l) ->
              x.engine
                  .contributions()
                  .submit(
                      x.w.alice.withLocale(l),
                      new SubmitContribution(x.c, x.mobility, " ", "Un texte"));

      assertThat(message(s, blankTitle, Locale.ENGLISH)).isEqualTo("must not be blank");
      assertThat(message(s, unknownTheme, Locale.ENGLISH))
          .startsWith("Unknown theme for this consultation");
    } finally {
      Locale.setDefault(previous);
    }
  }

  private static String message(Scene s, ValidationCase.Call call, Locale locale) {
    InvalidInputException e =
        Failures.thrown(InvalidInputException.class, () -> call.run(s, locale));
    assertThat(e.violations()).hasSize(1);
    return e.violations().get(0).message();
  }
}
