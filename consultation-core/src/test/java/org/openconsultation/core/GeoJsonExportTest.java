package org.openconsultation.core;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openconsultation.core.command.Moderate;
import org.openconsultation.core.command.SubmitContribution;
import org.openconsultation.core.command.SubmitInstitutionalContribution;
import org.openconsultation.core.export.ExportOptions;
import org.openconsultation.core.export.MapLayer;
import org.openconsultation.core.model.ContentRef;
import org.openconsultation.core.model.Contribution;
import org.openconsultation.core.model.GeoPoint;
import org.openconsultation.core.model.ModerationAction;

/** The GeoJSON map layers: RFC 7946 FeatureCollections of points that uMap shows well. */
class GeoJsonExportTest {

  private final Scene s = new Scene();
  private final JsonExportFixture exports = new JsonExportFixture(s.engine);
  private final ExportOptions options = ExportOptions.defaults();
  private Contribution cycleLane;
  private Contribution hiddenBench;
  private Contribution association;

  @BeforeEach
  void placeContributions() {
    cycleLane =
        s.engine
            .contributions()
            .submit(
                s.w.alice,
                new SubmitContribution(
                    s.c,
                    s.mobility,
                    "Piste rue de Rivoli",
                    "Une piste protégée.",
                    new GeoPoint(48.8606, 2.3376)));
    hiddenBench =
        s.engine
            .contributions()
            .submit(
                s.w.bob,
                new SubmitContribution(
                    s.c, s.housing, "Des bancs", "Partout.", new GeoPoint(45.764, 4.8357)));
    s.engine
        .moderation()
        .decide(
            s.w.moderator,
            new Moderate(s.c, ContentRef.of(hiddenBench.id()), ModerationAction.HIDE, "Doublon"));
    association =
        s.engine
            .contributions()
            .submitInstitutional(
                s.w.association,
                new SubmitInstitutionalContribution(
                    s.c,
                    s.mobility,
                    "Le vélo en Guadeloupe",
                    "Notre position.",
                    "Vélo Cité 971",
                    new GeoPoint(16.2650, -61.5510)));
  }

  /** Checks the structure every layer shares and returns its features. */
  private static List<JsonNode> features(JsonNode collection) {
    assertThat(collection.get("type").textValue()).isEqualTo("FeatureCollection");
    List<JsonNode> features = new ArrayList<>();
    collection.get("features").forEach(features::add);
    for (JsonNode f : features) {
      assertThat(f.get("type").textValue()).isEqualTo("Feature");
      assertThat(f.get("id").isTextual()).isTrue();
      JsonNode geometry = f.get("geometry");
      assertThat(geometry.get("type").textValue()).isEqualTo("Point");
      JsonNode coordinates = geometry.get("coordinates");
      assertThat(coordinates).hasSize(2);
      assertThat(coordinates.get(0).isNumber() && coordinates.get(1).isNumber()).isTrue();
      double longitude = coordinates.get(0).doubleValue();
      double latitude = coordinates.get(1).doubleValue();
      assertThat(Double.isFinite(longitude) && Double.isFinite(latitude)).isTrue();
      assertThat(longitude).isBetween(-180.0, 180.0);
      assertThat(latitude).isBetween(-90.0, 90.0);
      assertThat(f.get("properties").get("name").textValue()).isNotBlank();
      assertThat(f.get("properties").get("description").isTextual()).isTrue();
    }
    return features;
  }

  @Test
  void theContributionsLayerHoldsPublishedContributionsWithALocationWhoeverExportsIt() {
    for (var actor : List.of(s.w.visitor, s.w.organiser)) {
      List<JsonNode> features =
          features(exports.geoJson(actor, s.c, MapLayer.CONTRIBUTIONS, options));

      assertThat(features)
          .extracting(f -> f.get("id").textValue())
          .containsExactly(
              s.collective.reference().toString(),
              cycleLane.reference().toString(),
              association.reference().toString());
      assertThat(features).allMatch(f -> f.get("properties").get("link").isTextual());
    }
  }

