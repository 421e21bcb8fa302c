package org.openconsultation.core;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import org.openconsultation.core.command.AddTheme;
import org.openconsultation.core.command.CastBallot;
import org.openconsultation.core.command.CreateConsultation;
import org.openconsultation.core.command.EditContribution;
import org.openconsultation.core.command.PostComment;
import org.openconsultation.core.command.RecordWorkshop;
import org.openconsultation.core.command.Register;
import org.openconsultation.core.command.SubmitCollectiveContribution;
import org.openconsultation.core.command.SubmitContribution;
import org.openconsultation.core.command.SubmitInstitutionalContribution;
import org.openconsultation.core.command.WorkshopPlace;
import org.openconsultation.core.export.ExportOptions;
import org.openconsultation.core.export.ExportTable;
import org.openconsultation.core.export.MapLayer;
import org.openconsultation.core.export.Pseudonyms;
import org.openconsultation.core.memory.InMemoryStore;
import org.openconsultation.core.model.Actor;
import org.openconsultation.core.model.Ballot;
import org.openconsultation.core.model.ConsultationId;
import org.openconsultation.core.model.Contribution;
import org.openconsultation.core.model.GeoPoint;
import org.openconsultation.core.model.ParticipantId;
import org.openconsultation.core.model.ParticipantKind;
import org.openconsultation.core.model.PermalinkTemplate;
import org.openconsultation.core.model.Role;
import org.openconsultation.core.model.Schedule;
import org.openconsultation.core.model.Stance;
import org.openconsultation.core.model.ThemeId;
import org.openconsultation.core.model.Workshop;

/**
 * The samples of {@code docs/publishing/json-and-geojson.md}, made by the engine from a small
 * consultation with fixed ids, clock and pseudonymisation secret, so that they never change. Run
 * {@link #main} to print them.
 */
final class JsonExportSamples {

  private static final ZoneId GUADELOUPE = ZoneId.of("America/Guadeloupe");
  private static final ExportOptions OPTIONS =
      ExportOptions.defaults()
          .withPseudonyms(
              Pseudonyms.keyed("documentation sample secret".getBytes(StandardCharsets.UTF_8)));
  private static final DefaultPrettyPrinter PRETTY =
      new DefaultPrettyPrinter()
          .withSeparators(
              Separators.createDefaultInstance()
                  .withObjectFieldValueSpacing(Separators.Spacing.AFTER));

  private final MutableClock clock = new MutableClock(Instant.parse("2026-03-02T12:00:00Z"));
  private final AtomicLong ids = new AtomicLong();
  private final ConsultationEngine engine =
      ConsultationEngine.builder()
          .store(new InMemoryStore())
          .clock(clock)
          .ids(
              () ->
                  UUID.fromString(
                      String.format("01955a3c-0000-7000-8000-%012x", ids.incrementAndGet())))
          .permalinks(PermalinkTemplate.of("https://participez.example.fr/c/{slug}/{reference}"))
          .build();
  private final Actor organiser = Actor.of(ParticipantId.of("organiser"), Role.ORGANISER);
  private final Actor facilitator = Actor.of(ParticipantId.of("facilitator"), Role.FACILITATOR);
  private final Actor alice = Actor.participant(ParticipantId.of("alice"));
  private final Actor bob = Actor.participant(ParticipantId.of("bob"));
  private final Actor association = Actor.participant(ParticipantId.of("velo-cite"));
  private final ConsultationId c;

