package org.openconsultation.core;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.openconsultation.core.command.CastBallot;
import org.openconsultation.core.command.Moderate;
import org.openconsultation.core.command.PostComment;
import org.openconsultation.core.dashboard.DashboardFigures;
import org.openconsultation.core.dashboard.DashboardQuery;
import org.openconsultation.core.dashboard.DayFigures;
import org.openconsultation.core.model.Actor;
import org.openconsultation.core.model.Ballot;
import org.openconsultation.core.model.ConsultationId;
import org.openconsultation.core.model.ConsultationSettings;
import org.openconsultation.core.model.ContentRef;
import org.openconsultation.core.model.Contribution;
import org.openconsultation.core.model.ModerationAction;
import org.openconsultation.core.model.ParticipantId;
import org.openconsultation.core.model.ParticipantKind;
import org.openconsultation.core.model.Schedule;

/** A {@link TestWorld} with the moves dashboard tests make: zones, instants, people, votes. */
final class DashboardFixture {

  final TestWorld w;
  final ConsultationEngine engine;

  DashboardFixture() {
    this(new TestWorld());
  }

  /** The moves on an existing world (a {@link Scene}'s, for example). */
  DashboardFixture(TestWorld world) {
    this.w = world;
    this.engine = world.engine;
  }

  /** A consultation in {@code zone}, open from an hour ago for thirty days. */
  ConsultationId open(ZoneId zone) {
    return open(zone, ConsultationSettings.defaults());
  }

  /** A consultation in {@code zone} with these settings, open from an hour ago for thirty days. */
  ConsultationId open(ZoneId zone, ConsultationSettings settings) {
    Instant now = w.clock.instant();
    return publish(
        w.draft(
            settings,
            new Schedule(now.minus(Duration.ofHours(1)), now.plus(Duration.ofDays(30)), zone)));
  }

  /** Publishes a draft and returns its id. */
  ConsultationId publish(ConsultationId draft) {
    engine.consultations().publish(w.organiser, draft);
    return draft;
  }

  /** Moves the clock to {@code instant} (ISO-8601, UTC). */
  void at(String instant) {
    w.clock.set(Instant.parse(instant));
  }

  /** A new person registered in {@code c} with this territory. */
  Actor person(ConsultationId c, String id, String territory) {
    Actor a = Actor.participant(ParticipantId.of(id));
    w.register(a, c, ParticipantKind.PERSON, territory);
    return a;
  }

  void comment(Actor a, ConsultationId c, Contribution x) {
    engine.comments().post(a, new PostComment(c, x.id(), null, "Un avis", null));
  }

  void support(Actor a, ConsultationId c, Contribution x) {
    engine.votes().cast(a, new CastBallot(c, x.id(), Ballot.support()));
  }

  void hide(ConsultationId c, Contribution x) {
    engine
        .moderation()
        .decide(
            w.moderator,
            new Moderate(c, ContentRef.of(x.id()), ModerationAction.HIDE, "Hors charte"));
  }

  DashboardFigures figures(Actor a, ConsultationId c) {
    return engine.dashboard().figures(a, c, DashboardQuery.defaults());
  }

  /** The figures of one day, which must be in the series. */
  static DayFigures day(DashboardFigures f, String date) {
    LocalDate d = LocalDate.parse(date);
    return f.days().stream().filter(x -> x.day().equals(d)).findFirst().orElseThrow();
  }
}