  /** The feature of {@code contribution} in {@code layer}. */
  private static JsonNode featureOf(JsonNode layer, Contribution contribution) {
    return features(layer).stream()
        .filter(f -> f.get("id").textValue().equals(contribution.reference().toString()))
        .findFirst()
        .orElseThrow();
  }

  @Test
  void coordinatesAreLongitudeThenLatitude() {
    JsonNode feature =
        featureOf(exports.geoJson(s.w.visitor, s.c, MapLayer.CONTRIBUTIONS, options), cycleLane);

    assertThat(feature.get("geometry").get("coordinates").get(0).doubleValue()).isEqualTo(2.3376);
    assertThat(feature.get("geometry").get("coordinates").get(1).doubleValue()).isEqualTo(48.8606);
  }

  @Test
  void aContributionShowsItsTitleTextPermalinkAndFacts() {
    JsonNode properties =
        features(exports.geoJson(s.w.visitor, s.c, MapLayer.INSTITUTIONAL_CONTRIBUTIONS, options))
            .get(0)
            .get("properties");
    String slug = s.engine.consultations().get(s.w.organiser, s.c).slug();

    assertThat(properties.get("name").textValue()).isEqualTo("Le vélo en Guadeloupe");
    assertThat(properties.get("description").textValue()).isEqualTo("Notre position.");
    assertThat(properties.get("link").textValue())
        .isEqualTo("/c/" + slug + "/" + association.reference());
    assertThat(properties.get("reference").textValue())
        .isEqualTo(association.reference().toString());
    assertThat(properties.get("kind").textValue()).isEqualTo("institutional");
    assertThat(properties.get("theme").textValue()).isEqualTo("Mobilité");
    assertThat(properties.get("organisation").textValue()).isEqualTo("Vélo Cité 971");
  }

  @Test
  void theInstitutionalLayerHoldsOnlyInstitutionalContributions() {
    assertThat(
            features(
                exports.geoJson(s.w.visitor, s.c, MapLayer.INSTITUTIONAL_CONTRIBUTIONS, options)))
        .extracting(f -> f.get("properties").get("kind").textValue())
        .containsExactly("institutional");
  }

  @Test
  void aRelativePermalinkIsMadeAbsoluteAgainstTheSourceAddress() {
    JsonNode feature =
        featureOf(
            exports.geoJson(
                s.w.visitor,
                s.c,
                MapLayer.CONTRIBUTIONS,
                options.withSource("https://participez.example.fr/plan-velo")),
            cycleLane);
    String slug = s.engine.consultations().get(s.w.organiser, s.c).slug();

    assertThat(feature.get("properties").get("link").textValue())
        .isEqualTo("https://participez.example.fr/c/" + slug + "/" + cycleLane.reference());
  }

  @Test
  void aWorkshopShowsItsDatePlaceAttendeesAndThemesInTheConsultationsLanguage() {
    List<JsonNode> features =
        features(exports.geoJson(s.w.visitor, s.c, MapLayer.WORKSHOPS, options));
    JsonNode properties = features.get(0).get("properties");

    assertThat(features).hasSize(1);
    assertThat(features.get(0).get("id").textValue()).isEqualTo(s.workshop.id().toString());
    assertThat(features.get(0).get("geometry").get("coordinates").get(0).doubleValue())
        .isEqualTo(-61.5331);
    assertThat(properties.get("name").textValue()).isEqualTo("Atelier mobilité");
    assertThat(properties.get("description").textValue())
        .isEqualTo(
            "5 mars 2026 à 18h00\n"
                + "Médiathèque, 1 rue Frébault, Pointe-à-Pitre\n"
                + "12 participants\n"
                + "Thèmes : Mobilité");
    assertThat(properties.get("date").textValue()).isEqualTo("2026-03-05T18:00:00-04:00");
    assertThat(properties.get("attendees").intValue()).isEqualTo(12);
    assertThat(properties.has("link")).isFalse();
  }

  @Test
  void featureIdsAreTheSameInEveryExport() {
    for (MapLayer layer : MapLayer.values()) {
      assertThat(exports.geoJson(s.w.visitor, s.c, layer, options))
          .as(layer.name())
          .isEqualTo(exports.geoJson(s.w.organiser, s.c, layer, options));
    }
  }
}
