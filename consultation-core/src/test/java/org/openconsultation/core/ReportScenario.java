package org.openconsultation.core;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.openconsultation.core.command.AddMilestone;
import org.openconsultation.core.command.AddTheme;
import org.openconsultation.core.command.CastBallot;
import org.openconsultation.core.command.CreateConsultation;
import org.openconsultation.core.command.EditContribution;
import org.openconsultation.core.command.Moderate;
import org.openconsultation.core.command.PostComment;
import org.openconsultation.core.command.PublishNews;
import org.openconsultation.core.command.RecordWorkshop;
import org.openconsultation.core.command.Register;
import org.openconsultation.core.command.SubmitAssistedContribution;
import org.openconsultation.core.command.SubmitCollectiveContribution;
import org.openconsultation.core.command.SubmitContribution;
import org.openconsultation.core.command.SubmitInstitutionalContribution;
import org.openconsultation.core.command.UpdateMilestone;
import org.openconsultation.core.command.WorkshopPlace;
import org.openconsultation.core.memory.InMemoryStore;
import org.openconsultation.core.model.Actor;
import org.openconsultation.core.model.Ballot;
import org.openconsultation.core.model.ConsultationId;
import org.openconsultation.core.model.ConsultationSettings;
import org.openconsultation.core.model.ContentRef;
import org.openconsultation.core.model.Contribution;
import org.openconsultation.core.model.GeoPoint;
import org.openconsultation.core.model.Milestone;
import org.openconsultation.core.model.MilestoneStatus;
import org.openconsultation.core.model.ModerationAction;
import org.openconsultation.core.model.ParticipantId;
import org.openconsultation.core.model.ParticipantKind;
import org.openconsultation.core.model.PermalinkTemplate;
import org.openconsultation.core.model.Role;
import org.openconsultation.core.model.Schedule;
import org.openconsultation.core.model.Stance;
import org.openconsultation.core.model.ThemeId;
import org.openconsultation.core.model.Workshop;

/**
 * A small French consultation on cycling, played day by day through March 2026 and closed: every
 * kind of contribution, an edit, a workshop, a hidden message, comments, supports, news and a
 * timeline. The example of {@code docs/publishing/synthesis-and-digest.md}.
 */
final class ReportScenario {

  static final ZoneId PARIS = ZoneId.of("Europe/Paris");
  static final PermalinkTemplate LINKS =
      PermalinkTemplate.of("https://participez.villeneuve.fr/c/{slug}/{reference}");

  final MutableClock clock = new MutableClock(local("2026-02-20T10:00"));
  final ConsultationEngine engine =
      ConsultationEngine.builder()
          .store(new InMemoryStore())
          .clock(clock)
          .permalinks(LINKS)
          .build();

  final Actor organiser = Actor.of(ParticipantId.of("mairie"), Role.ORGANISER);
  final Actor moderator = Actor.of(ParticipantId.of("moderation"), Role.MODERATOR);
  final Actor nadia = Actor.of(ParticipantId.of("nadia"), Role.FACILITATOR);
  final Actor camille = Actor.participant(ParticipantId.of("camille"));
  final Actor karim = Actor.participant(ParticipantId.of("karim"));
  final Actor lea = Actor.participant(ParticipantId.of("lea"));
  final Actor hugo = Actor.participant(ParticipantId.of("hugo"));
  final Actor association = Actor.participant(ParticipantId.of("velo-villeneuve"));

  final ConsultationId c;
  final ThemeId routes;
  final ThemeId parking;
  final Workshop workshop;

  /** C-1, edited once (cited as C-1.2). */
  final Contribution protectedLane;

