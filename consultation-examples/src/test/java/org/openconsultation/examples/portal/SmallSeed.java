package org.openconsultation.examples.portal;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.openconsultation.core.ConsultationEngine;
import org.openconsultation.core.command.AddMilestone;
import org.openconsultation.core.command.AddTheme;
import org.openconsultation.core.command.CreateConsultation;
import org.openconsultation.core.command.PublishNews;
import org.openconsultation.core.command.RecordWorkshop;
import org.openconsultation.core.command.Register;
import org.openconsultation.core.command.SubmitContribution;
import org.openconsultation.core.command.WorkshopPlace;
import org.openconsultation.core.model.Actor;
import org.openconsultation.core.model.ConsultationId;
import org.openconsultation.core.model.GeoPoint;
import org.openconsultation.core.model.MilestoneStatus;
import org.openconsultation.core.model.ParticipantId;
import org.openconsultation.core.model.ParticipantKind;
import org.openconsultation.core.model.Role;
import org.openconsultation.core.model.Schedule;
import org.openconsultation.core.model.ThemeId;
import org.openconsultation.examples.seed.DemoPerson;

/**
 * A small consultation for the portal's tests: two themes, two contributions, one workshop, five
 * demo people (one per role, two participants). Open from 1 February to 31 March 2017 in Paris; the
 * portal goes live on 1 March.
 */
public final class SmallSeed implements PortalSeed {

  public static final String SLUG = "petite-demo";
  public static final DemoPerson ORGANISER =
      person("demo-claire", "Claire Organisatrice", Role.ORGANISER);
  public static final DemoPerson MODERATOR = person("demo-marc", "Marc Modérateur", Role.MODERATOR);
  public static final DemoPerson FACILITATOR =
      new DemoPerson(
          ParticipantId.of("demo-ines"),
          "Inès Animatrice",
          ParticipantKind.PERSON,
          "69",
          EnumSet.of(Role.FACILITATOR, Role.PARTICIPANT),
          "Anime les ateliers du quartier.");
  public static final DemoPerson ALICE = person("demo-alice", "Alice Martin", Role.PARTICIPANT);
  public static final DemoPerson BRUNO = person("demo-bruno", "Bruno Petit", Role.PARTICIPANT);
  public static final String FIRST = "Des bancs dans le parc";
  public static final String SECOND = "Une piste cyclable rue Centrale";

  /** A seed of the small consultation. */
  public SmallSeed() {}

  @Override
  public SeededConsultation seed(ConsultationEngine engine, PortalClock clock) {
    clock.set(at(2017, 1, 15, 9));
    Actor organiser = actor(ORGANISER);
    ConsultationId id =
        engine
            .consultations()
            .create(
                organiser,
                CreateConsultation.of(
                        SLUG,
                        "Notre quartier en 2020",
                        Schedule.days(
                            LocalDate.of(2017, 2, 1), LocalDate.of(2017, 3, 31), Portal.ZONE))
                    .withDescription("Que voulez-vous pour le quartier ?\n\nDites-le nous."))
            .id();
    ThemeId parks =
        engine.themes().add(organiser, new AddTheme(id, "Parcs", "Les espaces verts.")).id();
    ThemeId streets =
        engine.themes().add(organiser, new AddTheme(id, "Rues", "Circuler à pied, à vélo.")).id();
    engine
        .milestones()
        .add(
            organiser,
            new AddMilestone(id, "Ouverture", "", LocalDate.of(2017, 2, 1), MilestoneStatus.DONE));
    engine.consultations().publish(organiser, id);
    clock.set(at(2017, 2, 2, 10));
    engine.news().publish(organiser, new PublishNews(id, "C'est ouvert", "Participez !"));
    for (DemoPerson p : List.of(ALICE, BRUNO, FACILITATOR)) {
      engine
          .participants()
          .register(actor(p), new Register(id, p.displayName(), p.kind(), p.territory(), "1"));
    }
    clock.set(at(2017, 2, 3, 11));
    engine
        .contributions()
        .submit(actor(ALICE), new SubmitContribution(id, parks, FIRST, "Pour s'asseoir."));
    clock.set(at(2017, 2, 4, 11));
    engine
        .contributions()
        .submit(actor(BRUNO), new SubmitContribution(id, streets, SECOND, "Pour rouler."));
    clock.set(at(2017, 2, 10, 18));
    engine
        .workshops()
        .record(
            actor(FACILITATOR),
            new RecordWorkshop(
                id,
                "Atelier de la maison de quartier",
                "Vingt habitants autour d'une table.",
                LocalDateTime.of(2017, 2, 9, 18, 30),
                new WorkshopPlace(
                    "Maison de quartier",
                    "1 place de la Mairie, Lyon",
                    "69",
                    new GeoPoint(45.76, 4.83),
                    Portal.ZONE),
                20,
                Set.of(FACILITATOR.id()),
                List.of(parks, streets)));
    return new SeededConsultation(
        id, SLUG, List.of(ORGANISER, MODERATOR, FACILITATOR, ALICE, BRUNO), at(2017, 3, 1, 10));
  }

  static Actor actor(DemoPerson p) {
    return new Actor(p.id(), p.roles(), Locale.FRENCH);
  }

  private static DemoPerson person(String id, String name, Role role) {
    return new DemoPerson(
        ParticipantId.of(id),
        name,
        ParticipantKind.PERSON,
        "75",
        Set.of(role),
        "Habite le quartier.");
  }

  private static java.time.Instant at(int year, int month, int day, int hour) {
    return LocalDateTime.of(year, month, day, hour, 0).atZone(Portal.ZONE).toInstant();
  }
}
