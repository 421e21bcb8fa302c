package org.openconsultation.core;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
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
import org.openconsultation.core.command.SubmitAssistedContribution;
import org.openconsultation.core.command.SubmitCollectiveContribution;
import org.openconsultation.core.command.SubmitContribution;
import org.openconsultation.core.command.SubmitInstitutionalContribution;
import org.openconsultation.core.command.WorkshopPlace;
import org.openconsultation.core.export.CsvFormat;
import org.openconsultation.core.export.ExportOptions;
import org.openconsultation.core.export.ExportTable;
import org.openconsultation.core.export.Pseudonyms;
import org.openconsultation.core.memory.InMemoryStore;
import org.openconsultation.core.model.Actor;
import org.openconsultation.core.model.Ballot;
import org.openconsultation.core.model.Comment;
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
 * The small consultation whose exports are quoted in {@code docs/publishing/csv-and-open-data.md}:
 * deterministic identifiers, clock and pseudonyms, so that the files are the same at every run.
 */
final class CsvExportDocScene {

  static final byte[] SECRET = "secret de la publication 2026".getBytes(StandardCharsets.UTF_8);

  /** The options of the documented files: pseudonyms under a fixed secret, and a source. */
  static final ExportOptions OPTIONS =
      ExportOptions.defaults()
          .withPseudonyms(Pseudonyms.keyed(SECRET))
          .withSource("https://participez.rennes.example/c/plan-velo");

  final MutableClock clock = new MutableClock(TestWorld.T0);
  final ConsultationEngine engine;
  final ConsultationId c;
  final Actor organiser = Actor.of(ParticipantId.of("organiser"), Role.ORGANISER);

  CsvExportDocScene() {
    AtomicLong ids = new AtomicLong();
    engine =
        ConsultationEngine.builder()
            .store(new InMemoryStore())
            .clock(clock)
            .ids(
                () ->
                    new UUID(
                        0x0195_8c00_0000_7000L, 0x8000_0000_0000_0000L | ids.incrementAndGet()))
            .permalinks(
                PermalinkTemplate.of("https://participez.rennes.example/c/{slug}/{reference}"))
            .build();
    Actor alice = Actor.participant(ParticipantId.of("alice"));
    Actor bob = Actor.participant(ParticipantId.of("bob"));
    Actor asso = Actor.participant(ParticipantId.of("rayons-d-action"));
    Actor facilitator = Actor.of(ParticipantId.of("facilitator"), Role.FACILITATOR);
    ZoneId paris = ZoneId.of("Europe/Paris");
    c =
        engine
            .consultations()
            .create(
                organiser,
                CreateConsultation.of(
                        "plan-velo",
                        "Plan vélo de Rennes",
                        new Schedule(
                            clock.instant().minus(Duration.ofHours(1)),
                            clock.instant().plus(Duration.ofDays(30)),
                            paris))
                    .withDescription("Où et comment mieux circuler à vélo ?"))
            .id();
    engine.consultations().publish(organiser, c);
    ThemeId tracks = engine.themes().add(organiser, new AddTheme(c, "Pistes cyclables", "")).id();
    ThemeId parking =
        engine
            .themes()
            .add(organiser, new AddTheme(c, "Stationnement", "Arceaux, abris, consignes"))
            .id();
    for (Actor a : List.of(alice, bob, facilitator)) {
      engine.participants().register(a, new Register(c, "?", ParticipantKind.PERSON, "35", "1"));
    }
    engine
        .participants()
        .register(asso, new Register(c, "?", ParticipantKind.ASSOCIATION, "35", "1"));
    step();
    Contribution brest =
        engine
            .contributions()
            .submit(
                alice,
                new SubmitContribution(
                    c,
                    tracks,
                    "Une piste rue de Brest, côté nord",
                    "Séparée de la chaussée, avec de \"vrais\" plots ;\nsur 800 m.",
                    new GeoPoint(48.1119, -1.6953)));
    step();
    Contribution fewer =
        engine
            .contributions()
            .submit(bob, new SubmitContribution(c, tracks, "-10 % de voitures", "Moins d'autos"));
    step();
    engine
        .contributions()
        .edit(
            bob,
            new EditContribution(
                c,
                fewer.id(),
                "Moins de voitures en ville",
                "Moins d'autos, plus de vélos",
                "Titre précisé"));
    step();
    engine
        .contributions()
        .submitInstitutional(
            asso,
            new SubmitInstitutionalContribution(
                c, parking, "Des abris sécurisés", "Près des gares.", "Rayons d'action", null));
    step();
    Workshop workshop =
        engine
            .workshops()
            .record(
                organiser,
                new RecordWorkshop(
                    c,
                    "Atelier du Blosne",
                    "",
                    LocalDateTime.of(2026, 3, 5, 18, 30),
                    new WorkshopPlace(
                        "Maison de quartier",
                        "2 rue de Brest, Rennes",
                        "35",
                        new GeoPoint(48.1113, -1.692),
                        paris),
                    14,
                    Set.of(facilitator.participant()),
                    List.of(tracks, parking)));
    step();
    Contribution collective =
        engine
            .contributions()
            .submitCollective(
                facilitator,
                new SubmitCollectiveContribution(
                    c,
                    workshop.id(),
                    parking,
                    "Un arceau tous les 50 m",
                    "Proposé par 9 sur 14.",
                    null));
    step();
    engine
        .contributions()
        .submitAssisted(
            facilitator,
            new SubmitAssistedContribution(
                c,
                parking,
                "=Des arceaux à la mairie",
                "Dit à l'accueil.",
                "M. Le Goff",
                "35",
                null));
    step();
    Comment agree =
        engine
            .comments()
            .post(
                bob,
                new PostComment(
                    c, brest.id(), null, "D'accord, et éclairée la nuit", Stance.AGREE));
    step();
    engine.comments().post(alice, new PostComment(c, brest.id(), agree.id(), "Oui 👍", null));
    step();
    engine.votes().cast(bob, new CastBallot(c, brest.id(), Ballot.support()));
    engine.votes().cast(asso, new CastBallot(c, brest.id(), Ballot.support()));
    engine.votes().cast(alice, new CastBallot(c, collective.id(), Ballot.support()));
  }

  /** The schedule of the documented consultation. */
  Schedule schedule() {
    return new Schedule(
        TestWorld.T0.minus(Duration.ofHours(1)),
        TestWorld.T0.plus(Duration.ofDays(30)),
        ZoneId.of("Europe/Paris"));
  }

  private void step() {
    clock.advance(Duration.ofMinutes(10));
  }

  /** One table as the organiser exports it with the documented options. */
  String csv(ExportTable table, CsvFormat format) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    engine.exports().csv(organiser, c, table, out, OPTIONS.withCsvFormat(format));
    return out.toString(StandardCharsets.UTF_8);
  }

  /** The open-data package as the organiser exports it with the documented options. */
  byte[] openDataPackage() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    engine.exports().openDataPackage(organiser, c, out, OPTIONS);
    return out.toByteArray();
  }
}