  ReportScenario() {
    c =
        engine
            .consultations()
            .create(
                organiser,
                new CreateConsultation(
                    "plan-velo",
                    "Plan vélo de Villeneuve",
                    "Où circuler et stationner à vélo ? Vos idées pour le plan vélo 2027-2032.",
                    Locale.FRENCH,
                    Schedule.days(LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 29), PARIS),
                    ConsultationSettings.defaults(),
                    "1"))
            .id();
    routes = theme("Pistes cyclables", "Où faut-il des pistes, et lesquelles en priorité ?");
    parking = theme("Stationnement et services", "Garer son vélo, le réparer, le louer.");
    engine.consultations().publish(organiser, c);
    Milestone opening = milestone("Ouverture de la consultation", "2026-03-02");
    milestone("Publication de la synthèse", "2026-04-30");
    Milestone workshops = milestone("Ateliers de quartier", "2026-03-10");
    milestone("Clôture des contributions", "2026-03-29");

    at("2026-03-02T09:00");
    news("La consultation est ouverte", "Jusqu'au 29 mars, proposez vos idées pour le plan vélo.");
    engine
        .milestones()
        .update(
            organiser,
            new UpdateMilestone(
                c, opening.id(), opening.label(), "", opening.date(), MilestoneStatus.DONE));
    register(camille, "Camille Martin", ParticipantKind.PERSON);
    register(karim, "Karim Benali", ParticipantKind.PERSON);
    register(lea, "Léa Dubois", ParticipantKind.PERSON);
    register(hugo, "Hugo Petit", ParticipantKind.PERSON);
    register(nadia, "Nadia Haddad", ParticipantKind.PERSON);
    register(association, "Vélo Villeneuve", ParticipantKind.ASSOCIATION);

    at("2026-03-02T10:15");
    Contribution lane =
        submit(
            camille,
            routes,
            "Une piste protégée avenue Jean-Jaurès",
            "L'avenue est large mais les voitures y roulent vite.\n"
                + "Une piste séparée par une bordure rassurerait les familles.\n\n"
                + "Elle relierait le lycée à la gare.");
    at("2026-03-03T18:40");
    Contribution racks =
        submit(karim, parking, "Des arceaux devant chaque école", "Les parents n'ont où attacher.");
    at("2026-03-04T11:00");
    Contribution express =
        engine
            .contributions()
            .submitInstitutional(
                association,
                new SubmitInstitutionalContribution(
                    c,
                    routes,
                    "Un réseau express vélo entre les quartiers",
                    "Trois lignes continues, larges de 4 m, jalonnées et éclairées.",
                    "Association Vélo Villeneuve",
                    null));
    at("2026-03-05T08:30");
    news("Atelier aux Tilleuls le 10 mars", "Venez en parler à la maison de quartier, à 18 h 30.");
    comment(karim, lane, "Oui, surtout au carrefour de la gare.", Stance.AGREE);
    support(karim, lane);
    support(lea, lane);
    support(camille, express);
    support(karim, express);
    at("2026-03-06T12:00");
    comment(lea, racks, "Les écoles du centre en ont déjà.", Stance.NEUTRAL);
    support(camille, racks);
    support(lea, racks);

    at("2026-03-10T20:30");
    workshop =
        engine
            .workshops()
            .record(
                nadia,
                new RecordWorkshop(
                    c,
                    "Atelier du quartier des Tilleuls",
                    "Deux tables rondes, une par thème.",
                    LocalDateTime.of(2026, 3, 10, 18, 30),
                    new WorkshopPlace(
                        "Maison de quartier des Tilleuls",
                        "2 place des Tilleuls, Villeneuve",
                        "31",
                        new GeoPoint(43.5297, 1.3506),
                        PARIS),
                    22,
                    Set.of(nadia.participant()),
                    List.of(routes, parking)));
    Contribution stations =
        collective(
            routes, "Jalonner les itinéraires vers la gare", "Des panneaux à chaque carrefour.");
    Contribution cargo =
        collective(parking, "Des places pour vélos cargo près du marché", "Au moins dix places.");
    engine
        .milestones()
        .update(
            organiser,
            new UpdateMilestone(
                c, workshops.id(), workshops.label(), "", workshops.date(), MilestoneStatus.DONE));

