package org.openconsultation.core;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.openconsultation.core.command.RecordWorkshop;
import org.openconsultation.core.command.SubmitCollectiveContribution;
import org.openconsultation.core.command.SubmitInstitutionalContribution;
import org.openconsultation.core.command.WorkshopPlace;
import org.openconsultation.core.model.Actor;
import org.openconsultation.core.model.ConsultationId;
import org.openconsultation.core.model.Contribution;
import org.openconsultation.core.model.GeoPoint;
import org.openconsultation.core.model.ParticipantId;
import org.openconsultation.core.model.ParticipantKind;
import org.openconsultation.core.model.ThemeId;
import org.openconsultation.core.model.Workshop;

/**
 * The consultation the dashboard guide shows: eight days of a cycling plan in Paris time, with
 * people in five territories (two overseas), five workshops, contributions of every kind, comments
 * and supports spread over the days by a seeded generator.
 */
final class DashboardSampleScene {

  /** The day after the last one shown, 20:00 in Paris. */
  static final Instant TODAY = Instant.parse("2026-03-09T19:00:00Z");

  private static final String[] TITLES = {
    "Une piste protégée sur les quais",
    "Des arceaux devant chaque école",
    "Éclairer les passages souterrains",
    "Des vélos-cargos en location",
    "Relier les gares par des pistes",
    "Un abri vélo sécurisé par quartier",
    "Ralentir les voitures près des pistes",
    "Une carte des itinéraires sûrs",
  };

  final DashboardFixture f = new DashboardFixture();
  final ConsultationId c = f.open(TestWorld.PARIS);
  final List<ThemeId> themes =
      List.of(
          f.w.theme(c, "Pistes cyclables"),
          f.w.theme(c, "Stationnement vélo"),
          f.w.theme(c, "Sécurité"));
  final List<Contribution> contributions = new ArrayList<>();

  DashboardSampleScene() {
    String[] territories = {
      "75", "75", "75", "75", "75", "75", "75", "69", "69", "69", "13", "13", "971", "971", "974"
    };
    Random random = new Random(7);
    f.w.register(f.w.facilitator, c);
    f.w.register(f.w.association, c, ParticipantKind.ASSOCIATION, "75");
    List<Workshop> workshops = workshops();
    List<Actor> people = new ArrayList<>();
    for (int day = 0; day < 8; day++) {
      at(day, 7);
      for (int i = 0; i < territories.length; i++) {
        if (i % 5 == day) {
          Actor a = Actor.participant(ParticipantId.of(String.format("p%02d", i + 1)));
          f.w.register(a, c, ParticipantKind.PERSON, territories[i]);
          people.add(a);
        }
      }
      at(day, 12);
      if (day % 2 == 1) {
        for (int k = 0; k < 2; k++) {
          Actor author = people.get(random.nextInt(people.size()));
          contributions.add(
              f.w.submit(author, c, themes.get(random.nextInt(3)), TITLES[(day / 2) * 2 + k]));
        }
      }
      if (day == 2) {
        contributions.add(institutional());
      }
      if (day == 3 || day == 5) {
        contributions.add(collective(workshops.get(day == 3 ? 0 : 3)));
      }
      at(day, 17);
      for (Actor a : people) {
        if (!contributions.isEmpty() && random.nextInt(4) == 0) {
          f.comment(a, c, contributions.get(random.nextInt(contributions.size())));
        }
        if (!contributions.isEmpty() && random.nextInt(3) == 0) {
          f.support(a, c, contributions.get(random.nextInt(contributions.size())));
        }
      }
    }
    f.w.clock.set(TODAY);
  }

  private void at(int day, int hourInParis) {
    f.w.clock.set(
        LocalDateTime.of(2026, 3, 2 + day, hourInParis, 0)
            .atZone(ZoneId.of("Europe/Paris"))
            .toInstant()
            .plus(Duration.ofMinutes(day)));
  }

  private Contribution institutional() {
    return f.engine
        .contributions()
        .submitInstitutional(
            f.w.association,
            new SubmitInstitutionalContribution(
                c,
                themes.get(1),
                "Le stationnement vélo dans les immeubles",
                "Notre association propose…",
                "Association Vélo Paris",
                null));
  }

  private Contribution collective(Workshop w) {
    return f.engine
        .contributions()
        .submitCollective(
            f.w.facilitator,
            new SubmitCollectiveContribution(
                c, w.id(), themes.get(2), "Synthèse : " + w.title(), "L'atelier propose…", null));
  }

  private List<Workshop> workshops() {
    return List.of(
        workshop("Atelier de la Bastille", 3, "75", 48.8532, 2.3691, 35, "Europe/Paris"),
        workshop("Atelier de la Part-Dieu", 4, "69", 45.7606, 4.8594, 22, "Europe/Paris"),
        workshop("Atelier du Vieux-Port", 5, "13", 43.2951, 5.3744, 18, "Europe/Paris"),
        workshop(
            "Atelier de Pointe-à-Pitre", 5, "971", 16.2411, -61.5331, 12, "America/Guadeloupe"),
        workshop("Atelier de Saint-Denis", 6, "974", -20.8823, 55.4504, 15, "Indian/Reunion"));
  }

  private Workshop workshop(
      String title, int day, String territory, double lat, double lon, int attendees, String zone) {
    return f.engine
        .workshops()
        .record(
            f.w.organiser,
            new RecordWorkshop(
                c,
                title,
                "",
                LocalDateTime.of(2026, 3, 2 + day, 18, 0),
                new WorkshopPlace(
                    "Salle municipale",
                    "Centre-ville",
                    territory,
                    new GeoPoint(lat, lon),
                    ZoneId.of(zone)),
                attendees,
                Set.of(f.w.facilitator.participant()),
                List.of(themes.get(2))));
  }
}
