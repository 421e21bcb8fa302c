package org.openconsultation.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import org.openconsultation.core.ConsultationEngine;
import org.openconsultation.core.command.CastBallot;
import org.openconsultation.core.command.EditContribution;
import org.openconsultation.core.command.FlagContent;
import org.openconsultation.core.command.PostComment;
import org.openconsultation.core.command.Register;
import org.openconsultation.core.command.SubmitContribution;
import org.openconsultation.core.model.Actor;
import org.openconsultation.core.model.Ballot;
import org.openconsultation.core.model.Comment;
import org.openconsultation.core.model.ConflictException;
import org.openconsultation.core.model.Consultation;
import org.openconsultation.core.model.ConsultationId;
import org.openconsultation.core.model.ConsultationSettings;
import org.openconsultation.core.model.ContentRef;
import org.openconsultation.core.model.Contribution;
import org.openconsultation.core.model.ContributionId;
import org.openconsultation.core.model.NotFoundException;
import org.openconsultation.core.model.ParticipantId;
import org.openconsultation.core.model.ParticipantKind;
import org.openconsultation.core.model.PublicationStatus;
import org.openconsultation.core.model.Role;
import org.openconsultation.core.model.Schedule;
import org.openconsultation.core.model.ThemeId;
import org.openconsultation.core.spi.ContributionFilter;
import org.openconsultation.testkit.EngineFixture;

/**
 * An open consultation set up through a healthy engine (a theme, an author, two readers, a
 * contribution under discussion, automatic hiding at two reports), and the engine commands that
 * {@link EngineFaultBehaviour} runs on it with failing connections. Each command counts its own
 * effect on the healthy store and settles an unknown outcome as {@code docs/jdbc.md} tells a host.
 */
final class EngineScenario {

  private static final Schedule SCHEDULE =
      Schedule.days(LocalDate.of(2017, 2, 8), LocalDate.of(2017, 3, 24), ZoneId.of("Europe/Paris"));

  private final JdbcStore store;
  private final EngineFixture healthy;
  private final ConsultationId cid;
  private final ThemeId theme;
  private final String terms;
  private final Actor author;
  private final Actor first;
  private final Actor second;
  private final Contribution discussed;

  /** Sets the consultation up on {@code healthy}, whose store is {@code store}. */
  EngineScenario(JdbcStore store, EngineFixture healthy) {
    this.store = store;
    this.healthy = healthy;
    Consultation c =
        healthy.publishedConsultation(
            "pannes", SCHEDULE, ConsultationSettings.defaults().withAutoHideThreshold(2));
    this.cid = c.id();
    this.terms = c.termsVersion();
    this.theme = healthy.theme(cid, "Médiation").id();
    this.author = healthy.participant(cid, "author");
    this.first = healthy.participant(cid, "first");
    this.second = healthy.participant(cid, "second");
    this.discussed = submit(healthy.engine(), "Sujet", "Texte");
  }

  ConsultationId consultation() {
    return cid;
  }

  /** Submitting a contribution: a reference, the contribution and its first revision. */
  FaultedCommand submit() {
    return new FaultedCommand() {
      @Override
      public void run(ConsultationEngine engine, int r) {
        submit(engine, "Proposition " + r, "Texte " + r);
      }

      @Override
      public long stored(int r) {
        return store.contributions().list(cid, ContributionFilter.all()).stream()
            .filter(x -> x.title().equals("Proposition " + r))
            .count();
      }

      @Override
      public void settleUnknown(ConsultationEngine engine, int r) {
        // The author's contributions are looked through for this one first.
        boolean there =
            engine
                .contributions()
                .list(author, cid, ContributionFilter.all().withAuthor(author.participant()))
                .stream()
                .anyMatch(x -> x.title().equals("Proposition " + r));
        if (!there) {
          run(engine, r);
        }
      }
    };
  }

  /** Editing a contribution: the contribution at its next revision, and that revision. */
  FaultedCommand edit() {
    return new FaultedCommand() {
      @Override
      public void run(ConsultationEngine engine, int r) {
        engine
            .contributions()
            .edit(
                author,
                new EditContribution(cid, discussed.id(), "Version " + r, "Texte " + r, ""));
      }

      @Override
      public long stored(int r) {
        return store.contributions().revisions(cid, discussed.id()).stream()
            .filter(x -> x.title().equals("Version " + r))
            .count();
      }

      @Override
      public void settleUnknown(ConsultationEngine engine, int r) {
        // The contribution's revisions are looked through for this one first.
        boolean there =
            engine.contributions().revisions(author, cid, discussed.id()).stream()
                .anyMatch(x -> x.title().equals("Version " + r));
        if (!there) {
          run(engine, r);
        }
      }
    };
  }