    at("2026-03-12T19:00");
    protectedLane =
        engine
            .contributions()
            .edit(
                camille,
                new EditContribution(
                    c,
                    lane.id(),
                    "Une piste protégée et éclairée avenue Jean-Jaurès",
                    "L'avenue est large mais les voitures y roulent vite.\n"
                        + "Une piste séparée par une bordure, éclairée la nuit, rassurerait les"
                        + " familles.\n\n"
                        + "Elle relierait le lycée à la gare.",
                    "Ajout de l'éclairage"));
    support(camille, stations);
    support(lea, stations);
    support(karim, cargo);

    at("2026-03-16T09:00");
    news("Mi-parcours", "Sept contributions et un atelier : merci ! Encore deux semaines.");
    at("2026-03-18T22:10");
    Contribution advert = submit(hugo, parking, "Promotion vélos", "Achetez chez nous, -50 %.");
    at("2026-03-19T08:00");
    engine
        .moderation()
        .decide(
            moderator,
            new Moderate(c, ContentRef.of(advert.id()), ModerationAction.HIDE, "Publicité"));
    at("2026-03-20T17:00");
    Contribution repair =
        engine
            .contributions()
            .submitAssisted(
                nadia,
                new SubmitAssistedContribution(
                    c,
                    parking,
                    "Un atelier d'autoréparation au marché",
                    "Un samedi par mois, avec des outils en prêt.",
                    "Rose Lefèvre",
                    "31",
                    null));
    support(lea, repair);

    at("2026-03-24T18:00");
    Contribution shelters =
        submit(
            lea,
            parking,
            "Des abris vélos sécurisés dans les résidences",
            "Beaucoup d'immeubles n'ont pas de local : un abri fermé par badge suffirait.");
    comment(hugo, lane, "Et pourquoi pas aussi rue Pasteur ?", null);
    support(hugo, express);
    at("2026-03-25T12:30");
    comment(camille, express, "Le tracé pourrait suivre l'ancienne voie ferrée.", Stance.AGREE);
    support(lea, express);
    support(hugo, lane);
    at("2026-03-26T20:00");
    comment(karim, shelters, "Indispensable pour les immeubles sans cave.", Stance.AGREE);
    comment(camille, express, "Et des arceaux à chaque arrêt de bus.", null);
    support(camille, shelters);
    support(karim, shelters);
    at("2026-03-27T07:45");
    support(hugo, shelters);
    support(association, lane);

    at("2026-03-30T10:00");
  }

  /** Sets the clock to a local time in Paris. */
  void at(String localDateTime) {
    clock.set(local(localDateTime));
  }

  static java.time.Instant local(String localDateTime) {
    return LocalDateTime.parse(localDateTime).atZone(PARIS).toInstant();
  }

  private ThemeId theme(String title, String description) {
    return engine.themes().add(organiser, new AddTheme(c, title, description)).id();
  }

  private Milestone milestone(String label, String date) {
    return engine
        .milestones()
        .add(
            organiser,
            new AddMilestone(c, label, "", LocalDate.parse(date), MilestoneStatus.PLANNED));
  }

  private void news(String title, String body) {
    engine.news().publish(organiser, new PublishNews(c, title, body));
  }

  private void register(Actor actor, String name, ParticipantKind kind) {
    engine.participants().register(actor, new Register(c, name, kind, "31", "1"));
  }

  private Contribution submit(Actor actor, ThemeId theme, String title, String body) {
    return engine.contributions().submit(actor, new SubmitContribution(c, theme, title, body));
  }

  private Contribution collective(ThemeId theme, String title, String body) {
    return engine
        .contributions()
        .submitCollective(
            nadia, new SubmitCollectiveContribution(c, workshop.id(), theme, title, body, null));
  }

  private void comment(Actor actor, Contribution on, String body, @Nullable Stance stance) {
    engine.comments().post(actor, new PostComment(c, on.id(), null, body, stance));
  }

  private void support(Actor actor, Contribution on) {
    engine.votes().cast(actor, new CastBallot(c, on.id(), Ballot.support()));
  }
}
