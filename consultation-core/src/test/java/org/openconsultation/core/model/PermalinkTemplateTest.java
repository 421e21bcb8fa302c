package org.openconsultation.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** How a permalink template turns a citation reference into a host's address. */
class PermalinkTemplateTest {

  private static final ConsultationId ID =
      ConsultationId.parse("01890a5d-ac96-774b-bcce-b302099a8057");

  private static Consultation consultation(String slug) {
    Instant opens = Instant.parse("2026-03-02T00:00:00Z");
    return new Consultation(
        ID,
        slug,
        "Plan vélo",
        "",
        ParticipantId.of("organiser"),
        Locale.FRENCH,
        new Schedule(opens, opens.plusSeconds(86_400 * 30), ZoneId.of("Europe/Paris")),
        ConsultationSettings.defaults(),
        Lifecycle.draft(),
        "1",
        opens,
        0);
  }

  @Test
  void theDefaultIsARelativePathBySlugAndReference() {
    PermalinkTemplate relative = PermalinkTemplate.relative();

    assertThat(relative.link(consultation("plan-velo"), new Reference(42)))
        .isEqualTo("/c/plan-velo/C-42");
    assertThat(relative.template()).isEqualTo("/c/{slug}/{reference}");
  }

  @Test
  void everyPlaceholderIsReplacedAndTheRestKeptAsWritten() {
    PermalinkTemplate t =
        PermalinkTemplate.of(
            "https://participez.example.fr/{slug}/{consultation}/n{number}?cite={reference}#top");

    assertThat(t.link(consultation("plan-velo"), new Reference(42)))
        .isEqualTo("https://participez.example.fr/plan-velo/" + ID + "/n42?cite=C-42#top");
  }

  @Test
  void aRevisionLinkCitesTheRevisionAndKeepsTheContributionsNumber() {
    PermalinkTemplate t = PermalinkTemplate.of("/c/{slug}/{reference}/{number}");
    RevisionReference cited = new Reference(42).at(2);

    assertThat(t.link(consultation("plan-velo"), cited)).isEqualTo("/c/plan-velo/C-42.2/42");
  }

  @Test
  void aPlaceholderMayAppearSeveralTimes() {
    PermalinkTemplate t = PermalinkTemplate.of("/{reference}/{reference}");

    assertThat(t.link(consultation("x"), new Reference(7))).isEqualTo("/C-7/C-7");
  }

  @Test
  void valuesArePercentEncodedAsPathSegments() {
    PermalinkTemplate t = PermalinkTemplate.of("/c/{slug}/{number}");

    assertThat(t.link(consultation("vélo et/ou bus?#&"), new Reference(1)))
        .isEqualTo("/c/v%C3%A9lo%20et%2Fou%20bus%3F%23%26/1");
  }

  @Test
  void dollarSignsAndBackslashesInValuesAreNotReadAsGroupReferences() {
    PermalinkTemplate t = PermalinkTemplate.of("/{slug}/{reference}");

    assertThat(t.link(consultation("a$1\\b"), new Reference(3))).isEqualTo("/a%241%5Cb/C-3");
  }

  @Test
  void aTemplateWithOnlyTheNumberIdentifiesTheContribution() {
    PermalinkTemplate t = PermalinkTemplate.of("/contributions/{number}");

    assertThat(t.link(consultation("x"), new Reference(12).at(3))).isEqualTo("/contributions/12");
  }

  @ParameterizedTest
  @ValueSource(strings = {"/c/{slug}", "https://example.fr/", "", "/c/{consultation}"})
  void aTemplateThatDoesNotIdentifyTheContributionIsRefused(String template) {
    assertThatThrownBy(() -> PermalinkTemplate.of(template))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("{reference} or {number}");
  }

  @ParameterizedTest
  @ValueSource(strings = {"/c/{id}/{reference}", "/c/{}/{reference}", "/{Reference}/{number}"})
  void anUnknownPlaceholderIsRefused(String template) {
    assertThatThrownBy(() -> PermalinkTemplate.of(template))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("unknown placeholder");
  }

  @Test
  void aNullTemplateIsRefused() {
    assertThatThrownBy(() -> new PermalinkTemplate(null)).isInstanceOf(NullPointerException.class);
  }

  @Test
  void aLinkNeedsAConsultation() {
    assertThatThrownBy(() -> PermalinkTemplate.relative().link(null, new Reference(1)))
        .isInstanceOf(NullPointerException.class);
  }

  @Test
  void templatesAreValuesEqualByTheirPattern() {
    assertThat(PermalinkTemplate.of("/c/{slug}/{reference}"))
        .isEqualTo(PermalinkTemplate.relative());
  }
}