  private JsonExportSamples() {
    c =
        engine
            .consultations()
            .create(
                organiser,
                CreateConsultation.of(
                        "plan-velo",
                        "Plan vélo de Pointe-à-Pitre",
                        Schedule.days(
                            LocalDate.of(2026, 3, 1), LocalDate.of(2026, 4, 30), GUADELOUPE))
                    .withDescription("Où circuler à vélo ?"))
            .id();
    engine.consultations().publish(organiser, c);
    ThemeId mobility = engine.themes().add(organiser, new AddTheme(c, "Mobilité", "")).id();
    engine.themes().add(organiser, new AddTheme(c, "Espaces publics", "Places, parcs, rues"));
    for (Actor a : List.of(alice, bob, facilitator)) {
      engine.participants().register(a, new Register(c, "Nom", ParticipantKind.PERSON, "971", "1"));
    }
    engine
        .participants()
        .register(
            association, new Register(c, "Vélo Cité", ParticipantKind.ASSOCIATION, "971", "1"));
    clock.advance(Duration.ofMinutes(10));
    Contribution lane =
        engine
            .contributions()
            .submit(
                alice,
                new SubmitContribution(
                    c,
                    mobility,
                    "Une piste sur le boulevard",
                    "Une piste protégée du port à l'université.",
                    new GeoPoint(16.2415, -61.5331)));
    clock.advance(Duration.ofMinutes(10));
    engine
        .contributions()
        .submitInstitutional(
            association,
            new SubmitInstitutionalContribution(
                c,
                mobility,
                "Des arceaux devant les écoles",
                "Notre association propose 200 arceaux.",
                "Vélo Cité",
                new GeoPoint(16.2650, -61.5510)));
    clock.advance(Duration.ofDays(3));
    Workshop workshop =
        engine
            .workshops()
            .record(
                organiser,
                new RecordWorkshop(
                    c,
                    "Atelier mobilité",
                    "Cartes et trajets du quotidien.",
                    LocalDateTime.of(2026, 3, 5, 18, 0),
                    new WorkshopPlace(
                        "Médiathèque",
                        "1 rue Frébault, Pointe-à-Pitre",
                        "971",
                        new GeoPoint(16.2411, -61.5325),
                        GUADELOUPE),
                    12,
                    Set.of(facilitator.participant()),
                    List.of(mobility)));
    clock.advance(Duration.ofDays(1));
    engine
        .contributions()
        .submitCollective(
            facilitator,
            new SubmitCollectiveContribution(
                c, workshop.id(), mobility, "Synthèse de l'atelier", "Des rues apaisées.", null));
    engine
        .contributions()
        .edit(
            alice,
            new EditContribution(
                c, lane.id(), lane.title(), "Une piste protégée du port au campus.", "campus"));
    engine
        .comments()
        .post(bob, new PostComment(c, lane.id(), null, "Oui, et éclairée.", Stance.AGREE));
    engine.votes().cast(bob, new CastBallot(c, lane.id(), Ballot.support()));
  }

  /** Every sample, by the name its marker in the documentation gives. */
  static Map<String, String> samples() {
    return new JsonExportSamples().all();
  }

  private Map<String, String> all() {
    Map<String, String> samples = new LinkedHashMap<>();
    for (ExportTable table : ExportTable.values()) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      engine.exports().jsonLines(organiser, c, table, out, OPTIONS);
      String first = out.toString(StandardCharsets.UTF_8).lines().findFirst().orElse("");
      samples.put(table.fileStem() + ".jsonl", first);
    }
    ByteArrayOutputStream document = new ByteArrayOutputStream();
    engine.exports().json(organiser, c, document, OPTIONS);
    samples.put(
        "document.json",
        layout(JsonExportFixture.parse(document.toString(StandardCharsets.UTF_8))));
    for (MapLayer layer : List.of(MapLayer.WORKSHOPS, MapLayer.INSTITUTIONAL_CONTRIBUTIONS)) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      engine.exports().geoJson(alice, c, layer, out, OPTIONS);
      samples.put(
          layer.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-') + ".geojson",
          pretty(JsonExportFixture.parse(out.toString(StandardCharsets.UTF_8))));
    }
    return samples;
  }

  /** The document with one property per line and one array element per line. */
  private static String layout(JsonNode document) {
    StringBuilder text = new StringBuilder("{\n");
    Iterator<Map.Entry<String, JsonNode>> properties = document.properties().iterator();
    while (properties.hasNext()) {
      Map.Entry<String, JsonNode> p = properties.next();
      text.append("  \"").append(p.getKey()).append("\": ");
      if (p.getValue().isArray()) {
        text.append("[\n");
        Iterator<JsonNode> items = p.getValue().elements();
        while (items.hasNext()) {
          text.append("    ").append(items.next()).append(items.hasNext() ? ",\n" : "\n");
        }
        text.append("  ]");
      } else {
        text.append(p.getValue());
      }
      text.append(properties.hasNext() ? ",\n" : "\n");
    }
    return text.append("}").toString();
  }

  private static String pretty(JsonNode node) {
    try {
      return JsonExportFixture.MAPPER.writer(PRETTY).writeValueAsString(node);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Prints every sample under its marker, ready to paste into the documentation. */
  public static void main(String[] args) {
    samples()
        .forEach(
            (name, text) ->
                System.out.println("<!-- sample: " + name + " -->\n```json\n" + text + "\n```\n"));
  }
}