  /** Registering. */
  FaultedCommand register() {
    return new FaultedCommand() {
      @Override
      public void run(ConsultationEngine engine, int r) {
        engine
            .participants()
            .register(
                newcomer(r), new Register(cid, "Nom " + r, ParticipantKind.PERSON, null, terms));
      }

      @Override
      public long stored(int r) {
        return store.participants().find(cid, ParticipantId.of("newcomer-" + r)).isPresent()
            ? 1
            : 0;
      }

      @Override
      public void settleUnknown(ConsultationEngine engine, int r) {
        try {
          run(engine, r);
        } catch (ConflictException e) {
          // Registered by the first run: the duplicate is refused, visibly.
          assertThat(e.code()).isEqualTo("participant.already-registered");
        }
      }
    };
  }

  /** Posting a comment. */
  FaultedCommand comment() {
    return new FaultedCommand() {
      @Override
      public void run(ConsultationEngine engine, int r) {
        engine
            .comments()
            .post(first, new PostComment(cid, discussed.id(), null, "Commentaire " + r, null));
      }

      @Override
      public long stored(int r) {
        return store
            .comments()
            .list(cid, discussed.id(), EnumSet.allOf(PublicationStatus.class))
            .stream()
            .filter(x -> x.body().equals("Commentaire " + r))
            .count();
      }

      @Override
      public void settleUnknown(ConsultationEngine engine, int r) {
        // The contribution's comments are looked through for this one first.
        boolean there =
            engine.comments().list(first, cid, discussed.id()).stream()
                .anyMatch(
                    x ->
                        x.author().equals(first.participant())
                            && x.body().equals("Commentaire " + r));
        if (!there) {
          run(engine, r);
        }
      }
    };
  }

  /** The report that reaches the threshold: the flag, the comment hidden, the decision. */
  FaultedCommand flag() {
    Map<Integer, Comment> reported = new HashMap<>();
    return new FaultedCommand() {
      @Override
      public void prepare(int r) {
        Comment comment =
            healthy
                .engine()
                .comments()
                .post(author, new PostComment(cid, discussed.id(), null, "Hors sujet " + r, null));
        healthy
            .engine()
            .moderation()
            .flag(first, new FlagContent(cid, ContentRef.of(comment.id()), "hors sujet"));
        reported.put(r, comment);
      }

      @Override
      public void run(ConsultationEngine engine, int r) {
        // The second report reaches the threshold: the comment is hidden, with a decision.
        engine
            .moderation()
            .flag(second, new FlagContent(cid, ContentRef.of(reported.get(r).id()), "idem"));
      }

      @Override
      public long stored(int r) {
        return store.moderation().flags(cid, ContentRef.of(reported.get(r).id())).stream()
            .filter(x -> x.reporter().equals(second.participant()))
            .count();
      }

      @Override
      public void settleUnknown(ConsultationEngine engine, int r) {
        try {
          run(engine, r);
        } catch (NotFoundException e) {
          // Hidden by the first run's report: the reporter no longer sees the comment.
          assertThat(e.code()).isEqualTo("comment.not-found");
        }
      }
    };
  }

  /** Casting a vote: the ballot, the tally, the quota. */
  FaultedCommand vote() {
    Map<Integer, ContributionId> contributions = new HashMap<>();
    return new FaultedCommand() {
      @Override
      public void prepare(int r) {
        contributions.put(r, submit(healthy.engine(), "Objet " + r, "Texte " + r).id());
      }

      @Override
      public void run(ConsultationEngine engine, int r) {
        engine.votes().cast(second, new CastBallot(cid, contributions.get(r), Ballot.support()));
      }

      @Override
      public long stored(int r) {
        return store.ballots().find(cid, contributions.get(r), second.participant()).stream()
            .count();
      }
    };
  }

  private Contribution submit(ConsultationEngine engine, String title, String body) {
    return engine
        .contributions()
        .submit(author, new SubmitContribution(cid, theme, title, body, null));
  }

  private static Actor newcomer(int round) {
    return Actor.of(ParticipantId.of("newcomer-" + round), Role.PARTICIPANT);
  }
}
